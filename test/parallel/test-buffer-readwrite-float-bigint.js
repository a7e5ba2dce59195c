'use strict';
require('../common');
const assert = require('node:assert');

const b = Buffer.alloc(8);

assert.strictEqual(b.writeFloatLE(1.5, 0), 4);
assert.strictEqual(b.toString('hex', 0, 4), '0000c03f');
assert.strictEqual(b.readFloatLE(0), 1.5);
assert.strictEqual(b.writeFloatBE(-2.25, 4), 8);
assert.strictEqual(b.toString('hex', 4), 'c0100000');
assert.strictEqual(b.readFloatBE(4), -2.25);
assert.strictEqual(b.writeFloatLE(0.1), 4);
assert.strictEqual(b.readFloatLE(), 0.10000000149011612);
b.writeFloatBE(Infinity);
assert.strictEqual(b.readFloatBE(), Infinity);
b.writeFloatLE('x');
assert.ok(Number.isNaN(b.readFloatLE()));
b.writeFloatLE(1e40);
assert.strictEqual(b.readFloatLE(), Infinity);

assert.strictEqual(b.writeDoubleLE(Math.PI, 0), 8);
assert.strictEqual(b.toString('hex'), '182d4454fb210940');
assert.strictEqual(b.readDoubleLE(0), Math.PI);
assert.strictEqual(b.writeDoubleBE(-0, 0), 8);
assert.strictEqual(b.toString('hex'), '8000000000000000');
assert.ok(Object.is(b.readDoubleBE(0), -0));
b.writeDoubleBE(Number.MAX_VALUE);
assert.strictEqual(b.readDoubleBE(), Number.MAX_VALUE);

// BigInt.
assert.strictEqual(b.writeBigUInt64LE(0x0102030405060708n, 0), 8);
assert.strictEqual(b.toString('hex'), '0807060504030201');
assert.strictEqual(b.readBigUInt64LE(0), 0x0102030405060708n);
assert.strictEqual(b.readBigUInt64BE(0), 0x0807060504030201n);
assert.strictEqual(b.writeBigUint64BE(2n ** 64n - 1n), 8);
assert.strictEqual(b.readBigUint64LE(), 2n ** 64n - 1n);
assert.strictEqual(b.readBigInt64LE(), -1n);
assert.strictEqual(b.writeBigInt64LE(-(2n ** 63n)), 8);
assert.strictEqual(b.toString('hex'), '0000000000000080');
assert.strictEqual(b.readBigInt64LE(), -(2n ** 63n));
assert.strictEqual(b.writeBigInt64BE(-2n), 8);
assert.strictEqual(b.toString('hex'), 'fffffffffffffffe');
assert.strictEqual(b.readBigInt64BE(), -2n);
assert.strictEqual(b.readBigUInt64BE(), 2n ** 64n - 2n);

const range = (name, text, received) => ({
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: `The value of "${name}" is out of range. It must be ${text}. Received ${received}`,
});
assert.throws(() => b.readFloatLE(5), range('offset', '>= 0 and <= 4', 5));
assert.throws(() => b.readDoubleBE(1), range('offset', '>= 0 and <= 0', 1));
assert.throws(() => b.writeFloatLE(1, 5), range('offset', '>= 0 and <= 4', 5));
assert.throws(() => b.writeDoubleLE(1, 0.5), range('offset', 'an integer', 0.5));
assert.throws(() => Buffer.alloc(3).readFloatBE(), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  message: 'Attempt to access memory outside buffer bounds',
});
assert.throws(() => b.readBigInt64LE(1), range('offset', '>= 0 and <= 0', 1));
assert.throws(() => b.writeBigInt64LE(2n ** 63n),
              range('value', '>= -(2n ** 63n) and < 2n ** 63n', '9_223_372_036_854_775_808n'));
assert.throws(() => b.writeBigUInt64LE(-1n),
              range('value', '>= 0n and < 2n ** 64n', '-1n'));
assert.throws(() => b.writeBigUInt64BE(1n, 1), range('offset', '>= 0 and <= 0', 1));
assert.throws(() => b.writeBigInt64BE(1), { name: 'TypeError' });
assert.throws(() => b.readBigUInt64LE('0'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "offset" argument must be of type number. Received type string (\'0\')',
});
