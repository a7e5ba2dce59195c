'use strict';
require('../common');
const assert = require('node:assert');
const buffer = require('node:buffer');
const { Buffer, SlowBuffer, kMaxLength, kStringMaxLength, constants } = buffer;

// alloc zero-fills and fills with a value.
assert.deepStrictEqual([...Buffer.alloc(4)], [0, 0, 0, 0]);
assert.deepStrictEqual([...Buffer.alloc(5, 'ab')], [0x61, 0x62, 0x61, 0x62, 0x61]);
assert.deepStrictEqual([...Buffer.alloc(4, 257)], [1, 1, 1, 1]);
assert.deepStrictEqual([...Buffer.alloc(3, 'YWJj', 'base64')], [0x61, 0x62, 0x63]);
assert.deepStrictEqual([...Buffer.alloc(4, Buffer.from([1, 2, 3]))], [1, 2, 3, 1]);
assert.strictEqual(Buffer.alloc(0).length, 0);

// allocUnsafe takes small sizes from the shared pool, big ones on their own.
assert.strictEqual(Buffer.poolSize, 8192);
const small = Buffer.allocUnsafe(10);
assert.strictEqual(small.length, 10);
assert.strictEqual(small.buffer.byteLength, 8192);
const next = Buffer.allocUnsafe(3);
assert.strictEqual(next.buffer, small.buffer);
assert.strictEqual(next.byteOffset % 8, 0);
assert.strictEqual(Buffer.allocUnsafe(4096).buffer.byteLength, 4096);
assert.strictEqual(Buffer.allocUnsafeSlow(10).buffer.byteLength, 10);
assert.strictEqual(Buffer.allocUnsafe(0).length, 0);

// Buffer.from(string) pools small results too.
assert.strictEqual(Buffer.from('abc').buffer.byteLength, 8192);
assert.strictEqual(Buffer.from('x'.repeat(5000)).buffer.byteLength, 5000);

// Every Buffer is a Uint8Array whose constructor is Buffer.
const b = Buffer.alloc(2);
assert.ok(b instanceof Uint8Array);
assert.ok(b instanceof Buffer);
assert.strictEqual(b.constructor, Buffer);
assert.strictEqual(Object.getPrototypeOf(Buffer), Uint8Array);
assert.strictEqual(Buffer.isBuffer(b), true);
assert.strictEqual(Buffer.isBuffer(new Uint8Array(2)), false);
assert.strictEqual(Buffer.isBuffer('abc'), false);
assert.strictEqual(b.parent, b.buffer);
assert.strictEqual(b.offset, b.byteOffset);

// Deprecated forms still work.
const slow = SlowBuffer(3);
assert.strictEqual(slow.length, 3);
assert.ok(slow instanceof Buffer);
process.noDeprecation = true;
assert.deepStrictEqual([...new Buffer(2)], [0, 0]);       // eslint-disable-line no-buffer-constructor
assert.strictEqual(Buffer('ab').toString(), 'ab');        // eslint-disable-line no-buffer-constructor

// Buffer.of and copyBytesFrom.
assert.deepStrictEqual([...Buffer.of(1, 2, 300)], [1, 2, 44]);
assert.ok(Buffer.of(1) instanceof Buffer);
const u16 = new Uint16Array([0x0102, 0x0304]);
assert.deepStrictEqual([...Buffer.copyBytesFrom(u16)], [2, 1, 4, 3]);
assert.deepStrictEqual([...Buffer.copyBytesFrom(u16, 1)], [4, 3]);
assert.deepStrictEqual([...Buffer.copyBytesFrom(u16, 0, 1)], [2, 1]);
assert.strictEqual(Buffer.copyBytesFrom(u16, 5).length, 0);

// Constants.
assert.strictEqual(kMaxLength, 2 ** 32);
assert.strictEqual(kStringMaxLength, 2 ** 29 - 24);
assert.deepStrictEqual(constants, { MAX_LENGTH: 2 ** 32, MAX_STRING_LENGTH: 2 ** 29 - 24 });
assert.strictEqual(buffer.INSPECT_MAX_BYTES, 50);

// slice and subarray share memory and clamp their bounds.
const base = Buffer.from('abcdef');
assert.strictEqual(base.slice(1, 3).toString(), 'bc');
assert.strictEqual(base.subarray(-2).toString(), 'ef');
assert.strictEqual(base.slice(4, 2).length, 0);
assert.strictEqual(base.slice(NaN, 2).toString(), 'ab');
assert.strictEqual(base.slice('1', '3').toString(), 'bc');
assert.strictEqual(base.slice(-100, 100).toString(), 'abcdef');
const view = base.subarray(1, 2);
view[0] = 0x7a;
assert.strictEqual(base.toString(), 'azcdef');
assert.strictEqual(view.constructor, Buffer);
assert.ok(base.map((x) => x) instanceof Buffer);

// Size validation.
assert.throws(() => Buffer.alloc(-1), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "size" is out of range. It must be >= 0 && <= 4294967296. Received -1',
});
assert.throws(() => Buffer.allocUnsafe('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "size" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => Buffer.allocUnsafeSlow(2 ** 32 + 1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => SlowBuffer(-1), { code: 'ERR_OUT_OF_RANGE' });
