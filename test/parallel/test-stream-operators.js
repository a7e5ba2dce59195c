'use strict';
// Readable operators: map, filter, forEach, toArray, some, every, find, reduce, drop, take,
// flatMap; concurrency, AbortSignal and argument errors.
const common = require('../common');
const assert = require('assert');
const { Readable } = require('stream');

(async () => {
  const from = (items) => Readable.from(items);

  assert.deepStrictEqual(await from([1, 2, 3]).map((x) => x * 10).toArray(), [10, 20, 30]);
  assert.deepStrictEqual(await from([1, 2, 3, 4]).filter((x) => x % 2 === 0).toArray(), [2, 4]);
  assert.deepStrictEqual(await from([1, 2, 3, 4, 5]).drop(2).take(2).toArray(), [3, 4]);
  assert.deepStrictEqual(await from([1, 2]).flatMap((x) => [x, x]).toArray(), [1, 1, 2, 2]);
  assert.strictEqual(await from([1, 2, 3]).reduce((a, b) => a + b, 0), 6);
  assert.strictEqual(await from([1, 2, 3]).reduce((a, b) => a + b), 6);
  assert.strictEqual(await from([1, 5, 9]).some((x) => x > 4), true);
  assert.strictEqual(await from([1, 5, 9]).every((x) => x > 4), false);
  assert.strictEqual(await from([1, 5, 9]).find((x) => x > 4), 5);
  assert.strictEqual(await from([1]).find((x) => x > 4), undefined);

  const seen = [];
  assert.strictEqual(await from(['a', 'b']).forEach((x) => { seen.push(x); }), undefined);
  assert.deepStrictEqual(seen, ['a', 'b']);

  // Async mapper functions are awaited and order is kept with concurrency > 1.
  const out = await from([30, 10, 20]).map(async (ms) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    return ms;
  }, { concurrency: 3 }).toArray();
  assert.deepStrictEqual(out, [30, 10, 20]);

  // Up to `concurrency` mapper calls run at the same time.
  let running = 0;
  let maxRunning = 0;
  await from([1, 2, 3, 4, 5, 6]).map(async (x) => {
    running++;
    maxRunning = Math.max(maxRunning, running);
    await new Promise((resolve) => setImmediate(resolve));
    running--;
    return x;
  }, { concurrency: 2 }).toArray();
  assert.strictEqual(maxRunning, 2);

  // The mapper gets an object with the operation's signal.
  await from([1]).map((x, options) => {
    assert.ok(options.signal instanceof AbortSignal);
    return x;
  }).toArray();

  // reduce on an empty stream without an initial value.
  await assert.rejects(from([]).reduce((a, b) => a + b), {
    name: 'TypeError',
    code: 'ERR_MISSING_ARGS',
    message: 'Reduce of an empty stream requires an initial value',
  });

  // A throwing mapper rejects and destroys the source.
  const src = from([1, 2, 3]);
  await assert.rejects(src.map(() => { throw new Error('mapper'); }).toArray(), { message: 'mapper' });

  // An aborted signal rejects with an AbortError.
  const ac = new AbortController();
  ac.abort();
  await assert.rejects(from([1]).toArray({ signal: ac.signal }), { name: 'AbortError' });

  // Argument validation.
  assert.throws(() => from([1]).map(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "fn" argument must be of type function or an instance of AsyncFunction. ' +
      'Received type number (5)',
  });
  assert.throws(() => from([1]).map((x) => x, { concurrency: 0 }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.concurrency" is out of range. It must be >= 1 && <= 9007199254740991. Received 0',
  });
  assert.throws(() => from([1]).take(-1), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "number" is out of range. It must be >= 0. Received -1',
  });
  assert.throws(() => from([1]).map((x) => x, 'no'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type string (\'no\')',
  });

  // Operators are plain methods: not enumerable, not constructors.
  const desc = Object.getOwnPropertyDescriptor(Readable.prototype, 'map');
  assert.strictEqual(desc.enumerable, false);
  assert.strictEqual(Readable.prototype.map.name, 'map');
  assert.throws(() => new Readable.prototype.map(), {
    code: 'ERR_ILLEGAL_CONSTRUCTOR',
    message: 'Illegal constructor',
  });
  // Stream-returning operators give Readables.
  assert.ok(from([1]).filter(() => true) instanceof Readable);
})().then(common.mustCall());
