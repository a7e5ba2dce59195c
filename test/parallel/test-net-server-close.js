'use strict';
// server.close() stops accepting at once but emits 'close' only after the open
// connections are gone; getConnections counts them.
const common = require('../common');
const assert = require('node:assert');
const net = require('node:net');

const events = [];
const server = net.createServer(common.mustCall((socket) => {
  server.getConnections(common.mustCall((err, count) => {
    assert.strictEqual(err, null);
    assert.strictEqual(count, 1);
    server.close(common.mustCall((err) => {
      assert.strictEqual(err, undefined);
      // 'close' waits until the connection is destroyed (its handle closes later).
      assert.strictEqual(socket.destroyed, true);
      events.push('server close');
    }));
    assert.strictEqual(server.listening, false);
    // New connections are refused now, but this one still works.
    socket.end('still here');
  }));
  socket.on('close', () => events.push('socket close'));
}));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let data = '';
  client.setEncoding('utf8');
  client.on('data', (d) => { data += d; });
  client.on('end', common.mustCall(() => {
    assert.strictEqual(data, 'still here');
  }));
}));

process.on('exit', () => {
  assert.deepStrictEqual(events, ['server close', 'socket close']);
});

// Closing a server that is not listening: the callback gets ERR_SERVER_NOT_RUNNING.
{
  const idle = net.createServer();
  idle.close(common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_SERVER_NOT_RUNNING');
    assert.strictEqual(err.message, 'Server is not running.');
  }));
}

// unref() lets the process exit with a listening server.
{
  const unrefed = net.createServer().listen(0, '127.0.0.1');
  assert.strictEqual(unrefed.unref(), unrefed);
}
