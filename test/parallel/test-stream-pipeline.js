'use strict';
// stream.pipeline() with a callback and stream/promises.pipeline(): streams, generators,
// errors, AbortSignal and end: false.
const common = require('../common');
const assert = require('assert');
const { pipeline, Readable, Writable, PassThrough, Transform } = require('stream');
const promises = require('stream/promises');
const { promisify } = require('util');

function collector(out) {
  return new Writable({
    write(chunk, encoding, callback) {
      out.push(chunk.toString());
      callback();
    },
  });
}

{
  // Data flows through every stream; the callback gets no error and the last stream.
  const out = [];
  const upper = new Transform({
    transform(chunk, encoding, callback) { callback(null, chunk.toString().toUpperCase()); },
  });
  const dest = collector(out);
  const ret = pipeline(Readable.from(['a', 'b']), upper, dest, common.mustCall((err, val) => {
    assert.strictEqual(err, undefined);
    assert.strictEqual(val, undefined);
    assert.deepStrictEqual(out, ['A', 'B']);
  }));
  assert.strictEqual(ret, dest);
}

{
  // An error in the middle destroys every stream and reaches the callback once.
  const src = new Readable({ read() {} });
  const middle = new Transform({
    transform(chunk, encoding, callback) { callback(new Error('middle failed')); },
  });
  const dest = new PassThrough();
  pipeline(src, middle, dest, common.mustCall((err) => {
    assert.strictEqual(err.message, 'middle failed');
    assert.strictEqual(src.destroyed, true);
    assert.strictEqual(middle.destroyed, true);
    assert.strictEqual(dest.destroyed, true);
  }));
  src.push('x');
}

{
  // A source destroyed early gives ERR_STREAM_PREMATURE_CLOSE.
  const src = new Readable({ read() {} });
  pipeline(src, new PassThrough(), common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_STREAM_PREMATURE_CLOSE');
    assert.strictEqual(err.message, 'Premature close');
  }));
  src.destroy();
}

{
  // Async generators as source, transform and destination; the last one's value is passed on.
  pipeline(
    async function* () {
      yield 'x';
      yield 'y';
    },
    async function* (source) {
      for await (const chunk of source) yield chunk + chunk;
    },
    async function(source) {
      let all = '';
      for await (const chunk of source) all += chunk;
      return all;
    },
    common.mustCall((err, value) => {
      assert.strictEqual(err, undefined);
      assert.strictEqual(value, 'xxyy');
    }),
  );
}

{
  // Argument checks.
  assert.throws(() => pipeline(), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "streams[stream.length - 1]" property must be of type function. Received undefined',
  });
  assert.throws(() => pipeline(new PassThrough(), new PassThrough()), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
  });
  assert.throws(() => pipeline(new PassThrough(), () => {}), {
    code: 'ERR_MISSING_ARGS',
    message: 'The "streams" argument must be specified',
  });
}

{
  // The promise form resolves when the last stream finishes.
  const out = [];
  promises.pipeline(Readable.from(['p', 'q']), collector(out)).then(common.mustCall((value) => {
    assert.strictEqual(value, undefined);
    assert.deepStrictEqual(out, ['p', 'q']);
  }));
}

{
  // The promise form rejects with the first error.
  const src = new Readable({
    read() { this.destroy(new Error('source broke')); },
  });
  assert.rejects(promises.pipeline(src, new PassThrough()), { message: 'source broke' })
    .then(common.mustCall());
}

{
  // An AbortSignal aborts the pipeline with an AbortError.
  const ac = new AbortController();
  const src = new Readable({ read() {} });
  const dest = new PassThrough();
  assert.rejects(promises.pipeline(src, dest, { signal: ac.signal }), {
    name: 'AbortError',
    code: 'ABORT_ERR',
    message: 'The operation was aborted',
  }).then(common.mustCall(() => {
    assert.strictEqual(src.destroyed, true);
    assert.strictEqual(dest.destroyed, true);
  }));
  ac.abort();
}

{
  // end: false keeps the destination open.
  const dest = new PassThrough();
  promises.pipeline(Readable.from(['k']), dest, { end: false }).then(common.mustCall(() => {
    assert.strictEqual(dest.writableEnded, false);
    assert.strictEqual(dest.read().toString(), 'k');
  }));
}

{
  // util.promisify(pipeline) is the promise form.
  assert.strictEqual(promisify(pipeline), promises.pipeline);
  assert.strictEqual(require('stream').promises, promises);
}
