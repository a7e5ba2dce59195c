'use strict';
// timers/promises setInterval: an async iterator that yields the value once per
// tick, stops on break (clearing the interval) and rejects with an AbortError
// when its signal aborts.
const common = require('../common');
const assert = require('node:assert');
const { setInterval: every } = require('node:timers/promises');

(async () => {
  let count = 0;
  for await (const value of every(1, 'tick')) {
    assert.strictEqual(value, 'tick');
    if (++count === 3) break;
  }
  assert.strictEqual(count, 3);

  const ac = new AbortController();
  const iterator = every(1, 'x', { signal: ac.signal });
  assert.deepStrictEqual(await iterator.next(), { value: 'x', done: false });
  const next = iterator.next();
  ac.abort('stop');
  await assert.rejects(next, {
    name: 'AbortError',
    code: 'ABORT_ERR',
    cause: 'stop',
  });
  assert.deepStrictEqual(await iterator.next(), { value: undefined, done: true });

  // return() ends the iteration.
  const it2 = every(1, 'y');
  assert.deepStrictEqual(await it2.next(), { value: 'y', done: false });
  assert.deepStrictEqual(await it2.return(), { value: undefined, done: true });
})().then(common.mustCall());
