'use strict';
// stream.finished() and stream/promises.finished(): completion, errors, premature close,
// options and the cleanup function.
const common = require('../common');
const assert = require('assert');
const { finished, Readable, Writable, PassThrough } = require('stream');
const promises = require('stream/promises');
const { promisify } = require('util');

{
  // A readable that ends.
  const r = Readable.from(['a']);
  finished(r, common.mustCall((err) => {
    assert.strictEqual(err, undefined);
    assert.strictEqual(r.readableEnded, true);
  }));
  r.resume();
}

{
  // A writable that finishes.
  const w = new Writable({ write(chunk, encoding, callback) { callback(); } });
  finished(w, common.mustCall((err) => {
    assert.strictEqual(err, undefined);
    assert.strictEqual(w.writableFinished, true);
  }));
  w.end('x');
}

{
  // Destroying before the end is a premature close.
  const r = new Readable({ read() {} });
  finished(r, common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE');
    assert.strictEqual(err.name, 'Error');
  }));
  r.destroy();
}

{
  // The stream's error is passed on.
  const w = new PassThrough();
  finished(w, common.mustCall((err) => {
    assert.strictEqual(err.message, 'boom');
  }));
  w.destroy(new Error('boom'));
}

{
  // readable: false only waits for the writable side of a duplex.
  const d = new PassThrough();
  finished(d, { readable: false }, common.mustCall((err) => {
    assert.strictEqual(err, undefined);
    assert.strictEqual(d.readableEnded, false);
  }));
  d.end('data nobody reads');
}

{
  // A stream that already ended still calls back.
  const r = Readable.from([]);
  r.resume();
  r.on('close', common.mustCall(() => {
    finished(r, common.mustCall((err) => {
      assert.strictEqual(err, undefined);
    }));
  }));
}

{
  // The returned function removes the listeners.
  const r = new Readable({ read() {} });
  const before = r.listenerCount('close');
  const cleanup = finished(r, common.mustNotCall());
  assert.ok(r.listenerCount('close') > before);
  cleanup();
  assert.strictEqual(r.listenerCount('close'), before);
  r.destroy();
}

{
  // An AbortSignal ends the wait with an AbortError; the stream is left alone.
  const ac = new AbortController();
  const r = new Readable({ read() {} });
  finished(r, { signal: ac.signal }, common.mustCall((err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(r.destroyed, false);
  }));
  ac.abort();
}

{
  // Argument checks.
  assert.throws(() => finished(new PassThrough(), 'nope', () => {}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type string (\'nope\')',
  });
  assert.throws(() => finished(new PassThrough()), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "callback" argument must be of type function. Received undefined',
  });
  assert.throws(() => finished({}, () => {}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "stream" argument must be an instance of ReadableStream, WritableStream, or Stream. ' +
      'Received an instance of Object',
  });
}

{
  // The promise form.
  const r = Readable.from(['z']);
  promises.finished(r).then(common.mustCall((value) => {
    assert.strictEqual(value, undefined);
  }));
  r.resume();

  const bad = new PassThrough();
  assert.rejects(promises.finished(bad), { message: 'kaput' }).then(common.mustCall());
  bad.destroy(new Error('kaput'));

  assert.strictEqual(promisify(finished), promises.finished);
}
