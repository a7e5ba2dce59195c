'use strict';
// Node's error objects: shape, printing and message formats, observed
// through public APIs.
require('../common');
const assert = require('assert');
const path = require('path');
const util = require('util');

// Shape of a coded error.
{
  let err;
  try {
    path.join(1);
  } catch (e) {
    err = e;
  }
  assert.ok(err instanceof TypeError);
  assert.strictEqual(err.constructor, TypeError);
  assert.strictEqual(err.name, 'TypeError');
  assert.strictEqual(err.code, 'ERR_INVALID_ARG_TYPE');
  assert.deepStrictEqual(Object.keys(err), ['code']);
  assert.strictEqual(Object.prototype.hasOwnProperty.call(err, 'name'), false);
  assert.strictEqual(Object.prototype.propertyIsEnumerable.call(err, 'message'), false);
  const message = 'The "path" argument must be of type string. Received type number (1)';
  assert.strictEqual(err.message, message);
  assert.strictEqual(String(err), `TypeError [ERR_INVALID_ARG_TYPE]: ${message}`);
  assert.strictEqual(err.stack.split('\n')[0], `TypeError [ERR_INVALID_ARG_TYPE]: ${message}`);
  // The stack starts at the public function, not inside the validators.
  assert.doesNotMatch(err.stack, /validators/);
  assert.match(util.inspect(err), /^TypeError \[ERR_INVALID_ARG_TYPE\]: The "path"/);
  assert.match(util.inspect(err), /\{\n {2}code: 'ERR_INVALID_ARG_TYPE'\n\}$/);
}

// "Received ..." for each kind of value.
{
  class Foo {}
  const received = [
    [1, 'type number (1)'],
    [-0, 'type number (-0)'],
    [NaN, 'type number (NaN)'],
    [true, 'type boolean (true)'],
    [10n, 'type bigint (10n)'],
    [Symbol('s'), 'type symbol (Symbol(s))'],
    [null, 'null'],
    [undefined, 'undefined'],
    [{}, 'an instance of Object'],
    [[], 'an instance of Array'],
    [new Foo(), 'an instance of Foo'],
    [Object.create(null), '[Object: null prototype] {}'],
    [function f() {}, 'function f'],
    [() => {}, 'function '],
  ];
  for (const [value, text] of received) {
    assert.throws(() => path.basename(value), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: `The "path" argument must be of type string. Received ${text}`,
    });
  }
  const strings = [
    ['abc', "type string ('abc')"],
    ["it's", 'type string ("it\'s")'],
    ['a'.repeat(30), `type string ('${'a'.repeat(25)}...')`],
  ];
  for (const [value, text] of strings) {
    assert.throws(() => setTimeout(value), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: `The "callback" argument must be of type function. Received ${text}`,
    });
  }
}

// Lists of expected types.
assert.throws(() => assert.throws(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fn" argument must be of type function. Received type number (1)',
});
assert.rejects(assert.rejects(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "promiseFn" argument must be of type function or an instance of ' +
    'Promise. Received type number (1)',
}).then(() => {});
assert.throws(() => assert.throws(() => { throw new Error(); }, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "error" argument must be of type function or an instance of Error, ' +
    'RegExp, or Object. Received type number (1)',
});

// ERR_OUT_OF_RANGE writes large integers with separators.
{
  const tracker = new assert.CallTracker();
  assert.throws(() => tracker.calls(() => {}, 2 ** 33), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
    message: 'The value of "expected" is out of range. It must be >= 1 && <= 4294967295. ' +
      'Received 8_589_934_592',
  });
  assert.throws(() => tracker.calls(() => {}, 0), {
    message: 'The value of "expected" is out of range. It must be >= 1 && <= 4294967295. ' +
      'Received 0',
  });
  assert.throws(() => tracker.calls(() => {}, 1.5), {
    message: 'The value of "expected" is out of range. It must be an integer. Received 1.5',
  });
}

// Other codes.
assert.throws(() => assert.strictEqual(), {
  code: 'ERR_MISSING_ARGS',
  name: 'TypeError',
  message: 'The "actual" and "expected" arguments must be specified',
});
assert.throws(() => assert.throws(() => { throw new Error('x'); }, {}), {
  code: 'ERR_INVALID_ARG_VALUE',
  name: 'TypeError',
  message: "The argument 'error' may not be an empty object. Received {}",
});
assert.throws(() => assert.throws(() => { throw new Error('foo'); }, 'foo'), {
  code: 'ERR_AMBIGUOUS_ARGUMENT',
  name: 'TypeError',
  message: 'The "error/message" argument is ambiguous. ' +
    'The error message "foo" is identical to the message.',
});
assert.rejects(assert.rejects(() => 5), {
  code: 'ERR_INVALID_RETURN_VALUE',
  name: 'TypeError',
  message: 'Expected instance of Promise to be returned from the "promiseFn" function ' +
    'but got type number (5).',
}).then(() => {});
{
  const EventEmitter = require('events');
  assert.throws(() => new EventEmitter().emit('error', 'boom'), {
    code: 'ERR_UNHANDLED_ERROR',
    name: 'Error',
    message: "Unhandled error. ('boom')",
  });
}
