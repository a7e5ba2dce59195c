'use strict';
// stream.compose(), readable.compose(), Duplex.from() and stream.addAbortSignal().
const common = require('../common');
const assert = require('assert');
const { compose, addAbortSignal, Readable, Writable, Transform, PassThrough, Duplex } =
  require('stream');

function upper() {
  return new Transform({
    transform(chunk, encoding, callback) { callback(null, chunk.toString().toUpperCase()); },
  });
}

(async () => {
  // compose() of streams and async generators makes one Duplex.
  const composed = compose(upper(), async function* (source) {
    for await (const chunk of source) yield `<${chunk}>`;
  });
  assert.ok(composed instanceof Duplex);
  composed.end('abc');
  const out = [];
  for await (const chunk of composed) out.push(chunk.toString());
  assert.deepStrictEqual(out, ['<ABC>']);

  // readable.compose() pipes the readable into the composed stream.
  const viaMethod = await Readable.from(['x', 'y']).compose(upper()).toArray();
  assert.strictEqual(viaMethod.join(''), 'XY');

  // An error in a composed stream destroys the whole.
  const broken = compose(new PassThrough(), new Transform({
    transform(chunk, encoding, callback) { callback(new Error('inner')); },
  }));
  const errored = new Promise((resolve) => broken.on('error', resolve));
  broken.write('x');
  assert.strictEqual((await errored).message, 'inner');

  // Argument checks.
  assert.throws(() => compose(), {
    code: 'ERR_MISSING_ARGS',
    message: 'The "streams" argument must be specified',
  });

  // Duplex.from() of an async generator function.
  const dup = Duplex.from(async function* (source) {
    for await (const chunk of source) yield chunk.toString().length;
  });
  dup.end('four');
  const lengths = [];
  for await (const n of dup) lengths.push(n);
  assert.deepStrictEqual(lengths, [4]);

  // addAbortSignal: aborting destroys the stream with an AbortError.
  const ac = new AbortController();
  const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
  const rError = new Promise((resolve) => r.on('error', resolve));
  ac.abort();
  const err = await rError;
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 'ABORT_ERR');
  assert.strictEqual(err.message, 'The operation was aborted');
  assert.strictEqual(r.destroyed, true);

  // An already aborted signal destroys at once; the reason is the cause.
  const done = new AbortController();
  done.abort('why');
  const w = addAbortSignal(done.signal, new Writable({ write() {} }));
  assert.strictEqual(w.destroyed, true);
  const wErr = await new Promise((resolve) => w.on('error', resolve));
  assert.strictEqual(wErr.cause, 'why');

  // The signal option of the constructors does the same.
  const ac2 = new AbortController();
  const viaOption = new Readable({ read() {}, signal: ac2.signal });
  const optError = new Promise((resolve) => viaOption.on('error', resolve));
  ac2.abort();
  assert.strictEqual((await optError).name, 'AbortError');

  assert.throws(() => addAbortSignal('nope', new PassThrough()), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "signal" argument must be an instance of AbortSignal. Received type string (\'nope\')',
  });
  assert.throws(() => addAbortSignal(new AbortController().signal, {}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "stream" argument must be an instance of ReadableStream, WritableStream, or Stream. ' +
      'Received an instance of Object',
  });
})().then(common.mustCall());
