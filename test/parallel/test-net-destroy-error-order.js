'use strict';
// destroy(err) emits 'error' and then 'close' with hadError true; a plain
// destroy() emits only 'close' (hadError false); the peer sees its end.
const common = require('../common');
const assert = require('node:assert');
const net = require('node:net');

const server = net.createServer(common.mustCall((socket) => {
  const order = [];
  socket.on('end', () => order.push('end'));
  socket.on('error', (err) => order.push(`error ${err.code}`));
  socket.on('close', common.mustCall((hadError) => {
    // The client destroyed its socket without error: this side sees a clean end.
    assert.strictEqual(hadError, false);
    assert.deepStrictEqual(order, ['end']);
    server.close();
  }));
  socket.resume();
}, 2));

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const { port } = server.address();

  const client = net.connect(port, '127.0.0.1', common.mustCall(() => {
    const order = [];
    const failure = new Error('boom');
    client.on('error', common.mustCall((err) => {
      assert.strictEqual(err, failure);
      order.push('error');
    }));
    client.on('close', common.mustCall((hadError) => {
      assert.strictEqual(hadError, true);
      order.push('close');
      assert.deepStrictEqual(order, ['destroy returned', 'error', 'close']);
      assert.strictEqual(client.destroyed, true);
      assert.strictEqual(client.readyState, 'closed');
      second();
    }));
    assert.strictEqual(client.destroy(failure), client);
    order.push('destroy returned');
    // Destroyed sockets cannot be written to.
    client.write('x', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED');
    }));
  }));

  function second() {
    const other = net.connect(port, '127.0.0.1');
    other.on('connect', common.mustCall(() => other.destroy()));
    other.on('error', common.mustNotCall());
    other.on('close', common.mustCall((hadError) => {
      assert.strictEqual(hadError, false);
    }));
  }
}));

// Destroying a socket that never connected: 'close' on the next tick, no error.
{
  const socket = new net.Socket();
  assert.strictEqual(socket.pending, true);
  // Readable and writable, though not connected.
  assert.strictEqual(socket.readyState, 'open');
  socket.on('close', common.mustCall((hadError) => assert.strictEqual(hadError, undefined)));
  socket.destroy();
}
