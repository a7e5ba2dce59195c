'use strict';
// Header blocks over the limit (16 KB by default, or the server's maxHeaderSize)
// get "431 Request Header Fields Too Large", whether they come as one long
// field, as many fields, or trickle in over many writes; blocks under the limit
// are served, and so is the next client.
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');
const net = require('node:net');

const tooLarge = 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';
const head = 'GET / HTTP/1.1\r\nHost: x\r\n';

function manyFields(count, size) {
  let text = '';
  for (let i = 0; i < count; i++) text += `X-F${i}: ${'v'.repeat(size)}\r\n`;
  return text;
}

function rawRequest(port, pieces, cb) {
  const client = net.connect(port, '127.0.0.1');
  let data = '';
  client.setEncoding('latin1');
  client.on('data', (d) => { data += d; });
  client.on('error', () => {});  // Unsent pieces may meet a closed connection.
  client.on('close', () => cb(data));
  let i = 0;
  (function write() {
    if (i === pieces.length) return client.end();
    client.write(pieces[i++], () => setImmediate(write));
  })();
}

function ok(data) {
  assert.match(data, /^HTTP\/1\.1 200 OK\r\n[^]*\r\n\r\nfine$/);
}

function runCases(server, cases, done) {
  let i = 0;
  (function next() {
    if (i === cases.length) return done();
    const [pieces, check] = cases[i++];
    rawRequest(server.address().port, pieces, common.mustCall((data) => {
      check(data);
      next();
    }));
  })();
}

function handler(req, res) {
  res.end('fine');
}

const close = 'Connection: close\r\n';
const is431 = (data) => assert.strictEqual(data, tooLarge);

const defaults = http.createServer(handler);
defaults.listen(0, '127.0.0.1', common.mustCall(() => {
  const trickle = [head];
  for (let i = 0; i < 40; i++) trickle.push(`X-T${i}: ${'t'.repeat(500)}\r\n`);
  trickle.push('\r\n');
  runCases(defaults, [
    [[head + `X-Big: ${'a'.repeat(17000)}\r\n\r\n`], is431],
    [[head + manyFields(200, 100) + '\r\n'], is431],
    [trickle, is431],
    [[head + close + `X-Big: ${'a'.repeat(8000)}\r\n\r\n`], ok],
    [[head + close + manyFields(100, 100) + '\r\n'], ok],
    [[`GET /${'p'.repeat(17000)} HTTP/1.1\r\nHost: x\r\n\r\n`], is431],
    [[head + close + '\r\n'], ok],
  ], common.mustCall(() => defaults.close()));
}));

const small = http.createServer({ maxHeaderSize: 1024 }, handler);
small.listen(0, '127.0.0.1', common.mustCall(() => {
  runCases(small, [
    [[head + `X-Big: ${'a'.repeat(2000)}\r\n\r\n`], is431],
    [[head + close + `X-Big: ${'a'.repeat(500)}\r\n\r\n`], ok],
  ], common.mustCall(() => small.close()));
}));
