'use strict';
// dgram buffer sizes, multicast membership and interface, send queue counters,
// with Node's errors for bad arguments and for a socket that is not bound yet.
const common = require('../common');
const assert = require('node:assert');
const dgram = require('node:dgram');

{
  const socket = dgram.createSocket('udp4');
  assert.throws(() => socket.getRecvBufferSize(), {
    name: 'SystemError',
    code: 'ERR_SOCKET_BUFFER_SIZE',
    message: 'Could not get or set buffer size: uv_recv_buffer_size returned EBADF (bad file descriptor)',
    info: { errno: -9, code: 'EBADF', message: 'bad file descriptor', syscall: 'uv_recv_buffer_size' },
  });
  assert.throws(() => socket.setSendBufferSize(1024), {
    code: 'ERR_SOCKET_BUFFER_SIZE',
    message: 'Could not get or set buffer size: uv_send_buffer_size returned EBADF (bad file descriptor)',
  });
  for (const bad of [-1, 1.5, '1', undefined]) {
    assert.throws(() => socket.setRecvBufferSize(bad), {
      name: 'TypeError',
      code: 'ERR_SOCKET_BAD_BUFFER_SIZE',
      message: 'Buffer size must be a positive integer',
    });
  }
  assert.throws(() => socket.addMembership(), {
    name: 'TypeError',
    code: 'ERR_MISSING_ARGS',
    message: 'The "multicastAddress" argument must be specified',
  });
  assert.throws(() => socket.addSourceSpecificMembership(1, '232.1.1.1'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "sourceAddress" argument must be of type string. Received type number (1)',
  });
  assert.throws(() => socket.setMulticastInterface(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "interfaceAddress" argument must be of type string. Received type number (1)',
  });
  assert.strictEqual(socket.getSendQueueSize(), 0);
  assert.strictEqual(socket.getSendQueueCount(), 0);
  socket.close();
}

assert.throws(() => dgram.createSocket({ type: 'udp4', recvBufferSize: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.recvBufferSize" property must be of type number. Received type string (\'x\')',
});

{
  // Sizes given to createSocket() are applied once bound. Linux reports the
  // doubled value it keeps for bookkeeping, so compare with a second socket.
  const socket = dgram.createSocket({ type: 'udp4', recvBufferSize: 8192, sendBufferSize: 8192 });
  socket.bind(0, '127.0.0.1', common.mustCall(() => {
    const recv = socket.getRecvBufferSize();
    const send = socket.getSendBufferSize();
    assert.ok(recv >= 8192, `${recv}`);
    assert.ok(send >= 8192, `${send}`);
    socket.setRecvBufferSize(16384);
    assert.ok(socket.getRecvBufferSize() > recv);
    socket.addMembership('224.0.0.114');
    socket.dropMembership('224.0.0.114');
    assert.throws(() => socket.dropMembership('224.0.0.114'), {
      code: 'EADDRNOTAVAIL',
      syscall: 'dropMembership',
      message: 'dropMembership EADDRNOTAVAIL',
    });
    socket.setMulticastInterface('127.0.0.1');
    socket.close();
  }));
}
