'use strict';
// Chunked request bodies with invalid chunk sizes (not hex, signed, with
// spaces, 0x prefix, overflowing 64 bits, empty, or a chunk longer than its
// size) end in "400 Bad Request": the handler saw the head, the request
// is aborted, no further data is delivered, and the server goes on serving.
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');
const net = require('node:net');

const head = 'POST /up HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n';
const bodies = [
  'zz\r\nabc\r\n0\r\n\r\n',
  '-1\r\nabc\r\n0\r\n\r\n',
  '+3\r\nabc\r\n0\r\n\r\n',
  ' 3\r\nabc\r\n0\r\n\r\n',
  '3 \r\nabc\r\n0\r\n\r\n',
  '0x3\r\nabc\r\n0\r\n\r\n',
  'ffffffffffffffffff\r\nabc\r\n0\r\n\r\n',
  '10000000000000000\r\nabc\r\n0\r\n\r\n',
  '\r\nabc\r\n0\r\n\r\n',
  '3\r\nabcd\r\n0\r\n\r\n',
  '3\nabc\n0\n\n',
];
const badResponse = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';

let requests = 0;
let aborted = 0;
const server = http.createServer((req, res) => {
  requests++;
  let body = '';
  req.setEncoding('latin1');
  req.on('data', (d) => { body += d; });
  req.on('error', () => {});
  req.on('end', () => res.end(`got ${body}`));
  req.on('close', () => {
    if (!req.complete) aborted++;
  });
});

function rawRequest(text, cb) {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.end(text);
  let data = '';
  client.setEncoding('latin1');
  client.on('data', (d) => { data += d; });
  client.on('error', () => {});
  client.on('close', () => cb(data));
}

server.listen(0, '127.0.0.1', common.mustCall(() => {
  let i = 0;
  (function next() {
    if (i === bodies.length) {
      // One request per bad body plus one per good one.
      assert.strictEqual(requests, bodies.length * 2);
      assert.strictEqual(aborted, bodies.length);
      server.close();
      return;
    }
    const n = i++;
    rawRequest(head + bodies[n], common.mustCall((data) => {
      assert.strictEqual(data, badResponse, `case ${n}: ${JSON.stringify(bodies[n])}`);
      rawRequest(head.replace('\r\n\r\n', '\r\nConnection: close\r\n\r\n') +
                 '3;ext=1\r\nabc\r\n2\r\nde\r\n0\r\n\r\n', common.mustCall((ok) => {
        assert.match(ok, /^HTTP\/1\.1 200 OK\r\n[^]*\r\n\r\ngot abcde$/);
        next();
      }));
    }));
  })();
}));
