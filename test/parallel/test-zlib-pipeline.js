'use strict';
// zlib streams in stream.pipeline: backpressure from a slow reader, small chunk
// sizes, bytesWritten, errors tearing the pipeline down, and stream/promises.
const common = require('../common');
const assert = require('node:assert');
const zlib = require('node:zlib');
const { pipeline, Readable, Writable, PassThrough } = require('node:stream');
const { pipeline: pipelinePromise } = require('node:stream/promises');

function source(total, size) {
  let sent = 0;
  return new Readable({
    read() {
      if (sent >= total) return this.push(null);
      const chunk = Buffer.alloc(Math.min(size, total - sent));
      for (let i = 0; i < chunk.length; i++) chunk[i] = (sent + i) % 251;
      sent += chunk.length;
      this.push(chunk);
    },
  });
}

function expectedBytes(total) {
  const out = Buffer.alloc(total);
  for (let i = 0; i < total; i++) out[i] = i % 251;
  return out;
}

// A slow sink with a small high-water mark forces the decompressor to wait.
{
  const total = 500000;
  const received = [];
  const gzip = zlib.createGzip({ level: 1 });
  const gunzip = zlib.createGunzip({ chunkSize: 256 });
  pipeline(
    source(total, 10000),
    gzip,
    gunzip,
    new Writable({
      highWaterMark: 512,
      write(chunk, encoding, cb) {
        assert.ok(chunk.length <= 256);
        received.push(chunk);
        setImmediate(cb);
      },
    }),
    common.mustSucceed(() => {
      assert.ok(Buffer.concat(received).equals(expectedBytes(total)));
      assert.strictEqual(gzip.bytesWritten, total);
      assert.ok(gunzip.bytesWritten > 0);
      assert.strictEqual(gzip._closed, true);
    }),
  );
}

// Corrupt data in the middle: the pipeline fails with the zlib error.
{
  const sink = new PassThrough();
  sink.resume();
  pipeline(
    Readable.from([Buffer.from('definitely not deflate data')]),
    zlib.createInflate(),
    sink,
    common.mustCall((err) => {
      assert.strictEqual(err.code, 'Z_DATA_ERROR');
      assert.strictEqual(err.errno, -3);
      assert.strictEqual(err.message, 'incorrect header check');
      assert.strictEqual(sink.destroyed, true);
    }),
  );
}

// stream/promises with Brotli both ways.
{
  const chunks = [];
  pipelinePromise(
    source(100000, 3000),
    zlib.createBrotliCompress(),
    zlib.createBrotliDecompress(),
    new Writable({ write(chunk, encoding, cb) { chunks.push(chunk); cb(); } }),
  ).then(common.mustCall(() => {
    assert.ok(Buffer.concat(chunks).equals(expectedBytes(100000)));
  }));
}

// Async iteration of a decompressor.
(async () => {
  const inflate = zlib.createInflateRaw();
  inflate.end(zlib.deflateRawSync('iterated '.repeat(5000)));
  let text = '';
  for await (const chunk of inflate) text += chunk;
  assert.strictEqual(text, 'iterated '.repeat(5000));
})().then(common.mustCall());

// Encoding options do not apply: the readable side gives Buffers.
{
  const gunzip = zlib.createGunzip({ encoding: 'utf8', objectMode: true });
  gunzip.on('data', common.mustCall((chunk) => assert.ok(Buffer.isBuffer(chunk))));
  gunzip.end(zlib.gzipSync('text'));
}
