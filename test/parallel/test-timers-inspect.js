'use strict';
// The shape of Timeout and Immediate objects as util.inspect shows them.
require('../common');
const assert = require('node:assert');
const util = require('node:util');

const t = setTimeout(() => {}, 10);
const text = util.inspect(t)
  .replace(/_idleStart: \d+/, '_idleStart: N')
  .replace(/\[Symbol\(asyncId\)\]: \d+/, '[Symbol(asyncId)]: N')
  .replace(/\[Symbol\(triggerId\)\]: \d+/, '[Symbol(triggerId)]: N');
assert.strictEqual(text, `Timeout {
  _idleTimeout: 10,
  _idlePrev: [TimersList],
  _idleNext: [TimersList],
  _idleStart: N,
  _onTimeout: [Function (anonymous)],
  _timerArgs: undefined,
  _repeat: null,
  _destroyed: false,
  [Symbol(refed)]: true,
  [Symbol(kHasPrimitive)]: false,
  [Symbol(asyncId)]: N,
  [Symbol(triggerId)]: N
}`);
clearTimeout(t);
assert.strictEqual(t._destroyed, true);
assert.strictEqual(t._idleTimeout, -1);

const interval = setInterval(() => {}, 7);
assert.strictEqual(interval._repeat, 7);
assert.strictEqual(interval.constructor.name, 'Timeout');
clearInterval(interval);

const i = setImmediate(() => {}, 'arg');
assert.strictEqual(util.inspect(i)
  .replace(/\]: \d+/g, ']: N'), `Immediate {
  _idleNext: null,
  _idlePrev: null,
  _onImmediate: [Function (anonymous)],
  _argv: [ 'arg' ],
  _destroyed: false,
  [Symbol(refed)]: true,
  [Symbol(asyncId)]: N,
  [Symbol(triggerId)]: N
}`);
clearImmediate(i);
assert.strictEqual(i._destroyed, true);
assert.strictEqual(i.hasRef(), false);
