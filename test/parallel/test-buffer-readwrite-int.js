'use strict';
require('../common');
const assert = require('node:assert');

const b = Buffer.from([0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0xff, 0x80]);

assert.strictEqual(b.readUInt8(0), 1);
assert.strictEqual(b.readUint8(6), 255);
assert.strictEqual(b.readInt8(6), -1);
assert.strictEqual(b.readInt8(7), -128);
assert.strictEqual(b.readUInt8(), 1);
assert.strictEqual(b.readUInt16LE(0), 0x0201);
assert.strictEqual(b.readUInt16BE(0), 0x0102);
assert.strictEqual(b.readInt16LE(6), -32513);
assert.strictEqual(b.readInt16BE(6), -128);
assert.strictEqual(b.readUInt32LE(0), 0x04030201);
assert.strictEqual(b.readUInt32BE(4), 0x0506ff80);
assert.strictEqual(b.readInt32LE(4), -2130770427);
assert.strictEqual(b.readInt32BE(4), 0x0506ff80);
assert.strictEqual(b.readUint32LE(4), 0x80ff0605);

for (let n = 1; n <= 6; n++) {
  const le = [...b.subarray(2, 2 + n)].reverse().reduce((acc, x) => acc * 256 + x, 0);
  assert.strictEqual(b.readUIntLE(2, n), le);
  const be = [...b.subarray(2, 2 + n)].reduce((acc, x) => acc * 256 + x, 0);
  assert.strictEqual(b.readUIntBE(2, n), be);
}
assert.strictEqual(b.readUIntBE(2, 6), 0x030405 * 2 ** 24 + 0x06ff80);
assert.strictEqual(b.readIntBE(6, 2), -128);
assert.strictEqual(b.readIntLE(2, 6), 0x80ff06050403 - 2 ** 48);
assert.strictEqual(b.readIntBE(2, 6), 0x0304050 * 2 ** 20 + 0x6ff80);
assert.strictEqual(b.readIntLE(6, 1), -1);
assert.strictEqual(b.readUintLE(0, 3), 0x030201);

// Writes return the offset after the value.
const w = Buffer.alloc(8);
assert.strictEqual(w.writeUInt8(255, 0), 1);
assert.strictEqual(w.writeInt8(-2, 1), 2);
assert.strictEqual(w.toString('hex', 0, 2), 'fffe');
assert.strictEqual(w.writeUInt16LE(0x1234, 0), 2);
assert.strictEqual(w.writeUInt16BE(0x1234, 2), 4);
assert.strictEqual(w.toString('hex', 0, 4), '34121234');
assert.strictEqual(w.writeInt16LE(-2, 0), 2);
assert.strictEqual(w.writeInt16BE(-2, 2), 4);
assert.strictEqual(w.toString('hex', 0, 4), 'fefffffe');
assert.strictEqual(w.writeUInt32LE(0xdeadbeef, 0), 4);
assert.strictEqual(w.writeUInt32BE(0xdeadbeef, 4), 8);
assert.strictEqual(w.toString('hex'), 'efbeaddedeadbeef');
assert.strictEqual(w.writeInt32LE(-1, 0), 4);
assert.strictEqual(w.writeInt32BE(-2147483648, 4), 8);
assert.strictEqual(w.toString('hex'), 'ffffffff80000000');
assert.strictEqual(w.writeUint32LE(1, 0), 4);
assert.strictEqual(w.writeUInt8(3.9, 0), 1);
assert.strictEqual(w[0], 3);

