'use strict';
// 10 000 keep-alive requests over 100 connections, each connection sending its
// next request when the previous answer is complete: every response carries its
// own request's path and body, and once they are all closed the process has as
// many open file descriptors as after a one-connection warm-up, and its RSS
// grew by less than 50 MB.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const http = require('node:http');
const net = require('node:net');

const CONNECTIONS = 100;
const PER_CONNECTION = 100;

function openFds() {
  return fs.readdirSync('/proc/self/fd').length;
}

let fdsBefore;
let rssBefore;

let served = 0;
const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('latin1');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    served++;
    res.setHeader('Date', 'D');
    res.end(`${req.method} ${req.url} ${body}`);
  });
});

function runConnection(id, perConnection, done) {
  const socket = net.connect(server.address().port, '127.0.0.1');
  socket.setEncoding('latin1');
  let n = 0;
  let buffered = '';
  let expected = '';
  function send() {
    const path = `/c${id}/r${n}`;
    if (n % 2 === 0) {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`);
      expected = `GET ${path} `;
    } else {
      const body = `payload-${id}-${n}`;
      socket.write(`POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
      expected = `POST ${path} ${body}`;
    }
  }
  socket.on('data', (d) => {
    buffered += d;
    const end = buffered.indexOf('\r\n\r\n');
    if (end === -1) return;
    const length = Number(/\r\nContent-Length: (\d+)\r\n/.exec(buffered.slice(0, end + 2))[1]);
    if (buffered.length < end + 4 + length) return;
    assert.strictEqual(buffered.length, end + 4 + length);  // Nothing unasked for.
    assert.strictEqual(buffered,
                       'HTTP/1.1 200 OK\r\nDate: D\r\nConnection: keep-alive\r\n' +
                       `Keep-Alive: timeout=5\r\nContent-Length: ${expected.length}\r\n\r\n` +
                       expected);
    buffered = '';
    if (++n === perConnection) socket.end();
    else send();
  });
  socket.on('error', common.mustNotCall());
  socket.on('close', common.mustCall(() => {
    assert.strictEqual(n, perConnection);
    done();
  }));
  send();
}

server.listen(0, '127.0.0.1', common.mustCall(() => {
  runConnection('warm', 10, common.mustCall(() => setImmediate(load)));
}));

function load() {
  fdsBefore = openFds();
  rssBefore = process.memoryUsage().rss;
  served = 0;
  let open = CONNECTIONS;
  for (let id = 0; id < CONNECTIONS; id++) {
    runConnection(id, PER_CONNECTION, () => {
      if (--open === 0) setImmediate(check);
    });
  }
}

function check() {
  assert.strictEqual(served, CONNECTIONS * PER_CONNECTION);
  // The server has noticed every client's end by the time it can close.
  server.close(common.mustCall(() => {
    assert.strictEqual(openFds(), fdsBefore - 1);  // Less the listening socket.
    const growth = process.memoryUsage().rss - rssBefore;
    assert.ok(growth < 50 * 1024 * 1024, `RSS grew by ${growth} bytes`);
  }));
}
