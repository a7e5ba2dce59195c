'use strict';
// A client that disconnects in the middle of a body: the server's request gets
// 'aborted' and 'close' (complete stays false), and the server keeps serving.
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');
const net = require('node:net');

const server = http.createServer(common.mustCall((req, res) => {
  if (req.url === '/ok') return res.end('still here');
  let received = 0;
  req.on('data', (d) => {
    received += d.length;
    if (received === 5) client.destroy();
  });
  req.on('aborted', common.mustCall(() => {
    assert.strictEqual(req.aborted, true);
    assert.strictEqual(req.complete, false);
  }));
  req.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ECONNRESET');
    assert.strictEqual(err.message, 'aborted');
  }));
  let closes = 0;
  // Both the request and the response close; then a new client is served.
  const onClose = common.mustCall(() => {
    if (++closes < 2) return;
    assert.strictEqual(received, 5);
    assert.strictEqual(res.writableFinished, false);
    http.get({ host: '127.0.0.1', port: server.address().port, path: '/ok' },
             common.mustCall((res) => {
               res.setEncoding('utf8');
               res.on('data', common.mustCall((d) => assert.strictEqual(d, 'still here')));
               res.on('end', common.mustCall(() => server.close()));
             }));
  }, 2);
  req.on('close', onClose);
  res.on('close', onClose);
}, 2));

let client;
server.listen(0, '127.0.0.1', common.mustCall(() => {
  client = net.connect(server.address().port, '127.0.0.1');
  client.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nhello');
}));
