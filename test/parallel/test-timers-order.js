'use strict';
// Timers fire in expiry order; timers with equal expiry fire in creation
// order; `this` is the Timeout and extra arguments reach the callback.
const common = require('../common');
const assert = require('node:assert');

const order = [];

// Created in one synchronous run, so all of them share their start time.
setTimeout(() => order.push('a20'), 20);
setTimeout(() => order.push('b5'), 5);
setTimeout(() => order.push('c5'), 5);
setTimeout(() => order.push('d1'), 1);
setTimeout(() => order.push('e20'), 20);
setTimeout(() => order.push('f1'), 1);
setTimeout(() => order.push('g0'), 0);

const timeout = setTimeout(common.mustCall(function(a, b, c) {
  assert.strictEqual(this, timeout);
  assert.deepStrictEqual([a, b, c], ['x', 2, undefined]);
  assert.strictEqual(arguments.length, 2);
}), 2, 'x', 2);

setTimeout(common.mustCall(function() {
  assert.strictEqual(arguments.length, 0);
}), 3);

setTimeout(common.mustCall(() => {
  // 0 is coerced to 1, so g0 shares the 1ms list and comes after d1 and f1.
  assert.deepStrictEqual(order, ['d1', 'f1', 'g0', 'b5', 'c5', 'a20', 'e20']);
}), 40);
