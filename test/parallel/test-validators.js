'use strict';
// The shared argument validators, seen through the public functions that use
// them: the code, the class and the exact message.
const common = require('../common');
const assert = require('assert');
const events = require('events');
const path = require('path');
const util = require('util');

// validateString
assert.throws(() => path.join('a', null), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "path" argument must be of type string. Received null',
});

// validateFunction
for (const fn of [util.promisify, util.callbackify]) {
  assert.throws(() => fn(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "original" argument must be of type function. Received type number (1)',
  });
}
assert.throws(() => setTimeout({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received an instance of Object',
});

// validateObject
for (const [value, text] of [[null, 'null'], [[], 'an instance of Array'],
                             ['x', "type string ('x')"]]) {
  assert.throws(() => new assert.AssertionError(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: `The "options" argument must be of type object. Received ${text}`,
  });
}

// validateUint32 (positive)
{
  const tracker = new assert.CallTracker();
  assert.throws(() => tracker.calls(() => {}, '1'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "expected" argument must be of type number. Received type string (\'1\')',
  });
  assert.throws(() => tracker.calls(() => {}, -1), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: 'The value of "expected" is out of range. It must be >= 1 && <= 4294967295. ' +
      'Received -1',
  });
  assert.throws(() => tracker.calls(() => {}, NaN), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "expected" is out of range. It must be an integer. Received NaN',
  });
  assert.strictEqual(typeof tracker.calls(() => {}, 4294967295), 'function');
}

// validateAbortSignal
assert.rejects(events.once(new events.EventEmitter(), 'x', { signal: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.signal" property must be an instance of AbortSignal. ' +
    'Received type number (1)',
}).then(common.mustCall());

// validateNumber with a minimum.
assert.throws(() => new events.EventEmitter().setMaxListeners(-1), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "setMaxListeners" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => new events.EventEmitter().setMaxListeners('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "setMaxListeners" argument must be of type number. Received type string (\'1\')',
});

// An instance check: the RegExp argument of assert.match.
assert.throws(() => assert.match('a', 'a'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "regexp" argument must be an instance of RegExp. Received type string (\'a\')',
});
