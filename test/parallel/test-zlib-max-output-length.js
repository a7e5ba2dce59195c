'use strict';
// maxOutputLength caps the output of the one-shot forms: ERR_BUFFER_TOO_LARGE.
const common = require('../common');
const assert = require('node:assert');
const zlib = require('node:zlib');
const { kMaxLength } = require('node:buffer');

const bomb = zlib.gzipSync(Buffer.alloc(1 << 20));
const tooLarge = {
  name: 'RangeError',
  code: 'ERR_BUFFER_TOO_LARGE',
  message: 'Cannot create a Buffer larger than 1000 bytes',
};

assert.throws(() => zlib.gunzipSync(bomb, { maxOutputLength: 1000 }), tooLarge);
assert.throws(() => zlib.brotliDecompressSync(zlib.brotliCompressSync(Buffer.alloc(5000)),
                                              { maxOutputLength: 1000 }), tooLarge);
zlib.gunzip(bomb, { maxOutputLength: 1000 }, common.mustCall((err, out) => {
  assert.strictEqual(out, undefined);
  assert.strictEqual(err.code, 'ERR_BUFFER_TOO_LARGE');
  assert.strictEqual(err.message, tooLarge.message);
}));
zlib.inflate(zlib.deflateSync(Buffer.alloc(5000)), { maxOutputLength: 1000 },
             common.mustCall((err) => assert.strictEqual(err.code, 'ERR_BUFFER_TOO_LARGE')));

// Exactly at the limit is fine.
assert.strictEqual(zlib.gunzipSync(zlib.gzipSync(Buffer.alloc(1000)),
                                   { maxOutputLength: 1000 }).length, 1000);
zlib.gunzip(zlib.gzipSync(Buffer.alloc(1000)), { maxOutputLength: 1000 },
            common.mustSucceed((out) => assert.strictEqual(out.length, 1000)));

// The compressors are capped too.
assert.throws(() => zlib.deflateSync(Buffer.alloc(100), { maxOutputLength: 1 }), {
  code: 'ERR_BUFFER_TOO_LARGE',
  message: 'Cannot create a Buffer larger than 1 bytes',
});

assert.throws(() => zlib.gunzipSync(bomb, { maxOutputLength: 0 }), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.maxOutputLength" is out of range. ' +
    `It must be >= 1 and <= ${kMaxLength}. Received 0`,
});
assert.throws(() => zlib.gunzipSync(bomb, { maxOutputLength: '10' }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
});