const v = Buffer.alloc(8);
assert.strictEqual(v.writeUIntLE(0x123456789abc, 0, 6), 6);
assert.strictEqual(v.toString('hex'), 'bc9a785634120000');
assert.strictEqual(v.writeUIntBE(0x123456789abc, 1, 6), 7);
assert.strictEqual(v.toString('hex'), 'bc123456789abc00');
assert.strictEqual(v.writeIntLE(-2, 0, 5), 5);
assert.strictEqual(v.toString('hex'), 'feffffffff9abc00');
assert.strictEqual(v.writeIntBE(-(2 ** 47), 2, 6), 8);
assert.strictEqual(v.toString('hex'), 'feff800000000000');
assert.strictEqual(v.writeIntLE(-3, 0, 3), 3);
assert.strictEqual(v.readIntLE(0, 3), -3);
assert.strictEqual(v.writeUintBE(0xabcd, 0, 2), 2);
assert.strictEqual(v.readUIntBE(0, 2), 0xabcd);
for (let n = 1; n <= 6; n++) {
  const max = 2 ** (8 * n) - 1;
  v.writeUIntLE(max, 0, n);
  assert.strictEqual(v.readUIntLE(0, n), max);
  v.writeIntBE(-(2 ** (8 * n - 1)), 0, n);
  assert.strictEqual(v.readIntBE(0, n), -(2 ** (8 * n - 1)));
}

// Errors, exactly as Node words them.
const range = (name, text, received) => ({
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: `The value of "${name}" is out of range. It must be ${text}. Received ${received}`,
});
assert.throws(() => b.readUInt8(8), range('offset', '>= 0 and <= 7', 8));
assert.throws(() => b.readUInt8(1.5), range('offset', 'an integer', 1.5));
assert.throws(() => b.readUInt8(-1), range('offset', '>= 0 and <= 7', -1));
assert.throws(() => b.readUInt16LE(7), range('offset', '>= 0 and <= 6', 7));
assert.throws(() => b.readInt32BE(5), range('offset', '>= 0 and <= 4', 5));
assert.throws(() => b.readUInt8('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "offset" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => Buffer.alloc(1).readUInt16LE(0), {
  code: 'ERR_BUFFER_OUT_OF_BOUNDS',
  name: 'RangeError',
  message: 'Attempt to access memory outside buffer bounds',
});
assert.throws(() => b.readUIntLE(0), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "byteLength" argument must be of type number. Received undefined',
});
assert.throws(() => b.readUIntLE(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "offset" argument must be of type number. Received undefined',
});
assert.throws(() => b.readIntBE(0, 7), range('byteLength', '>= 1 and <= 6', 7));
assert.throws(() => b.readIntBE(0, 0), range('byteLength', '>= 1 and <= 6', 0));
assert.throws(() => b.readIntBE(0, 1.5), range('byteLength', 'an integer', 1.5));
assert.throws(() => b.readUIntBE(4, 5), range('offset', '>= 0 and <= 3', 4));
assert.throws(() => w.writeUInt8(256), range('value', '>= 0 and <= 255', 256));
assert.throws(() => w.writeInt8(-129), range('value', '>= -128 and <= 127', -129));
assert.throws(() => w.writeUInt8(1, 8), range('offset', '>= 0 and <= 7', 8));
assert.throws(() => w.writeUInt16LE(1, 7), range('offset', '>= 0 and <= 6', 7));
assert.throws(() => w.writeInt32LE(2 ** 31),
              range('value', '>= -2147483648 and <= 2147483647', '2147483648'));
assert.throws(() => w.writeUInt32BE(-1), range('value', '>= 0 and <= 4294967295', -1));
assert.throws(() => w.writeIntLE(2 ** 47, 0, 6),
              range('value', '>= -(2 ** 47) and < 2 ** 47', '140_737_488_355_328'));
assert.throws(() => w.writeUIntBE(-1, 0, 5), range('value', '>= 0 and < 2 ** 40', -1));
assert.throws(() => w.writeUIntBE(1, 0, 7), range('byteLength', '>= 1 and <= 6', 7));
assert.throws(() => w.writeUIntBE(1, 0), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "byteLength" argument must be of type number. Received undefined',
});
assert.throws(() => w.writeUInt16BE(1, '0'), { code: 'ERR_INVALID_ARG_TYPE' });
