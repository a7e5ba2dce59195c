'use strict';
// zlib.crc32(data, value): CRC-32 of bytes or of a string's UTF-8, chainable.
require('../common');
const assert = require('node:assert');
const zlib = require('node:zlib');

assert.strictEqual(zlib.crc32(''), 0);
assert.strictEqual(zlib.crc32('123456789'), 0xcbf43926);  // the standard check value
assert.strictEqual(zlib.crc32('hello'), 907060870);
assert.strictEqual(zlib.crc32(Buffer.from('hello')), 907060870);
const bytes = new Uint8Array([...Buffer.from('hello')]);
assert.strictEqual(zlib.crc32(new Uint16Array(bytes.buffer, 0, 2)), zlib.crc32('hell'));
assert.strictEqual(zlib.crc32(new DataView(bytes.buffer, 1, 3)), zlib.crc32('ell'));
// Strings are UTF-8.
assert.strictEqual(zlib.crc32('héllo ☃'), zlib.crc32(Buffer.from('héllo ☃', 'utf8')));
assert.strictEqual(zlib.crc32('héllo ☃'), 4207779724);
// Chaining: the CRC of the whole from the CRC of the first part.
assert.strictEqual(zlib.crc32('world', zlib.crc32('hello ')), zlib.crc32('hello world'));
assert.strictEqual(zlib.crc32(Buffer.from('hello'), 5), 4277152246);
// A gzip trailer holds the CRC-32 of the data.
const data = Buffer.from('gzip trailer check '.repeat(50));
const gz = zlib.gzipSync(data);
assert.strictEqual(gz.readUInt32LE(gz.length - 8), zlib.crc32(data));

assert.throws(() => zlib.crc32(5), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "data" argument must be of type string or an instance of Buffer, ' +
    'TypedArray, or DataView. Received type number (5)',
});
assert.throws(() => zlib.crc32(new ArrayBuffer(1)), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => zlib.crc32('a', -1), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "value" is out of range. It must be >= 0 && <= 4294967295. ' +
    'Received -1',
});
assert.throws(() => zlib.crc32('a', '1'), { code: 'ERR_INVALID_ARG_TYPE' });
