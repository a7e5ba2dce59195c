'use strict';
require('../common');
const assert = require('node:assert');

const hex = (b) => b.toString('hex');
const b = () => Buffer.alloc(6);

assert.strictEqual(hex(b().fill(1)), '010101010101');
assert.strictEqual(hex(b().fill(257)), '010101010101');
assert.strictEqual(hex(b().fill(-1)), 'ffffffffffff');
assert.strictEqual(hex(b().fill(7, 2)), '000007070707');
assert.strictEqual(hex(b().fill(7, 2, 4)), '000007070000');
assert.strictEqual(hex(b().fill(7, 4, 2)), '000000000000');
assert.strictEqual(hex(b().fill('ab')), '616261626162');
assert.strictEqual(hex(b().fill('ab', 1)), '006162616261');
assert.strictEqual(hex(b().fill('ab', 1, 4)), '006162610000');
assert.strictEqual(hex(b().fill('ab', 'latin1')), '616261626162');
assert.strictEqual(hex(b().fill('a1b2', 'hex')), 'a1b2a1b2a1b2');
assert.strictEqual(hex(b().fill('a1b2', 2, 'hex')), '0000a1b2a1b2');
assert.strictEqual(hex(b().fill('a1', 1, 3, 'hex')), '00a1a1000000');
assert.strictEqual(hex(b().fill('YWJj', 'base64')), '616263616263');
assert.strictEqual(hex(b().fill('ab', 'ucs2')), '610062006100');
assert.strictEqual(hex(b().fill('\u0222', 'latin1')), '222222222222');
assert.strictEqual(hex(b().fill('€')), 'e282ace282ac');
assert.strictEqual(hex(Buffer.alloc(2).fill('€')), 'e282');
assert.strictEqual(hex(Buffer.alloc(5).fill('abc', 'utf16le')), '6100620063');
assert.strictEqual(hex(b().fill('')), '000000000000');
assert.strictEqual(hex(b().fill(Buffer.from([1, 2, 3, 4]))), '010203040102');
assert.strictEqual(hex(b().fill(new Uint8Array([9]), 5)), '000000000009');
assert.strictEqual(hex(b().fill(true)), '010101010101');
assert.strictEqual(hex(b().fill({ valueOf() { return 258; } })), '020202020202');
assert.strictEqual(hex(b().fill(null)), '000000000000');

// The fill is returned and overlapping self-fill is fine.
const self = Buffer.from('abcdef');
assert.strictEqual(self.fill(self.subarray(0, 2), 2), self);
assert.strictEqual(self.toString(), 'ababab');

// Big fills.
const big = Buffer.alloc(100000).fill('xyz');
assert.strictEqual(big.toString('latin1', 99990), 'xyzxyzxyzx');

assert.throws(() => b().fill(Buffer.alloc(0)), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: 'The argument \'value\' is invalid. Received <Buffer >',
});
assert.throws(() => b().fill('zz', 'hex'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: 'The argument \'value\' is invalid. Received \'zz\'',
});
assert.throws(() => b().fill('a', 0, 1, 'bogus'), {
  code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: bogus',
});
assert.throws(() => b().fill('a', 0, 1, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "encoding" argument must be of type string. Received type number (5)',
});
assert.throws(() => b().fill(1, -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 4294967296. Received -1',
});
assert.throws(() => b().fill(1, 0, 7), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "end" is out of range. It must be >= 0 && <= 6. Received 7',
});
assert.throws(() => b().fill(1, '1', 2), {
  code: 'ERR_INVALID_ARG_TYPE',
});
