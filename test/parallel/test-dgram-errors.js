'use strict';
// dgram argument and state errors, with Node's codes and messages.
const common = require('../common');
const assert = require('node:assert');
const dgram = require('node:dgram');

assert.throws(() => dgram.createSocket('udp5'), {
  code: 'ERR_SOCKET_BAD_TYPE',
  name: 'TypeError',
  message: 'Bad socket type specified. Valid types are: udp4, udp6',
});
assert.throws(() => dgram.createSocket({ type: 'udp4', lookup: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "lookup" argument must be of type function. Received type number (5)',
});

const socket = dgram.createSocket('udp4');
// Not bound yet: no address.
assert.throws(() => socket.address(), {
  name: 'Error',
  message: 'getsockname EBADF',
  code: 'EBADF',
  syscall: 'getsockname',
});
for (const port of [0, 70000, -1, 'x']) {
  assert.throws(() => socket.send('x', port), { code: 'ERR_SOCKET_BAD_PORT', name: 'RangeError' });
}
assert.throws(() => socket.send('x', 0), {
  message: 'Port should be > 0 and < 65536. Received type number (0).',
});
assert.throws(() => socket.send(5, 1234), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be of type string or an instance of Buffer, ' +
           'TypedArray, or DataView. Received type number (5)',
});
assert.throws(() => socket.send(['a', 5], 1234), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer list arguments" argument must be of type string or an instance of ' +
           'Buffer, TypedArray, or DataView. Received an instance of Array',
});
assert.throws(() => socket.send('abc', 5, 1, 1234, '127.0.0.1'), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  name: 'RangeError',
  message: '"offset" is outside of buffer bounds',
});
assert.throws(() => socket.send('abc', 1, 5, 1234, '127.0.0.1'), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  message: '"length" is outside of buffer bounds',
});
assert.throws(() => socket.send('abc', 1234, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "address" argument must be of type string. Received type number (5)',
});
assert.throws(() => socket.setTTL('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "ttl" argument must be of type number. Received type string (\'x\')',
});

socket.bind(0, '127.0.0.1', common.mustCall(() => {
  assert.throws(() => socket.bind(0), {
    code: 'ERR_SOCKET_ALREADY_BOUND',
    name: 'Error',
    message: 'Socket is already bound',
  });
  assert.strictEqual(socket.setTTL(64), 64);
  socket.setBroadcast(true);
  socket.close(common.mustCall(() => {
    for (const fn of [() => socket.address(), () => socket.close(), () => socket.send('x', 1),
                      () => socket.bind(0)]) {
      assert.throws(fn, {
        code: 'ERR_SOCKET_DGRAM_NOT_RUNNING',
        name: 'Error',
        message: 'Not running',
      });
    }
  }));
}));

// A bind that fails: an 'error' event with the address and port.
const unbindable = dgram.createSocket('udp4');
unbindable.on('error', common.mustCall((err) => {
  assert.strictEqual(err.message, 'bind EADDRNOTAVAIL 192.0.2.1:1234');
  assert.strictEqual(err.code, 'EADDRNOTAVAIL');
  assert.strictEqual(err.syscall, 'bind');
  assert.strictEqual(err.address, '192.0.2.1');
  assert.strictEqual(err.port, 1234);
  unbindable.close();
}));
unbindable.bind(1234, '192.0.2.1', common.mustNotCall());
