'use strict';
// Immediates run in creation order; those created while immediates are being
// processed wait for the next loop iteration, after that iteration's timers.
const common = require('../common');
const assert = require('node:assert');

const order = [];

setTimeout(common.mustCall(() => {
  setImmediate(common.mustCall(() => {
    order.push('i1');
    setImmediate(common.mustCall(() => {
      order.push('i1-child');
      assert.deepStrictEqual(order, ['i1', 'i2', 'i3', 'i1-child']);
    }));
  }));
  setImmediate(() => order.push('i2'));
  setImmediate(() => order.push('i3'));
}), 1);

// An immediate cleared by an earlier one from a nextTick still does not run.
setTimeout(common.mustCall(() => {
  let victim;
  setImmediate(common.mustCall(() => {
    process.nextTick(() => clearImmediate(victim));
  }));
  victim = setImmediate(common.mustNotCall());
  setImmediate(common.mustCall());
}), 20);
