'use strict';
// An exception thrown by a server's 'upgrade' listener is uncaught: it reaches
// process 'uncaughtException' instead of vanishing and leaving the process hanging.
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');
const net = require('node:net');

const server = http.createServer(common.mustNotCall());
server.on('upgrade', common.mustCall((req, socket, head) => {
  assert.strictEqual(head.toString(), 'after');
  socket.destroy();
  server.close();
  throw new Error('thrown by upgrade');
}));

process.on('uncaughtException', common.mustCall((err) => {
  assert.strictEqual(err.message, 'thrown by upgrade');
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    client.write('GET / HTTP/1.1\r\nHost: x\r\nUpgrade: test\r\nConnection: Upgrade\r\n\r\nafter');
  });
  client.on('error', () => {});
  client.resume();
}));
