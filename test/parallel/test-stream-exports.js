'use strict';
// The stream module's shape: the legacy Stream class, helpers, promises, default
// highWaterMarks, duplexPair and the Uint8Array helpers.
const common = require('../common');
const assert = require('assert');
const stream = require('stream');
const EventEmitter = require('events');

assert.strictEqual(typeof stream, 'function');
assert.strictEqual(stream.Stream, stream);
assert.strictEqual(require('node:stream'), stream);
assert.strictEqual(require('node:stream/promises'), stream.promises);
assert.deepStrictEqual(Object.keys(stream.promises), ['finished', 'pipeline']);
assert.ok(new stream() instanceof EventEmitter);
for (const name of ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough']) {
  assert.strictEqual(typeof stream[name], 'function', name);
  assert.strictEqual(stream[name].name, name);
}
assert.strictEqual(stream.Readable.prototype.pipe.length, 2);
assert.ok(new stream.PassThrough() instanceof stream);

{
  // The legacy Stream's pipe() moves data between plain emitters.
  const src = new stream();
  const got = [];
  const dest = new stream();
  dest.writable = true;
  dest.write = (chunk) => { got.push(chunk); return true; };
  dest.end = common.mustCall();
  src.pipe(dest);
  src.emit('data', 'a');
  src.emit('end');
  assert.deepStrictEqual(got, ['a']);
}

{
  // Default highWaterMarks and changing them.
  assert.strictEqual(stream.getDefaultHighWaterMark(false), 16384);
  assert.strictEqual(stream.getDefaultHighWaterMark(true), 16);
  stream.setDefaultHighWaterMark(false, 1024);
  assert.strictEqual(new stream.Readable().readableHighWaterMark, 1024);
  stream.setDefaultHighWaterMark(false, 16384);
  assert.throws(() => stream.setDefaultHighWaterMark(false, -1), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "value" is out of range. It must be >= 0 && <= 9007199254740991. Received -1',
  });
  assert.throws(() => new stream.Readable({ highWaterMark: -1 }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.highWaterMark' is invalid. Received -1",
  });
  assert.throws(() => new stream.Writable({ highWaterMark: 2.5 }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.highWaterMark' is invalid. Received 2.5",
  });
  assert.strictEqual(new stream.Duplex({ writableHighWaterMark: 7 }).writableHighWaterMark, 7);
}

{
  // Uint8Array helpers.
  const bytes = new Uint8Array([1, 2, 3, 4]).subarray(1, 3);
  assert.strictEqual(stream._isUint8Array(bytes), true);
  assert.strictEqual(stream._isUint8Array(Buffer.alloc(1)), true);
  assert.strictEqual(stream._isUint8Array(new Uint16Array(1)), false);
  assert.strictEqual(stream._isArrayBufferView(new DataView(new ArrayBuffer(1))), true);
  const buf = stream._uint8ArrayToBuffer(bytes);
  assert.ok(Buffer.isBuffer(buf));
  assert.deepStrictEqual([...buf], [2, 3]);
  assert.strictEqual(buf.buffer, bytes.buffer);
}

{
  // duplexPair(): what one side writes the other reads, and end() ends the other side.
  const [a, b] = stream.duplexPair();
  const got = [];
  b.on('data', (chunk) => got.push(chunk.toString()));
  b.on('end', common.mustCall(() => {
    assert.deepStrictEqual(got, ['ping']);
  }));
  a.write('ping');
  a.end();
  b.end();
  assert.ok(a instanceof stream.Duplex);
}

{
  // isReadable / isWritable / isDestroyed.
  const p = new stream.PassThrough();
  assert.strictEqual(stream.isReadable(p), true);
  assert.strictEqual(stream.isWritable(p), true);
  assert.strictEqual(stream.isDestroyed(p), false);
  p.destroy();
  assert.strictEqual(stream.isDestroyed(p), true);
  assert.strictEqual(stream.isWritable(p), false);
}
