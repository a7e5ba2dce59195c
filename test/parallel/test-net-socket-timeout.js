'use strict';
// setTimeout(): 'timeout' after inactivity, without closing the socket; activity
// restarts the timer; setTimeout(0) turns it off.
const common = require('../common');
const assert = require('node:assert');
const net = require('node:net');

const server = net.createServer((socket) => {
  socket.resume();
  socket.on('end', () => socket.end());
});

server.listen(0, '127.0.0.1', common.mustCall(() => {
  const client = net.connect(server.address().port, '127.0.0.1');
  assert.strictEqual(client.setTimeout(50, common.mustCall(() => {
    assert.strictEqual(client.destroyed, false);
    assert.strictEqual(client.timeout, 50);
    // Turn it off: no second 'timeout'.
    client.setTimeout(0);
    assert.strictEqual(client.timeout, 0);
    setTimeout(() => client.end(), 100);
  })), client);
  client.on('timeout', common.mustCall());
  client.on('close', common.mustCall(() => server.close()));
}));

// Validation of the arguments.
{
  const socket = new net.Socket();
  assert.throws(() => socket.setTimeout(-1), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
  });
  assert.throws(() => socket.setTimeout('100'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => socket.setTimeout(10, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
  socket.destroy();
}

// net.connect({ timeout }) sets it before connecting.
{
  const socket = net.connect({ port: 1, host: '127.0.0.1', timeout: 1000 });
  assert.strictEqual(socket.timeout, 1000);
  socket.on('error', () => {});
  socket.destroy();
}
