'use strict';
// An Upgrade request goes to 'upgrade' with the raw socket and the bytes after the
// head; the client gets 'upgrade' with the 101 response and its socket.
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');

const server = http.createServer(common.mustNotCall());
server.on('upgrade', common.mustCall((req, socket, head) => {
  assert.strictEqual(req.headers.upgrade, 'echo');
  assert.strictEqual(req.headers.connection, 'Upgrade');
  assert.strictEqual(head.toString(), 'early');
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n' +
               'welcome');
  socket.on('data', (d) => socket.end(`echo:${d}`));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const req = http.request({
    host: '127.0.0.1',
    port: server.address().port,
    headers: { 'Connection': 'Upgrade', 'Upgrade': 'echo' },
  });
  req.on('response', common.mustNotCall());
  req.on('upgrade', common.mustCall((res, socket, head) => {
    assert.strictEqual(res.statusCode, 101);
    assert.strictEqual(res.headers.upgrade, 'echo');
    let data = head.toString();
    socket.on('data', (d) => { data += d; });
    socket.on('end', common.mustCall(() => {
      assert.strictEqual(data, 'welcomeecho:ping');
      server.close();
    }));
    socket.write('ping');
  }));
  // Bytes sent right after the head belong to the new protocol.
  req.end('early');
}));
