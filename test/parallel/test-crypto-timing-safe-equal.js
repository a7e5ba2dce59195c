'use strict';
// timingSafeEqual: byte comparison of any buffer source, with Node's errors.
require('../common');
const assert = require('node:assert');
const { timingSafeEqual } = require('node:crypto');

assert.strictEqual(timingSafeEqual(Buffer.from('foo'), Buffer.from('foo')), true);
assert.strictEqual(timingSafeEqual(Buffer.from('foo'), Buffer.from('bar')), false);
assert.strictEqual(timingSafeEqual(Buffer.alloc(0), new Uint8Array(0)), true);
assert.strictEqual(timingSafeEqual(new Uint16Array([1]), new Uint8Array([1, 0])), true);
assert.strictEqual(timingSafeEqual(new ArrayBuffer(4), new DataView(new ArrayBuffer(4))), true);
assert.throws(() => timingSafeEqual(Buffer.from('a'), Buffer.from('ab')), {
  name: 'RangeError',
  code: 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH',
  message: 'Input buffers must have the same byte length',
});
assert.throws(() => timingSafeEqual('a', Buffer.from('a')), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf1" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.',
});
assert.throws(() => timingSafeEqual(Buffer.from('a'), 'a'), {
  message: 'The "buf2" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or DataView.',
});
