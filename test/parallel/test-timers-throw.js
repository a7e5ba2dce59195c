'use strict';
// A throwing timer or immediate callback goes to 'uncaughtException'; the
// timers and immediates that were due with it still run afterwards.
const common = require('../common');
const assert = require('node:assert');

const order = [];
const errors = [];
process.on('uncaughtException', common.mustCall((err) => {
  errors.push(err.message);
}, 2));

setTimeout(() => order.push('t1'), 1);
setTimeout(() => {
  order.push('t2');
  throw new Error('timer boom');
}, 1);
setTimeout(() => order.push('t3'), 1);
setTimeout(() => order.push('t4'), 2);

setTimeout(common.mustCall(() => {
  setImmediate(() => order.push('i1'));
  setImmediate(() => {
    order.push('i2');
    throw new Error('immediate boom');
  });
  setImmediate(() => order.push('i3'));
}), 10);

process.on('exit', common.mustCall(() => {
  assert.deepStrictEqual(order, ['t1', 't2', 't3', 't4', 'i1', 'i2', 'i3']);
  assert.deepStrictEqual(errors, ['timer boom', 'immediate boom']);
}));
