'use strict';
// performance.now, timeOrigin, toJSON, eventLoopUtilization and the global's descriptor.
const common = require('../common');
const assert = require('node:assert');
const { performance, Performance } = require('node:perf_hooks');

const desc = Object.getOwnPropertyDescriptor(globalThis, 'performance');
assert.strictEqual(typeof desc.get, 'function');
assert.strictEqual(desc.get.name, 'get performance');
assert.strictEqual(desc.set.name, 'set performance');
assert.strictEqual(desc.enumerable, true);
assert.strictEqual(desc.configurable, true);
assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, 'PerformanceMark').enumerable, false);

assert.ok(performance instanceof Performance);
assert.ok(performance instanceof EventTarget);
assert.throws(() => new Performance(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.strictEqual(Object.prototype.toString.call(performance), '[object Performance]');
assert.throws(() => performance.now.call({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "this" argument must be an instance of Performance. Received an instance of Object',
});

const t1 = performance.now();
const t2 = performance.now();
assert.strictEqual(typeof t1, 'number');
assert.ok(t1 > 0);
assert.ok(t2 >= t1);
// timeOrigin + now() is the wall clock (within a generous margin).
assert.ok(Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);

const json = performance.toJSON();
assert.deepStrictEqual(Object.keys(json), ['nodeTiming', 'timeOrigin', 'eventLoopUtilization']);
assert.strictEqual(json.timeOrigin, performance.timeOrigin);
assert.strictEqual(json.nodeTiming.name, 'node');
assert.strictEqual(json.nodeTiming.entryType, 'node');

// Before the loop starts, utilization is all zeros.
assert.deepStrictEqual(performance.eventLoopUtilization(), { idle: 0, active: 0, utilization: 0 });
assert.strictEqual(performance.nodeTiming.loopStart, -1);

setTimeout(common.mustCall(() => {
  const elu = performance.eventLoopUtilization();
  assert.deepStrictEqual(Object.keys(elu), ['idle', 'active', 'utilization']);
  assert.ok(elu.idle > 0, `idle ${elu.idle}`);  // the loop waited for this timer
  assert.ok(elu.active >= 0);
  assert.ok(elu.utilization > 0 && elu.utilization < 1);
  assert.ok(performance.nodeTiming.loopStart > 0);
  const delta = performance.eventLoopUtilization(elu);
  assert.ok(delta.idle >= 0 && delta.active >= 0);
  const diff = performance.eventLoopUtilization(elu, { idle: 0, active: 0 });
  assert.strictEqual(diff.idle, elu.idle);
  assert.strictEqual(diff.active, elu.active);
}), 50);

// The global can be replaced.
globalThis.performance = 42;
assert.strictEqual(globalThis.performance, 42);
