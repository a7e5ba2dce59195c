'use strict';
// The nextTick queue and the microtask queue are drained between two timer
// callbacks and between two immediate callbacks, not only after the last one.
const common = require('../common');
const assert = require('node:assert');

const order = [];
function schedule(name) {
  return () => {
    order.push(name);
    process.nextTick(() => order.push(`${name}:tick`));
    Promise.resolve().then(() => order.push(`${name}:micro`));
  };
}

// Same list (same duration) and different lists.
setTimeout(schedule('t1'), 1);
setTimeout(schedule('t2'), 1);
setTimeout(schedule('t3'), 2);

setTimeout(common.mustCall(() => {
  assert.deepStrictEqual(order, [
    't1', 't1:tick', 't1:micro',
    't2', 't2:tick', 't2:micro',
    't3', 't3:tick', 't3:micro',
  ]);
  order.length = 0;
  setImmediate(schedule('i1'));
  setImmediate(schedule('i2'));
  setImmediate(common.mustCall(() => {
    assert.deepStrictEqual(order, [
      'i1', 'i1:tick', 'i1:micro',
      'i2', 'i2:tick', 'i2:micro',
    ]);
  }));
}), 10);
