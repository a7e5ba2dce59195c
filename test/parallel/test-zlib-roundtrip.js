'use strict';
// Every format round-trips through its sync, callback, promisified and stream forms,
// for empty, small, binary and multi-chunk inputs given as every accepted type.
const common = require('../common');
const assert = require('node:assert');
const zlib = require('node:zlib');
const { promisify } = require('node:util');

const pairs = [
  ['deflate', 'inflate', 'Deflate', 'Inflate'],
  ['gzip', 'gunzip', 'Gzip', 'Gunzip'],
  ['deflateRaw', 'inflateRaw', 'DeflateRaw', 'InflateRaw'],
  ['deflate', 'unzip', 'Deflate', 'Unzip'],
  ['gzip', 'unzip', 'Gzip', 'Unzip'],
  ['brotliCompress', 'brotliDecompress', 'BrotliCompress', 'BrotliDecompress'],
];

const binary = Buffer.alloc(300000);
for (let i = 0; i < binary.length; i++) binary[i] = (i * 31 + (i >> 7)) & 0xff;
const inputs = [
  Buffer.alloc(0),
  Buffer.from('x'),
  Buffer.from('hello zlib, '.repeat(1000)),
  binary,
];

for (const [compress, decompress] of pairs) {
  for (const input of inputs) {
    // Sync.
    const packed = zlib[compress + 'Sync'](input);
    assert.ok(Buffer.isBuffer(packed));
    assert.deepStrictEqual(zlib[decompress + 'Sync'](packed), input);

    // Callback, fed the other's output.
    zlib[compress](input, common.mustSucceed((packed2) => {
      assert.deepStrictEqual(zlib[decompress + 'Sync'](packed2), input);
      zlib[decompress](packed, common.mustSucceed((out) => {
        assert.deepStrictEqual(out, input);
      }));
    }));
  }

  // Every accepted input type: string, TypedArray, DataView, ArrayBuffer.
  const text = 'typed input ' + compress;
  const bytes = Buffer.from(text);
  const ab = new ArrayBuffer(bytes.length);
  new Uint8Array(ab).set(bytes);
  for (const input of [text, new Uint8Array(ab), new DataView(ab), ab,
    new Uint16Array(ab, 0, bytes.length >> 1)]) {
    const expected = input instanceof Uint16Array ? bytes.subarray(0, input.byteLength) : bytes;
    assert.deepStrictEqual(zlib[decompress + 'Sync'](zlib[compress + 'Sync'](input)), expected);
    zlib[compress](input, common.mustSucceed((packed) => {
      assert.deepStrictEqual(zlib[decompress + 'Sync'](packed), expected);
    }));
  }

  // Promisified.
  promisify(zlib[compress])(binary).then(common.mustCall((packed) => {
    return promisify(zlib[decompress])(packed);
  })).then(common.mustCall((out) => {
    assert.ok(out.equals(binary));
  }));
}

// Streams written in pieces of awkward sizes, read back whole.
for (const [, , Compress, Decompress] of pairs) {
  const c = new zlib[Compress]();
  const d = new zlib[Decompress]();
  const out = [];
  c.pipe(d);
  d.on('data', (chunk) => out.push(chunk));
  d.on('end', common.mustCall(() => {
    assert.ok(Buffer.concat(out).equals(binary));
    assert.strictEqual(c.bytesWritten, binary.length);
  }));
  for (let i = 0; i < binary.length; i += 7777) c.write(binary.subarray(i, i + 7777));
  c.end();
}

// The classes work without `new`, and the factories make the same classes.
assert.ok(zlib.Gzip() instanceof zlib.Gzip);
assert.ok(zlib.createGzip() instanceof zlib.Gzip);
assert.ok(zlib.createBrotliCompress() instanceof zlib.BrotliCompress);
assert.ok(zlib.createUnzip() instanceof require('node:stream').Transform);
