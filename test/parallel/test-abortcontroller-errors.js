'use strict';
// AbortController/AbortSignal receiver and argument errors.
require('../common');
const assert = require('node:assert');

assert.throws(() => new AbortSignal(), {
  code: 'ERR_ILLEGAL_CONSTRUCTOR', name: 'TypeError', message: 'Illegal constructor',
});
assert.throws(() => AbortController(), TypeError);

const invalidThis = {
  code: 'ERR_INVALID_THIS', name: 'TypeError', message: 'Value of "this" must be of type AbortSignal',
};
for (const name of ['aborted', 'reason']) {
  const { get } = Object.getOwnPropertyDescriptor(AbortSignal.prototype, name);
  assert.throws(() => get.call({}), invalidThis);
  assert.throws(() => get.call(new EventTarget()), invalidThis);
}
assert.throws(() => AbortSignal.prototype.throwIfAborted.call({}), invalidThis);

// The controller keeps its signal in a private field.
assert.throws(() => AbortController.prototype.abort.call({}), TypeError);
assert.throws(
  () => Object.getOwnPropertyDescriptor(AbortController.prototype, 'signal').get.call({}),
  TypeError);

assert.throws(() => AbortSignal.timeout('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "delay" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => AbortSignal.timeout(-1), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "delay" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
assert.throws(() => AbortSignal.timeout(1.5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => AbortSignal.timeout(2 ** 32), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => AbortSignal.any(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signals" argument must be an instance of Array. Received type number (1)',
});
assert.throws(() => AbortSignal.any([AbortSignal.abort(), {}]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signals[1]" argument must be an instance of AbortSignal. ' +
           'Received an instance of Object',
});
