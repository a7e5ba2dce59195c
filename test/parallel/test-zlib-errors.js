'use strict';
// Corrupt input fails with Node's zlib errors (message from zlib, errno, code), never
// a crash; bad arguments fail with Node's argument errors.
const common = require('../common');
const assert = require('node:assert');
const zlib = require('node:zlib');

const headerError = {
  name: 'Error', message: 'incorrect header check', code: 'Z_DATA_ERROR', errno: -3,
};
assert.throws(() => zlib.gunzipSync(Buffer.from('not gzip at all')), headerError);
assert.throws(() => zlib.inflateSync(Buffer.from('not zlib at all')), headerError);
assert.throws(() => zlib.unzipSync(Buffer.from('neither one')), headerError);

// The error is a plain Error with errno and code own properties.
try {
  zlib.gunzipSync(Buffer.from('garbage'));
  assert.fail('unreachable');
} catch (err) {
  assert.strictEqual(Object.getPrototypeOf(err), Error.prototype);
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code']);
}

// A damaged body: zlib's own messages.
const packed = zlib.deflateSync('some text that will be damaged '.repeat(20));
const damaged = Buffer.from(packed);
damaged[damaged.length - 2] ^= 0xff;
assert.throws(() => zlib.inflateSync(damaged), {
  message: 'incorrect data check', code: 'Z_DATA_ERROR', errno: -3,
});
const gz = Buffer.from(zlib.gzipSync('abc'));
gz[2] = 7;  // compression method
assert.throws(() => zlib.gunzipSync(gz), { message: 'unknown compression method' });
assert.throws(() => zlib.inflateRawSync(Buffer.from([0xff, 0xff, 0xff])), {
  message: 'invalid block type', code: 'Z_DATA_ERROR',
});

// Random garbage never crashes any decoder.
let seed = 1;
function random() {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed & 0xff;
}
for (let round = 0; round < 200; round++) {
  const junk = Buffer.alloc(1 + (round % 50));
  for (let i = 0; i < junk.length; i++) junk[i] = random();
  for (const fn of ['inflateSync', 'gunzipSync', 'inflateRawSync', 'unzipSync',
    'brotliDecompressSync']) {
    try {
      zlib[fn](junk);
    } catch (err) {
      assert.strictEqual(typeof err.code, 'string');
      assert.strictEqual(typeof err.errno, 'number');
    }
  }
}

// Async and stream forms report the same error.
zlib.gunzip(Buffer.from('not gzip'), common.mustCall((err) => {
  assert.strictEqual(err.message, 'incorrect header check');
  assert.strictEqual(err.code, 'Z_DATA_ERROR');
  assert.strictEqual(err.errno, -3);
}));
const stream = zlib.createInflate();
stream.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'Z_DATA_ERROR');
  assert.strictEqual(stream._closed, true);
}));
stream.write(Buffer.from('not zlib'));

// Arguments.
assert.throws(() => zlib.gzipSync(5), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be of type string or an instance of Buffer, ' +
    'TypedArray, DataView, or ArrayBuffer. Received type number (5)',
});
assert.throws(() => zlib.gzip('x'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
assert.throws(() => zlib.gzipSync('a', { level: 10 }), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.level" is out of range. It must be >= -1 and <= 9. ' +
    'Received 10',
});
assert.throws(() => zlib.gzipSync('a', { level: '1' }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.level" property must be of type number. Received type string (\'1\')',
});
assert.throws(() => zlib.gzipSync('a', { level: Infinity }), {
  name: 'RangeError',
  message: 'The value of "options.level" is out of range. It must be a finite number. ' +
    'Received Infinity',
});
// NaN means the default.
assert.deepStrictEqual(zlib.gunzipSync(zlib.gzipSync('a', { level: NaN })), Buffer.from('a'));
assert.throws(() => zlib.gzipSync('a', { chunkSize: 10 }), {
  name: 'RangeError',
  message: 'The value of "options.chunkSize" is out of range. It must be >= 64. Received 10',
});
assert.throws(() => zlib.gzipSync('a', { windowBits: 8 }), {
  message: 'The value of "options.windowBits" is out of range. It must be >= 9 and <= 15. ' +
    'Received 8',
});
assert.throws(() => zlib.deflateSync('a', { memLevel: 0 }), {
  message: 'The value of "options.memLevel" is out of range. It must be >= 1 and <= 9. ' +
    'Received 0',
});
assert.throws(() => zlib.deflateSync('a', { strategy: 5 }), {
  message: 'The value of "options.strategy" is out of range. It must be >= 0 and <= 4. ' +
    'Received 5',
});
assert.throws(() => zlib.deflateSync('a', { flush: 6 }), {
  message: 'The value of "options.flush" is out of range. It must be >= 0 and <= 5. Received 6',
});
assert.throws(() => zlib.brotliCompressSync('a', { finishFlush: 4 }), {
  message: 'The value of "options.finishFlush" is out of range. It must be >= 0 and <= 3. ' +
    'Received 4',
});
// windowBits 8 works for raw deflate and zlib deflate.
assert.strictEqual(zlib.inflateRawSync(zlib.deflateRawSync('hello hello', { windowBits: 8 }))
  .toString(), 'hello hello');
assert.strictEqual(zlib.inflateSync(zlib.deflateSync('hello hello', { windowBits: 8 }))
  .toString(), 'hello hello');
// Writing a non-buffer to a stream.
assert.throws(() => zlib.createGzip().write(5), { code: 'ERR_INVALID_ARG_TYPE' });
