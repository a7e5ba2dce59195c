'use strict';
require('../common');
const assert = require('node:assert');

const bytes = (b) => [...b];

// Arrays and array-likes: each element becomes one byte.
assert.deepStrictEqual(bytes(Buffer.from([1, 2, 255, 256, -1])), [1, 2, 255, 0, 255]);
assert.deepStrictEqual(bytes(Buffer.from({ length: 2, 0: 7, 1: 8 })), [7, 8]);
assert.deepStrictEqual(bytes(Buffer.from({ length: 'x' })), []);
assert.deepStrictEqual(bytes(Buffer.from(new Uint16Array([256, 1]))), [0, 1]);
assert.deepStrictEqual(bytes(Buffer.from({ type: 'Buffer', data: [1, 2] })), [1, 2]);

// Buffers and Uint8Arrays are copied.
const src = Buffer.from([1, 2, 3]);
const copy = Buffer.from(src);
copy[0] = 9;
assert.strictEqual(src[0], 1);
assert.deepStrictEqual(bytes(Buffer.from(new Uint8Array([4, 5]))), [4, 5]);

// ArrayBuffers are shared, with offset and length.
const ab = new ArrayBuffer(8);
const shared = Buffer.from(ab, 2, 4);
assert.strictEqual(shared.buffer, ab);
assert.strictEqual(shared.byteOffset, 2);
assert.strictEqual(shared.length, 4);
shared[0] = 42;
assert.strictEqual(new Uint8Array(ab)[2], 42);
assert.strictEqual(Buffer.from(ab).length, 8);
assert.strictEqual(Buffer.from(ab, 6).length, 2);
assert.strictEqual(Buffer.from(ab, NaN, 3).byteOffset, 0);
assert.strictEqual(Buffer.from(ab, 1, -5).length, 0);
assert.strictEqual(Buffer.from(new SharedArrayBuffer(4)).length, 4);
assert.throws(() => Buffer.from(ab, 9), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  name: 'RangeError',
  message: '"offset" is outside of buffer bounds',
});
assert.throws(() => Buffer.from(ab, 4, 5), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  message: '"length" is outside of buffer bounds',
});

// Strings, with or without an encoding.
assert.deepStrictEqual(bytes(Buffer.from('h€')), [0x68, 0xe2, 0x82, 0xac]);
assert.deepStrictEqual(bytes(Buffer.from('h€', 'utf-8')), [0x68, 0xe2, 0x82, 0xac]);
assert.deepStrictEqual(bytes(Buffer.from('h€', '')), [0x68, 0xe2, 0x82, 0xac]);
assert.deepStrictEqual(bytes(Buffer.from('AbZ', 'UCS2')), [0x41, 0, 0x62, 0, 0x5a, 0]);
assert.deepStrictEqual(bytes(Buffer.from('', 'hex')), []);
assert.throws(() => Buffer.from('a', 'utf9'), {
  code: 'ERR_UNKNOWN_ENCODING', name: 'TypeError', message: 'Unknown encoding: utf9',
});

// Objects that convert to a string or an array.
assert.strictEqual(Buffer.from(new String('abc')).toString(), 'abc');
assert.strictEqual(Buffer.from({ valueOf() { return 'xyz'; } }).toString(), 'xyz');
assert.deepStrictEqual(bytes(Buffer.from({ valueOf() { return [1, 2]; } })), [1, 2]);
assert.strictEqual(Buffer.from({ [Symbol.toPrimitive]() { return '6869'; } }, 'hex').toString(),
                   'hi');

// Large strings take the non-pooled path.
const big = 'ab'.repeat(10000);
assert.strictEqual(Buffer.from(big).length, 20000);
assert.strictEqual(Buffer.from(big, 'hex').length, 10000);
assert.strictEqual(Buffer.from(big, 'hex')[0], 0xab);
assert.strictEqual(Buffer.from('€'.repeat(3000)).length, 9000);
assert.strictEqual(Buffer.from('€'.repeat(3000)).toString(), '€'.repeat(3000));

for (const bad of [5, null, undefined, true, Symbol('s'), () => {}]) {
  assert.throws(() => Buffer.from(bad), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
  });
}
assert.throws(() => Buffer.from(5), {
  message: 'The first argument must be of type string or an instance of Buffer, ArrayBuffer, ' +
    'or Array or an Array-like Object. Received type number (5)',
});
