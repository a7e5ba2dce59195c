'use strict';
// AsyncLocalStorage follows promises, await, timers, immediates, nextTick, queueMicrotask.
const common = require('../common');
const assert = require('node:assert');
const { AsyncLocalStorage } = require('node:async_hooks');

const als = new AsyncLocalStorage();
const store = { id: 1 };
const check = (expected) => common.mustCall(() => assert.strictEqual(als.getStore(), expected));

assert.strictEqual(als.getStore(), undefined);
const result = als.run(store, (a, b) => {
  assert.strictEqual(als.getStore(), store);
  setTimeout(check(store), 1);
  const interval = setInterval(common.mustCall(() => {
    assert.strictEqual(als.getStore(), store);
    clearInterval(interval);
  }), 1);
  setImmediate(check(store));
  process.nextTick(check(store));
  queueMicrotask(check(store));
  Promise.resolve().then(check(store));
  (async () => {
    await null;
    assert.strictEqual(als.getStore(), store);
    await new Promise((resolve) => setTimeout(resolve, 2));
    assert.strictEqual(als.getStore(), store);
  })().then(common.mustCall());
  als.exit(check(undefined));
  return a + b;
}, 2, 3);
assert.strictEqual(result, 5);
assert.strictEqual(als.getStore(), undefined);
setTimeout(check(undefined), 1);
process.nextTick(check(undefined));

// Nested runs and two storages side by side.
const other = new AsyncLocalStorage();
als.run('outer', () => {
  other.run('x', () => {
    als.run('inner', () => {
      setTimeout(common.mustCall(() => {
        assert.strictEqual(als.getStore(), 'inner');
        assert.strictEqual(other.getStore(), 'x');
      }), 1);
    });
    assert.strictEqual(als.getStore(), 'outer');
  });
  assert.strictEqual(other.getStore(), undefined);
});

// A throwing callback still restores the previous store.
assert.throws(() => als.run('t', () => { throw new Error('x'); }), /x/);
assert.strictEqual(als.getStore(), undefined);
