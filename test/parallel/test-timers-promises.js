'use strict';
// timers/promises: setTimeout and setImmediate resolve with the given value,
// and are the promisified forms of the callback functions.
const common = require('../common');
const assert = require('node:assert');
const timers = require('node:timers');
const timersPromises = require('node:timers/promises');
const util = require('node:util');

assert.strictEqual(timers.promises, timersPromises);
assert.strictEqual(util.promisify(setTimeout), timersPromises.setTimeout);
assert.strictEqual(util.promisify(setImmediate), timersPromises.setImmediate);
assert.deepStrictEqual(Object.keys(timersPromises),
                       ['setTimeout', 'setImmediate', 'setInterval', 'scheduler']);

(async () => {
  assert.strictEqual(await timersPromises.setTimeout(1, 'value'), 'value');
  assert.strictEqual(await timersPromises.setTimeout(), undefined);
  assert.strictEqual(await timersPromises.setImmediate('now'), 'now');
  // An unrefed timer does not keep the process alive: a refed one does here.
  const keepAlive = setTimeout(() => {}, 60000);
  // An unrefed timer resolves while a refed one keeps the loop alive.
  const [unrefed] = await Promise.all([
    timersPromises.setTimeout(1, 'unrefed', { ref: false }),
    timersPromises.setTimeout(10),
  ]);
  assert.strictEqual(unrefed, 'unrefed');
  clearTimeout(keepAlive);
  assert.strictEqual(await timersPromises.scheduler.wait(1), undefined);
  assert.strictEqual(await timersPromises.scheduler.yield(), undefined);

  const order = [];
  await Promise.all([
    timersPromises.setTimeout(5).then(() => order.push(5)),
    timersPromises.setTimeout(1).then(() => order.push(1)),
  ]);
  assert.deepStrictEqual(order, [1, 5]);
})().then(common.mustCall());
