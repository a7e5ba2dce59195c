'use strict';
// Readable: paused and flowing modes, 'readable'/'data'/'end' order, setEncoding.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

{
  // A fresh stream is neither paused nor flowing; 'data' starts the flow.
  const log = [];
  const r = new Readable({ read() {} });
  assert.strictEqual(r.readableFlowing, null);
  assert.strictEqual(r.isPaused(), false);
  r.push('a');
  r.push('b');
  r.push(null);
  r.on('data', (chunk) => log.push(`data ${chunk}`));
  assert.strictEqual(r.readableFlowing, true);
  r.on('end', common.mustCall(() => {
    log.push('end');
    assert.deepStrictEqual(log, ['data a', 'data b', 'end']);
    assert.strictEqual(r.readableEnded, true);
  }));
  r.on('close', common.mustCall(() => {
    assert.strictEqual(r.destroyed, true);
  }));
}

{
  // pause() and resume() switch modes; chunks wait in the buffer while paused.
  const r = new Readable({ read() {} });
  const seen = [];
  r.on('data', (chunk) => seen.push(chunk.toString()));
  r.pause();
  assert.strictEqual(r.isPaused(), true);
  assert.strictEqual(r.readableFlowing, false);
  r.push('x');
  r.push('y');
  setImmediate(common.mustCall(() => {
    assert.deepStrictEqual(seen, []);
    assert.strictEqual(r.readableLength, 2);
    r.resume();
    setImmediate(common.mustCall(() => {
      assert.deepStrictEqual(seen, ['x', 'y']);
      assert.strictEqual(r.readableLength, 0);
    }));
  }));
}

{
  // 'readable' puts the stream in paused mode: read() pulls the buffered data.
  const r = new Readable({ read() {} });
  r.push('hello ');
  r.push('world');
  r.push(null);
  const reads = [];
  r.on('readable', common.mustCall(() => {
    let chunk;
    while ((chunk = r.read()) !== null) reads.push(chunk.toString());
  }, 2));
  r.on('end', common.mustCall(() => {
    assert.deepStrictEqual(reads, ['hello world']);
  }));
  assert.strictEqual(r.readableFlowing, false);
}

{
  // read(n) returns exactly n bytes or null while fewer are buffered.
  const r = new Readable({ read() {} });
  r.push(Buffer.from('abcdef'));
  assert.strictEqual(r.read(10), null);
  assert.strictEqual(r.read(4).toString(), 'abcd');
  assert.strictEqual(r.readableLength, 2);
  assert.strictEqual(r.read(0), null);
}

{
  // _read is called until the buffer reaches highWaterMark.
  let calls = 0;
  const r = new Readable({
    highWaterMark: 3,
    read() {
      calls++;
      this.push(String(calls));
    },
  });
  r.read(0);
  assert.strictEqual(calls, 1);
  setImmediate(common.mustCall(() => {
    assert.strictEqual(r.readableLength, 3);
    assert.strictEqual(calls, 3);
  }));
}

{
  // push() reports whether more data is wanted.
  const r = new Readable({ highWaterMark: 2, read() {} });
  assert.strictEqual(r.push('a'), true);
  assert.strictEqual(r.push('b'), false);
  assert.strictEqual(r.readableHighWaterMark, 2);
}

{
  // Object mode counts chunks, not bytes.
  const r = new Readable({ objectMode: true, read() {} });
  assert.strictEqual(r.readableObjectMode, true);
  assert.strictEqual(r.readableHighWaterMark, 16);
  r.push({ a: 1 });
  r.push(2);
  assert.strictEqual(r.readableLength, 2);
  assert.deepStrictEqual(r.read(), { a: 1 });
}

{
  // setEncoding() decodes multi-byte characters split across chunks.
  const r = new Readable({ read() {} });
  r.setEncoding('utf8');
  assert.strictEqual(r.readableEncoding, 'utf8');
  const euro = Buffer.from('€');
  r.push(euro.subarray(0, 1));
  r.push(euro.subarray(1));
  r.push(Buffer.from('!'));
  r.push(null);
  const chunks = [];
  r.on('data', (chunk) => chunks.push(chunk));
  r.on('end', common.mustCall(() => {
    assert.deepStrictEqual(chunks, ['€', '!']);
  }));
}

{
  // unshift() puts data back at the front of the buffer.
  const r = new Readable({ read() {} });
  r.push('world');
  r.unshift('hello ');
  assert.strictEqual(r.read().toString(), 'hello world');
}

{
  // Pushing after EOF is an error.
  const r = new Readable({ read() {} });
  r.push(null);
  r.push('late');
  r.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_PUSH_AFTER_EOF');
    assert.strictEqual(err.message, 'stream.push() after EOF');
  }));
}

{
  // Invalid chunk types are reported as errors.
  const r = new Readable({ read() {} });
  r.push(5);
  r.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
    assert.strictEqual(err.message, 'The "chunk" argument must be of type string or an instance of ' +
                       'Buffer, TypedArray, or DataView. Received type number (5)');
  }));
}

{
  // Typed arrays of any kind become Buffers of the same bytes.
  const r = new Readable({ read() {} });
  r.push(new Uint16Array([0x6261]));
  const chunk = r.read();
  assert.ok(Buffer.isBuffer(chunk));
  assert.strictEqual(chunk.toString(), 'ab');
}

{
  // The default _read throws ERR_METHOD_NOT_IMPLEMENTED through 'error'.
  const r = new Readable();
  r.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_METHOD_NOT_IMPLEMENTED');
    assert.strictEqual(err.message, 'The _read() method is not implemented');
  }));
  r.read();
}
