'use strict';
// Malformed request lines and header fields get "400 Bad Request" and a closed
// connection, while a keep-alive client that was connected before keeps being
// served on its own connection between every bad request.
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');
const net = require('node:net');

const badRequests = [
  // Request lines.
  'G@T / HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /a b HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET / HTTP/1.1 \r\nHost: x\r\n\r\n',
  'GET / HTTP/9.9\r\nHost: x\r\n\r\n',
  'GET / HTTX/1.1\r\nHost: x\r\n\r\n',
  'GET / HTTP/1.1\nHost: x\n\n',
  '\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03',
  // Header fields.
  'GET / HTTP/1.1\r\nHost: x\r\nBad Header: v\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nX-A : v\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\n: v\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\x00b\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\nX-A: y\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\n folded\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\r\n folded\r\n\r\n',
  'GET / HTTP/1.1\r\nHost: x\r\nX-A\r\n\r\n',
];
const badResponse = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';

const seen = [];
const server = http.createServer((req, res) => {
  seen.push(req.url);
  res.setHeader('Date', 'D');
  res.end(`url=${req.url}`);
});

function rawRequest(text, cb) {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.end(text, 'latin1');
  let data = '';
  client.setEncoding('latin1');
  client.on('data', (d) => { data += d; });
  client.on('error', common.mustNotCall());
  client.on('close', () => cb(data));
}

server.listen(0, '127.0.0.1', common.mustCall(() => {
  // The long-lived keep-alive client: one request per bad request.
  const keeper = net.connect(server.address().port, '127.0.0.1');
  keeper.setEncoding('latin1');
  let pending = null;
  let buffered = '';
  keeper.on('data', (d) => {
    buffered += d;
    const end = buffered.indexOf('\r\n\r\n');
    if (end === -1) return;
    const length = Number(/Content-Length: (\d+)/.exec(buffered)[1]);
    if (buffered.length < end + 4 + length) return;
    const response = buffered.slice(0, end + 4 + length);
    buffered = buffered.slice(end + 4 + length);
    const cb = pending;
    pending = null;
    cb(response);
  });
  function keeperRequest(path, cb) {
    pending = cb;
    keeper.write(`GET ${path} HTTP/1.1\r\nHost: x\r\n\r\n`);
  }

  let i = 0;
  function next() {
    if (i === badRequests.length) {
      assert.deepStrictEqual(seen, badRequests.map((_, n) => `/keep/${n}`));
      keeper.end();
      server.close();
      return;
    }
    const n = i++;
    rawRequest(badRequests[n], common.mustCall((data) => {
      assert.strictEqual(data, badResponse, `case ${n}: ${JSON.stringify(badRequests[n])}`);
      keeperRequest(`/keep/${n}`, common.mustCall((response) => {
        const body = `url=/keep/${n}`;
        assert.strictEqual(response,
                           'HTTP/1.1 200 OK\r\nDate: D\r\nConnection: keep-alive\r\n' +
                           `Keep-Alive: timeout=5\r\nContent-Length: ${body.length}\r\n\r\n${body}`);
        next();
      }));
    }));
  }
  next();
}));
