'use strict';
// Every scheduling function requires a function callback.
require('../common');
const assert = require('node:assert');
const timers = require('node:timers');

for (const name of ['setTimeout', 'setInterval', 'setImmediate']) {
  for (const [value, received] of [
    [undefined, 'Received undefined'],
    [null, 'Received null'],
    ['fn', "Received type string ('fn')"],
    [1, 'Received type number (1)'],
    [{}, 'Received an instance of Object'],
  ]) {
    assert.throws(() => timers[name](value), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: `The "callback" argument must be of type function. ${received}`,
    });
  }
  assert.strictEqual(timers[name], globalThis[name]);
}

// clearTimeout/clearInterval ignore what they do not know.
for (const value of [undefined, null, 1, 'x', {}, [], true]) {
  clearTimeout(value);
  clearInterval(value);
}
clearImmediate(undefined);
clearImmediate(null);

assert.deepStrictEqual(
  Object.keys(timers).slice(0, 6),
  ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'setInterval',
   'clearInterval']);
assert.strictEqual(timers.setTimeout.length, 5);
assert.strictEqual(timers.setInterval.length, 5);
assert.strictEqual(timers.setImmediate.length, 4);
