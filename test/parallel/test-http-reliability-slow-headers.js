'use strict';
// A client that sends its request head one byte at a time (slowloris) is
// answered "408 Request Timeout" and closed once headersTimeout has passed,
// without its request ever reaching the handler, while a normal client is
// served meanwhile.
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');
const net = require('node:net');

const server = http.createServer({
  headersTimeout: 200,
  requestTimeout: 0,
  connectionsCheckingInterval: 50,
}, common.mustCall((req, res) => {
  assert.strictEqual(req.url, '/normal');
  res.end('fine');
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  // The head never ends: the header value keeps growing.
  const text = 'GET /slow HTTP/1.1\r\nHost: x\r\nX-Slow: ' + 'a'.repeat(1000);
  const slow = net.connect(server.address().port, '127.0.0.1');
  let data = '';
  let sent = 0;
  let closed = false;
  slow.setEncoding('latin1');
  slow.on('data', (d) => { data += d; });
  slow.on('error', () => {});
  slow.on('close', common.mustCall(() => {
    closed = true;
    clearInterval(timer);
    assert.strictEqual(data, 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n');
    // It was cut off part way through the head.
    assert.ok(sent > 0 && sent < text.length, `sent ${sent}`);
    server.close();
  }));
  const timer = setInterval(() => {
    if (closed || slow.destroyed) return;
    slow.write(text[sent++]);
    assert.ok(sent < text.length, 'the slow client was never closed');
  }, 50);

  // Another client is served while the slow one trickles.
  setTimeout(common.mustCall(() => {
    http.get({ port: server.address().port, host: '127.0.0.1', path: '/normal', agent: false },
             common.mustCall((res) => {
               let body = '';
               res.setEncoding('utf8');
               res.on('data', (d) => { body += d; });
               res.on('end', common.mustCall(() => assert.strictEqual(body, 'fine')));
             }));
  }), 60);
}));
