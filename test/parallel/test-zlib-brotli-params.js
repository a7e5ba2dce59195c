'use strict';
// Brotli parameters: quality, mode, window, size hint change the encoder's output;
// unknown keys and non-numbers are rejected before the encoder exists, and
// parameters libbrotli refuses fail with ERR_ZLIB_INITIALIZATION_FAILED.
const common = require('../common');
const assert = require('node:assert');
const zlib = require('node:zlib');

const {
  BROTLI_PARAM_QUALITY, BROTLI_PARAM_MODE, BROTLI_MODE_TEXT, BROTLI_PARAM_LGWIN,
  BROTLI_PARAM_SIZE_HINT, BROTLI_MIN_QUALITY, BROTLI_MAX_QUALITY, BROTLI_PARAM_LARGE_WINDOW,
  BROTLI_DECODER_PARAM_LARGE_WINDOW,
} = zlib.constants;

const text = Buffer.from('Brotli is a generic-purpose lossless compression algorithm. '.repeat(200));

const sizes = [];
for (let quality = BROTLI_MIN_QUALITY; quality <= BROTLI_MAX_QUALITY; quality++) {
  const packed = zlib.brotliCompressSync(text, { params: { [BROTLI_PARAM_QUALITY]: quality } });
  assert.ok(zlib.brotliDecompressSync(packed).equals(text));
  sizes.push(packed.length);
}
// Quality 0 is larger than quality 11.
assert.ok(sizes[0] > sizes[11]);
// Default quality is 11.
assert.strictEqual(zlib.brotliCompressSync(text).length, sizes[11]);

const withParams = zlib.brotliCompressSync(text, {
  params: {
    [BROTLI_PARAM_MODE]: BROTLI_MODE_TEXT,
    [BROTLI_PARAM_QUALITY]: 5,
    [BROTLI_PARAM_LGWIN]: 16,
    [BROTLI_PARAM_SIZE_HINT]: text.length,
  },
});
assert.ok(zlib.brotliDecompressSync(withParams).equals(text));

// Booleans are accepted as 0/1; large windows need the decoder to allow them.
const large = zlib.brotliCompressSync(text, {
  params: { [BROTLI_PARAM_LARGE_WINDOW]: true, [BROTLI_PARAM_LGWIN]: 25 },
});
assert.ok(zlib.brotliDecompressSync(large, {
  params: { [BROTLI_DECODER_PARAM_LARGE_WINDOW]: true },
}).equals(text));
assert.throws(() => zlib.brotliDecompressSync(large), {
  message: 'Decompression failed',
  code: 'ERR__ERROR_FORMAT_WINDOW_BITS',
  errno: -13,
});

// Through the stream and callback forms.
zlib.brotliCompress(text, { params: { [BROTLI_PARAM_QUALITY]: 1 } }, common.mustSucceed((b) => {
  assert.strictEqual(b.length, sizes[1]);
}));

assert.throws(() => zlib.createBrotliCompress({ params: { 20: 1 } }), {
  name: 'RangeError',
  code: 'ERR_BROTLI_INVALID_PARAM',
  message: '20 is not a valid Brotli parameter',
});
assert.throws(() => zlib.createBrotliCompress({ params: { foo: 1 } }), {
  code: 'ERR_BROTLI_INVALID_PARAM',
  message: 'foo is not a valid Brotli parameter',
});
// The same parameter twice ('1' and '01').
assert.throws(() => zlib.createBrotliCompress({ params: { 1: 1, '01': 2 } }), {
  code: 'ERR_BROTLI_INVALID_PARAM',
  message: '01 is not a valid Brotli parameter',
});
assert.throws(() => zlib.createBrotliCompress({ params: { 0: 'text' } }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.params[key]" property must be of type number. ' +
    "Received type string ('text')",
});
// The decoder knows only its own two parameters.
assert.throws(() => zlib.createBrotliDecompress({ params: { [BROTLI_PARAM_SIZE_HINT]: 1 } }), {
  name: 'Error',
  code: 'ERR_ZLIB_INITIALIZATION_FAILED',
  message: 'Initialization failed',
});

// Corrupt Brotli data.
assert.throws(() => zlib.brotliDecompressSync(Buffer.from('not brotli at all')), {
  message: 'Decompression failed',
  code: 'ERR__ERROR_FORMAT_PADDING_2',
  errno: -15,
});
