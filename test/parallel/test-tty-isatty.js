'use strict';
// tty.isatty and the errors of tty.ReadStream / tty.WriteStream on fds that are not
// terminals.
require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const tty = require('node:tty');
const net = require('node:net');

assert.deepStrictEqual(Object.keys(tty).sort(), ['ReadStream', 'WriteStream', 'isatty']);
assert.strictEqual(tty.isatty(-1), false);
assert.strictEqual(tty.isatty(1.5), false);
assert.strictEqual(tty.isatty('0'), false);
assert.strictEqual(tty.isatty(2 ** 31), false);
assert.strictEqual(tty.isatty(12345), false);

const fd = fs.openSync(__filename, 'r');
assert.strictEqual(tty.isatty(fd), false);
assert.throws(() => new tty.ReadStream(fd), {
  code: 'ERR_TTY_INIT_FAILED',
  name: 'SystemError',
  message: 'TTY initialization failed: uv_tty_init returned EINVAL (invalid argument)',
});
assert.throws(() => new tty.WriteStream(fd), { code: 'ERR_TTY_INIT_FAILED' });
fs.closeSync(fd);

assert.throws(() => new tty.ReadStream(-1), {
  code: 'ERR_INVALID_FD',
  name: 'RangeError',
  message: '"fd" must be a positive integer: -1',
});
assert.throws(() => new tty.WriteStream(1.5), { code: 'ERR_INVALID_FD' });

// Both are sockets.
assert.strictEqual(Object.getPrototypeOf(tty.ReadStream.prototype), net.Socket.prototype);
assert.strictEqual(Object.getPrototypeOf(tty.WriteStream.prototype), net.Socket.prototype);
assert.strictEqual(tty.WriteStream.prototype.isTTY, true);
