'use strict';
// Writable: highWaterMark, write() return value, 'drain', cork/uncork with _writev,
// _final and the order of 'finish' and 'close'.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

{
  // write() returns false once the buffered length reaches highWaterMark; 'drain' follows.
  const pending = [];
  const w = new Writable({
    highWaterMark: 5,
    write(chunk, encoding, callback) {
      pending.push(callback);
    },
  });
  assert.strictEqual(w.writableHighWaterMark, 5);
  assert.strictEqual(w.write('abc'), true);
  assert.strictEqual(w.writableLength, 3);
  assert.strictEqual(w.write('de'), false);
  assert.strictEqual(w.writableLength, 5);
  assert.strictEqual(w.writableNeedDrain, true);
  w.on('drain', common.mustCall(() => {
    assert.strictEqual(w.writableLength, 0);
    assert.strictEqual(w.writableNeedDrain, false);
  }));
  // Only one _write runs at a time; the rest waits in the buffer.
  assert.strictEqual(pending.length, 1);
  pending.shift()();
  assert.strictEqual(pending.length, 1);
  pending.shift()();
}

{
  // Strings are converted to Buffers with the given encoding unless decodeStrings is false.
  const got = [];
  const w = new Writable({
    write(chunk, encoding, callback) {
      got.push([Buffer.isBuffer(chunk), encoding, chunk.toString()]);
      callback();
    },
  });
  w.write('68690a', 'hex');
  w.write(new Uint8Array([0x41]));
  w.end();
  w.on('finish', common.mustCall(() => {
    assert.deepStrictEqual(got, [[true, 'buffer', 'hi\n'], [true, 'buffer', 'A']]);
  }));

  const raw = [];
  const w2 = new Writable({
    decodeStrings: false,
    write(chunk, encoding, callback) {
      raw.push([typeof chunk, encoding]);
      callback();
    },
  });
  w2.setDefaultEncoding('latin1');
  w2.write('x');
  w2.end('y', 'hex');
  w2.on('finish', common.mustCall(() => {
    assert.deepStrictEqual(raw, [['string', 'latin1'], ['string', 'hex']]);
  }));
}

{
  // cork() buffers writes; uncork() hands them to _writev in one call.
  const calls = [];
  const w = new Writable({
    write(chunk, encoding, callback) {
      calls.push(['write', chunk.toString()]);
      callback();
    },
    writev(chunks, callback) {
      calls.push(['writev', chunks.map(({ chunk }) => chunk.toString())]);
      callback();
    },
  });
  w.cork();
  w.write('a');
  w.write('b');
  w.write('c');
  assert.strictEqual(w.writableCorked, 1);
  assert.deepStrictEqual(calls, []);
  w.uncork();
  assert.deepStrictEqual(calls, [['writev', ['a', 'b', 'c']]]);
  w.write('d');
  assert.deepStrictEqual(calls[1], ['write', 'd']);
}

{
  // Events on end(): _final runs first, then 'prefinish', the end() callback,
  // 'finish' and 'close'.
  const log = [];
  const w = new Writable({
    write(chunk, encoding, callback) {
      log.push('write');
      callback();
    },
    final(callback) {
      log.push('final');
      setImmediate(callback);
    },
  });
  w.on('prefinish', () => log.push('prefinish'));
  w.on('finish', () => log.push('finish'));
  w.on('close', common.mustCall(() => {
    log.push('close');
    assert.deepStrictEqual(log, ['write', 'final', 'prefinish', 'end cb', 'finish', 'close']);
    assert.strictEqual(w.writableFinished, true);
    assert.strictEqual(w.destroyed, true);
  }));
  w.end('x', common.mustCall(() => log.push('end cb')));
  assert.strictEqual(w.writableEnded, true);
  assert.strictEqual(w.writableFinished, false);
}

{
  // Writing after end() fails with ERR_STREAM_WRITE_AFTER_END.
  const w = new Writable({ write(chunk, encoding, callback) { callback(); } });
  w.end();
  w.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
    assert.strictEqual(err.message, 'write after end');
  }));
  w.write('late', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_WRITE_AFTER_END');
  }));
}

{
  // An error passed to the write callback destroys the stream; later writes fail.
  const w = new Writable({
    write(chunk, encoding, callback) {
      callback(new Error('disk full'));
    },
  });
  const log = [];
  w.on('error', (err) => log.push(`error ${err.message}`));
  w.on('close', common.mustCall(() => {
    log.push('close');
    assert.deepStrictEqual(log, ['write cb disk full', 'error disk full', 'close']);
    assert.strictEqual(w.errored.message, 'disk full');
  }));
  w.write('x', (err) => log.push(`write cb ${err.message}`));
}

{
  // Invalid chunks throw synchronously.
  const w = new Writable({ write() {} });
  assert.throws(() => w.write(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "chunk" argument must be of type string or an instance of Buffer, ' +
      'TypedArray, or DataView. Received type number (1)',
  });
  assert.throws(() => w.write(null), { code: 'ERR_STREAM_NULL_VALUES', message: 'May not write null values to stream' });
  assert.throws(() => w.setDefaultEncoding('nope'), { code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: nope' });
}

{
  // The default _write is not implemented: write() throws.
  const w = new Writable();
  assert.throws(() => w.write('x'), {
    code: 'ERR_METHOD_NOT_IMPLEMENTED',
    message: 'The _write() method is not implemented',
  });
}
