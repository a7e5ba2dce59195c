'use strict';
// destroy(): the order of 'error' and 'close', _destroy callbacks, state flags, and what
// happens to writes and reads afterwards.
const common = require('../common');
const assert = require('assert');
const { Readable, Writable, Duplex, Transform, destroy, isErrored, isReadable, isDisturbed } =
  require('stream');

function record(stream, log) {
  for (const name of ['error', 'close', 'end', 'finish']) {
    stream.on(name, (arg) => log.push(arg instanceof Error ? `${name} ${arg.message}` : name));
  }
}

{
  // destroy(err): 'error' then 'close', both asynchronous.
  const log = [];
  const r = new Readable({ read() {} });
  record(r, log);
  r.destroy(new Error('kaboom'));
  assert.deepStrictEqual(log, []);
  assert.strictEqual(r.destroyed, true);
  assert.strictEqual(r.errored.message, 'kaboom');
  // isErrored() becomes true once 'error' has been emitted.
  assert.strictEqual(isErrored(r), false);
  process.nextTick(common.mustCall(() => {
    assert.deepStrictEqual(log, ['error kaboom', 'close']);
    assert.strictEqual(isErrored(r), true);
  }));
}

{
  // destroy() with no error: only 'close'.
  const log = [];
  const w = new Writable({ write(chunk, encoding, callback) { callback(); } });
  record(w, log);
  w.destroy();
  assert.strictEqual(w.writable, false);
  setImmediate(common.mustCall(() => {
    assert.deepStrictEqual(log, ['close']);
    assert.strictEqual(w.closed, true);
    assert.strictEqual(w.errored, null);
  }));
}

{
  // emitClose: false suppresses 'close'.
  const log = [];
  const r = new Readable({ emitClose: false, read() {} });
  record(r, log);
  r.destroy(new Error('quiet'));
  setImmediate(common.mustCall(() => {
    assert.deepStrictEqual(log, ['error quiet']);
  }));
}

{
  // _destroy sees the error and may replace it; the callback of destroy() is not an API.
  const log = [];
  const d = new Duplex({
    read() {},
    write(chunk, encoding, callback) { callback(); },
    destroy(err, callback) {
      log.push(`_destroy ${err && err.message}`);
      setImmediate(() => callback(new Error('replaced')));
    },
  });
  record(d, log);
  d.destroy(new Error('original'));
  d.on('close', common.mustCall(() => {
    assert.deepStrictEqual(log, ['_destroy original', 'error replaced', 'close']);
  }));
}

{
  // Only the first error is emitted; later destroy() calls do nothing.
  const log = [];
  const r = new Readable({ read() {} });
  record(r, log);
  r.destroy(new Error('first'));
  r.destroy(new Error('second'));
  r.on('close', common.mustCall(() => {
    assert.deepStrictEqual(log, ['error first', 'close']);
  }));
}

{
  // After destroy(), the write in progress completes normally, buffered writes fail with
  // ERR_STREAM_DESTROYED, and so do new writes; destroy() without an error emits none.
  const log = [];
  const w = new Writable({
    write(chunk, encoding, callback) { setImmediate(callback); },
  });
  w.on('error', common.mustNotCall());
  w.write('in flight', (err) => log.push(`in flight ${err}`));
  w.write('buffered', (err) => log.push(`buffered ${err.code} ${err.message}`));
  w.destroy();
  w.write('after', (err) => log.push(`after ${err.code}`));
  w.on('close', common.mustCall(() => {
    setImmediate(common.mustCall(() => {
      assert.deepStrictEqual(log, [
        'after ERR_STREAM_DESTROYED',
        'in flight null',
        'buffered ERR_STREAM_DESTROYED Cannot call write after a stream was destroyed',
      ]);
    }));
  }));
}

{
  // A destroyed readable no longer emits data; push() returns false.
  const r = new Readable({ read() {} });
  r.on('data', common.mustNotCall());
  r.destroy();
  assert.strictEqual(r.push('x'), false);
  assert.strictEqual(isReadable(r), false);
}

{
  // stream.destroy(stream, err) works on any stream.
  const t = new Transform({ transform(chunk, encoding, callback) { callback(null, chunk); } });
  t.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'from helper')));
  destroy(t, new Error('from helper'));
  assert.strictEqual(t.destroyed, true);
}

{
  // Errors during construct() destroy the stream.
  const log = [];
  const r = new Readable({
    construct(callback) { callback(new Error('cannot open')); },
    read: common.mustNotCall(),
  });
  record(r, log);
  r.on('close', common.mustCall(() => {
    assert.deepStrictEqual(log, ['error cannot open', 'close']);
  }));
}

{
  // isDisturbed: reading marks a stream as disturbed.
  const r = new Readable({ read() {} });
  assert.strictEqual(isDisturbed(r), false);
  r.push('x');
  r.read();
  assert.strictEqual(isDisturbed(r), true);
  assert.strictEqual(r.readableDidRead, true);
}

{
  // readableAborted: destroyed before 'end'.
  const r = new Readable({ read() {} });
  r.destroy();
  assert.strictEqual(r.readableAborted, true);
}

{
  // Symbol.asyncDispose destroys with an AbortError (emitted) and resolves once closed.
  const r = new Readable({ read() {} });
  r.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ABORT_ERR')));
  r[Symbol.asyncDispose]().then(common.mustCall((value) => {
    assert.strictEqual(value, null);
    assert.strictEqual(r.destroyed, true);
    assert.strictEqual(r.errored.name, 'AbortError');
  }));
  const w = new Writable({ write(chunk, encoding, callback) { callback(); } });
  w.on('error', common.mustCall((err) => assert.strictEqual(err.code, 'ABORT_ERR')));
  w[Symbol.asyncDispose]().then(common.mustCall(() => {
    assert.strictEqual(w.destroyed, true);
    assert.strictEqual(w.errored.name, 'AbortError');
  }));
}
