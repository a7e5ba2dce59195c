'use strict';
// A server on a Unix domain socket: address() is the path, clients connect with
// { path } or a path string, and data flows both ways.
const common = require('../common');
const assert = require('node:assert');
const net = require('node:net');
const path = require('node:path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const socketPath = path.join(tmpdir.path, 'echo.sock');

const server = net.createServer(common.mustCall((socket) => {
  assert.strictEqual(socket.remoteAddress, undefined);
  socket.setEncoding('utf8');
  socket.on('data', (d) => socket.write(d.toUpperCase()));
  socket.on('end', () => socket.end());
}, 2));

server.listen(socketPath, common.mustCall(() => {
  assert.strictEqual(server.address(), socketPath);
  assert.strictEqual(server.listening, true);

  const first = net.connect({ path: socketPath }, common.mustCall(() => {
    first.end('hello pipe');
  }));
  let reply = '';
  first.setEncoding('utf8');
  first.on('data', (d) => { reply += d; });
  first.on('close', common.mustCall((hadError) => {
    assert.strictEqual(hadError, false);
    assert.strictEqual(reply, 'HELLO PIPE');
    const second = net.createConnection(socketPath);
    second.on('connect', common.mustCall(() => second.end('x')));
    second.on('data', common.mustCall((d) => assert.strictEqual(d.toString(), 'X')));
    second.on('close', common.mustCall(() => server.close()));
  }));
}));

// Listening on the same path again fails with EADDRINUSE.
server.on('listening', common.mustCall(() => {
  const again = net.createServer();
  again.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'EADDRINUSE');
    assert.strictEqual(err.syscall, 'listen');
    assert.strictEqual(err.message, `listen EADDRINUSE: address already in use ${socketPath}`);
  }));
  again.listen(socketPath);
}));

// Connecting to a path nobody listens on.
{
  const missing = path.join(tmpdir.path, 'missing.sock');
  const client = net.connect(missing);
  client.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'connect');
    assert.strictEqual(err.address, missing);
    assert.strictEqual(err.message, `connect ENOENT ${missing}`);
  }));
}
