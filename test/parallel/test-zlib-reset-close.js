'use strict';
// close(), reset(), _closed and the handle's lifetime: closing during a write on
// the thread pool, writes after close, reuse after reset.
const common = require('../common');
const assert = require('node:assert');
const zlib = require('node:zlib');

// close(cb) destroys the stream and calls back once it is finished.
{
  const gzip = zlib.createGzip();
  assert.strictEqual(gzip._closed, false);
  gzip.close(common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE');
    assert.strictEqual(gzip._closed, true);
    assert.strictEqual(gzip.destroyed, true);
  }));
  assert.strictEqual(gzip._closed, true);
  // reset() on a closed stream is an internal assertion.
  assert.throws(() => gzip.reset(), { code: 'ERR_INTERNAL_ASSERTION' });
}

// close() while a write is on the thread pool: the write's callback still comes
// back and nothing more is emitted.
{
  const deflate = zlib.createDeflate();
  deflate.on('data', common.mustNotCall());
  deflate.write(Buffer.alloc(1 << 20, 'x'));
  deflate.close(common.mustCall());
  deflate.on('close', common.mustCall());
}

// Destroying with an error.
{
  const inflate = zlib.createInflate();
  inflate.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'boom')));
  inflate.destroy(new Error('boom'));
  assert.strictEqual(inflate._closed, true);
}

// reset() starts a new stream in the same object.
{
  const deflate = zlib.createDeflateRaw();
  const chunks = [];
  deflate.on('data', (chunk) => chunks.push(chunk));
  deflate.write('discarded state ');
  deflate.flush(common.mustCall(() => {
    const before = Buffer.concat(chunks);
    chunks.length = 0;
    deflate.reset();
    deflate.end('fresh');
    deflate.on('end', common.mustCall(() => {
      assert.strictEqual(zlib.inflateRawSync(before, {
        finishFlush: zlib.constants.Z_SYNC_FLUSH,
      }).toString(), 'discarded state ');
      assert.strictEqual(zlib.inflateRawSync(Buffer.concat(chunks)).toString(), 'fresh');
    }));
  }));
}

// A gunzip reset after an error-free member accepts a new member.
{
  const gunzip = zlib.createGunzip();
  assert.strictEqual(gunzip.reset(), undefined);
  const out = [];
  gunzip.on('data', (chunk) => out.push(chunk));
  gunzip.on('end', common.mustCall(() => assert.strictEqual(Buffer.concat(out).toString(), 'ok')));
  gunzip.end(zlib.gzipSync('ok'));
}

// Brotli reset.
{
  const brotli = zlib.createBrotliCompress();
  brotli.reset();
  const out = [];
  brotli.on('data', (chunk) => out.push(chunk));
  brotli.on('end', common.mustCall(() => {
    assert.strictEqual(zlib.brotliDecompressSync(Buffer.concat(out)).toString(), 'brotli');
  }));
  brotli.end('brotli');
}

// The one-shot forms close their engine.
{
  const { engine } = zlib.gzipSync('x', { info: true });
  assert.strictEqual(engine._closed, true);
  assert.strictEqual(engine.bytesWritten, 1);
  zlib.inflate(zlib.deflateSync('abc'), { info: true }, common.mustSucceed(({ buffer, engine }) => {
    assert.strictEqual(buffer.toString(), 'abc');
    assert.ok(engine instanceof zlib.Inflate);
    assert.strictEqual(engine._closed, true);
  }));
}

// Many streams at once share the thread pool.
{
  let done = 0;
  for (let i = 0; i < 50; i++) {
    const input = Buffer.alloc(20000 + i, i);
    zlib.gzip(input, common.mustSucceed((packed) => {
      zlib.gunzip(packed, common.mustSucceed((out) => {
        assert.ok(out.equals(input));
        done++;
      }));
    }));
  }
  process.on('exit', () => assert.strictEqual(done, 50));
}
