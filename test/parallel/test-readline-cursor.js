'use strict';
// readline.cursorTo / moveCursor / clearLine / clearScreenDown: the escape sequences
// written and the callbacks.
const common = require('../common');
const assert = require('node:assert');
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

function written(fn) {
  const stream = new PassThrough();
  assert.strictEqual(fn(stream), true);
  const data = stream.read();
  return data === null ? '' : data.toString();
}

assert.strictEqual(written((s) => readline.cursorTo(s, 0)), '\x1b[1G');
assert.strictEqual(written((s) => readline.cursorTo(s, 3, 5)), '\x1b[6;4H');
assert.strictEqual(written((s) => readline.cursorTo(s)), '');
assert.strictEqual(written((s) => readline.moveCursor(s, 2, -3)), '\x1b[2C\x1b[3A');
assert.strictEqual(written((s) => readline.moveCursor(s, -2, 3)), '\x1b[2D\x1b[3B');
assert.strictEqual(written((s) => readline.moveCursor(s, 0, 0)), '');
assert.strictEqual(written((s) => readline.clearLine(s, -1)), '\x1b[1K');
assert.strictEqual(written((s) => readline.clearLine(s, 1)), '\x1b[0K');
assert.strictEqual(written((s) => readline.clearLine(s, 0)), '\x1b[2K');
assert.strictEqual(written((s) => readline.clearScreenDown(s)), '\x1b[0J');

assert.throws(() => readline.cursorTo(new PassThrough(), undefined, 1), {
  code: 'ERR_INVALID_CURSOR_POS',
  name: 'TypeError',
  message: 'Cannot set cursor row without setting its column',
});
assert.throws(() => readline.cursorTo(new PassThrough(), NaN), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => readline.clearLine(new PassThrough(), 0, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
});

// A null stream writes nothing but still calls back.
readline.cursorTo(null, 1, 1, common.mustCall((err) => assert.strictEqual(err, null)));
readline.moveCursor(undefined, 1, 1, common.mustCall((err) => assert.strictEqual(err, null)));
readline.clearLine(null, 0, common.mustCall());
readline.clearScreenDown(null, common.mustCall());
readline.cursorTo(new PassThrough(), 1, common.mustCall());
