'use strict';
// Errors thrown by listeners do not stop the dispatch: each is rethrown on
// the next tick (process 'uncaughtException'). Rejections of async listeners
// and errors from handleEvent objects arrive after the synchronous ones.
const common = require('../common');
const assert = require('node:assert');

const order = [];
process.on('uncaughtException', common.mustCall((err) => {
  order.push(err.message);
}, 4));
process.on('exit', () => {
  assert.deepStrictEqual(order, ['sync', 'after dispatch', 'async', 'handleEvent']);
});

const et = new EventTarget();
const ran = [];
et.addEventListener('x', () => {
  ran.push(1);
  throw new Error('sync');
});
et.addEventListener('x', async () => {
  ran.push(2);
  throw new Error('async');
});
et.addEventListener('x', {
  handleEvent() {
    ran.push(3);
    throw new Error('handleEvent');
  },
});
et.addEventListener('x', () => ran.push(4));
assert.strictEqual(et.dispatchEvent(new Event('x')), true);
assert.deepStrictEqual(ran, [1, 2, 3, 4]);
process.nextTick(() => { throw new Error('after dispatch'); });
