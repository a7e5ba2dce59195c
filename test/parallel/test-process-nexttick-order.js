'use strict';
// The order in which nextTick callbacks, promise reactions, queueMicrotask
// callbacks, timers and immediates run, including work queued from each other.
const common = require('../common');
const assert = require('node:assert');

const order = [];
const log = (name) => order.push(name);

// Phase 1: from the main module. The tick queue drains before microtasks; ticks
// queued by a microtask wait until the microtask queue is empty.
process.nextTick(() => {
  log('tick 1');
  Promise.resolve().then(() => log('promise from tick'));
  process.nextTick(() => log('tick from tick'));
});
Promise.resolve().then(() => {
  log('promise 1');
  process.nextTick(() => log('tick from promise'));
  queueMicrotask(() => log('microtask from promise'));
});
queueMicrotask(() => log('microtask 1'));
process.nextTick((a, b) => log(`tick 2 ${a} ${b}`), 'x', 'y');
Promise.reject(new Error('handled')).catch(() => log('catch 1'));
log('sync');

// Phase 2: from a timer callback, setImmediate runs before a 0 ms timeout, and
// ticks and microtasks run between two callbacks of the same phase.
setTimeout(common.mustCall(() => {
  assert.deepStrictEqual(order, [
    'sync',
    'tick 1',
    'tick 2 x y',
    'tick from tick',
    'promise 1',
    'microtask 1',
    'catch 1',
    'promise from tick',
    'microtask from promise',
    'tick from promise',
  ]);
  order.length = 0;

  setTimeout(() => {
    log('timeout A');
    process.nextTick(() => log('tick after timeout A'));
    Promise.resolve().then(() => log('promise after timeout A'));
  }, 0);
  setTimeout(() => {
    log('timeout B');
    // An immediate queued by an immediate waits for the next loop iteration,
    // after the ones already queued.
    setImmediate(() => {
      log('immediate C');
      setImmediate(() => log('immediate from immediate C'));
    });
    setImmediate(() => log('immediate D'));
  }, 0);
  setImmediate(() => {
    log('immediate A');
    process.nextTick(() => log('tick after immediate A'));
    Promise.resolve().then(() => log('promise after immediate A'));
  });
  setImmediate(() => log('immediate B'));
  process.nextTick(() => log('tick in timer'));
}), 0);

process.on('exit', common.mustCall(() => {
  assert.deepStrictEqual(order, [
    'tick in timer',
    'immediate A',
    'tick after immediate A',
    'promise after immediate A',
    'immediate B',
    'timeout A',
    'tick after timeout A',
    'promise after timeout A',
    'timeout B',
    'immediate C',
    'immediate D',
    'immediate from immediate C',
  ]);
}));
