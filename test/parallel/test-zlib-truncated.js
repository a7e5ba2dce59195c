'use strict';
// Truncated input: "unexpected end of file" (Z_BUF_ERROR) from every decoder and every
// form, unless finishFlush asks for what can be decoded so far.
const common = require('../common');
const assert = require('node:assert');
const zlib = require('node:zlib');

const text = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(100);
const eof = { name: 'Error', message: 'unexpected end of file', code: 'Z_BUF_ERROR', errno: -5 };

for (const [compress, decompress] of [
  ['deflateSync', 'inflate'],
  ['gzipSync', 'gunzip'],
  ['deflateRawSync', 'inflateRaw'],
  ['gzipSync', 'unzip'],
  ['brotliCompressSync', 'brotliDecompress'],
]) {
  const packed = zlib[compress](text);
  const truncated = packed.subarray(0, packed.length >> 1);

  assert.throws(() => zlib[decompress + 'Sync'](truncated), eof);
  zlib[decompress](truncated, common.mustCall((err, out) => {
    assert.strictEqual(out, undefined);
    assert.strictEqual(err.message, eof.message);
    assert.strictEqual(err.code, eof.code);
    assert.strictEqual(err.errno, eof.errno);
  }));

  // Only the last byte missing: still an error.
  assert.throws(() => zlib[decompress + 'Sync'](packed.subarray(0, packed.length - 1)),
                eof);

  // As a stream: 'error' and no 'end'.
  const stream = decompress === 'brotliDecompress' ? zlib.createBrotliDecompress() :
    zlib['create' + decompress[0].toUpperCase() + decompress.slice(1)]();
  stream.resume();
  stream.on('end', common.mustNotCall());
  stream.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'Z_BUF_ERROR');
    assert.strictEqual(stream.destroyed, true);
  }));
  stream.end(truncated);
}

// finishFlush: Z_SYNC_FLUSH returns the part that could be decoded.
for (const [compress, decompress] of [['deflateSync', 'inflateSync'],
  ['gzipSync', 'gunzipSync'], ['deflateRawSync', 'inflateRawSync']]) {
  const packed = zlib[compress](text);
  const part = zlib[decompress](packed.subarray(0, 80), {
    finishFlush: zlib.constants.Z_SYNC_FLUSH,
  }).toString();
  assert.ok(part.length > 0);
  assert.strictEqual(text.startsWith(part), true);
}
const brotliPart = zlib.brotliDecompressSync(zlib.brotliCompressSync(text).subarray(0, 40), {
  finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH,
}).toString();
assert.strictEqual(text.startsWith(brotliPart), true);

// Empty input is truncated too.
assert.throws(() => zlib.gunzipSync(Buffer.alloc(0)), eof);
assert.throws(() => zlib.inflateSync(Buffer.alloc(0)), eof);
assert.throws(() => zlib.brotliDecompressSync(Buffer.alloc(0)), eof);
