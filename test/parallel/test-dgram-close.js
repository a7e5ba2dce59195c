'use strict';
// dgram close(): 'close' once, on a later tick; unref() lets the process exit while a
// socket is bound; a socket closed while its implicit bind is pending sends nothing.
const common = require('../common');
const assert = require('node:assert');
const dgram = require('node:dgram');

const socket = dgram.createSocket('udp4');
socket.bind(0, '127.0.0.1', common.mustCall(() => {
  let closed = false;
  socket.on('close', common.mustCall(() => { closed = true; }));
  assert.strictEqual(socket.close(common.mustCall()), socket);
  assert.strictEqual(closed, false);
}));

// Bound and listening, but unref'd: it does not keep the process alive.
const idle = dgram.createSocket('udp4', common.mustNotCall());
idle.bind(0, '127.0.0.1', common.mustCall(() => {
  assert.strictEqual(idle.unref(), idle);
  assert.strictEqual(idle.ref(), idle);
  idle.unref();
}));

// close() before the implicit bind of send() is done: queued behind it.
const early = dgram.createSocket('udp4');
early.send('x', 9, '127.0.0.1', common.mustNotCall());
early.close(common.mustCall());
