'use strict';
// flush(): what was written comes out at once and is decodable on its own (sync
// marker 00 00 ff ff); the `flush` option flushes every write; flush after end
// calls back once the stream is done.
const common = require('../common');
const assert = require('node:assert');
const zlib = require('node:zlib');

const { Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_PARTIAL_FLUSH, BROTLI_OPERATION_FLUSH } = zlib.constants;

function collect(stream) {
  const chunks = [];
  stream.on('data', (chunk) => chunks.push(chunk));
  return () => Buffer.concat(chunks);
}

// Default flush kind (Z_FULL_FLUSH) with only a callback.
{
  const deflate = zlib.createDeflate();
  const output = collect(deflate);
  deflate.write('first part ');
  deflate.flush(common.mustCall(() => {
    const sofar = output();
    assert.deepStrictEqual([...sofar.subarray(-4)], [0x00, 0x00, 0xff, 0xff]);
    assert.strictEqual(zlib.inflateSync(sofar, { finishFlush: Z_SYNC_FLUSH }).toString(),
                       'first part ');
    deflate.write('second part');
    deflate.flush(Z_SYNC_FLUSH, common.mustCall(() => {
      assert.strictEqual(zlib.inflateSync(output(), { finishFlush: Z_SYNC_FLUSH }).toString(),
                         'first part second part');
      deflate.end();
    }));
  }));
  deflate.on('end', common.mustCall(() => {
    assert.strictEqual(zlib.inflateSync(output()).toString(), 'first part second part');
    // After the end: the callback still runs.
    deflate.flush(common.mustCall());
  }));
}

// Flushing a stream that has not had input yet still gives a decodable prefix.
{
  const gzip = zlib.createGzip();
  const output = collect(gzip);
  gzip.flush(Z_PARTIAL_FLUSH, common.mustCall(() => {
    assert.ok(output().length > 10);
    assert.strictEqual(zlib.gunzipSync(output(), { finishFlush: Z_SYNC_FLUSH }).length, 0);
    gzip.end();
  }));
}

// { flush: Z_SYNC_FLUSH }: every write is flushed.
{
  const gzip = zlib.createGzip({ flush: Z_SYNC_FLUSH });
  const output = collect(gzip);
  gzip.write('abc', common.mustCall(() => {
    assert.strictEqual(zlib.gunzipSync(output(), { finishFlush: Z_SYNC_FLUSH }).toString(),
                       'abc');
    gzip.end('def');
  }));
  gzip.on('end', common.mustCall(() => {
    assert.strictEqual(zlib.gunzipSync(output()).toString(), 'abcdef');
  }));
}

// flush() on an ended stream waits for 'end'.
{
  const deflate = zlib.createDeflateRaw();
  collect(deflate);
  deflate.end('data');
  let ended = false;
  deflate.on('end', () => { ended = true; });
  deflate.flush(Z_FULL_FLUSH, common.mustCall(() => assert.ok(ended)));
}

// Brotli flush.
{
  const brotli = zlib.createBrotliCompress();
  const output = collect(brotli);
  brotli.write('brotli text ');
  brotli.flush(common.mustCall(() => {
    assert.strictEqual(
      zlib.brotliDecompressSync(output(), { finishFlush: BROTLI_OPERATION_FLUSH }).toString(),
      'brotli text ');
    brotli.end('and more');
  }));
  brotli.on('end', common.mustCall(() => {
    assert.strictEqual(zlib.brotliDecompressSync(output()).toString(), 'brotli text and more');
  }));
}

// A flush between writes on the decompression side changes nothing in the output.
{
  const packed = zlib.gzipSync('x'.repeat(5000));
  const gunzip = zlib.createGunzip();
  const output = collect(gunzip);
  gunzip.write(packed.subarray(0, 10));
  gunzip.flush(common.mustCall(() => gunzip.end(packed.subarray(10))));
  gunzip.on('end', common.mustCall(() => assert.strictEqual(output().toString(), 'x'.repeat(5000))));
}
