'use strict';
// assert.throws / assert.doesNotThrow with each kind of expectation.
require('../common');
const assert = require('assert');

function failure(fn) {
  try {
    fn();
  } catch (err) {
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    return err;
  }
  assert.fail('did not throw');
}
const thrower = (err) => () => { throw err; };

// Passing checks.
assert.throws(thrower(new TypeError('x')), TypeError);
assert.throws(thrower(new TypeError('x')), Error);
assert.throws(thrower(new TypeError('bad x')), /bad/);
assert.throws(thrower(new TypeError('x')), { name: 'TypeError', message: 'x' });
assert.throws(thrower(new TypeError('x1')), { message: /x\d/ });
assert.throws(thrower(new TypeError('x')), (err) => err instanceof TypeError);
assert.throws(thrower(new TypeError('x')), new TypeError('x'));
assert.throws(thrower(new TypeError('x')));

// Missing exceptions.
{
  const err = failure(() => assert.throws(() => {}));
  assert.strictEqual(err.message, 'Missing expected exception.');
  assert.strictEqual(err.operator, 'throws');
  assert.strictEqual(err.actual, undefined);
}
assert.strictEqual(failure(() => assert.throws(() => {}, TypeError)).message,
                   'Missing expected exception (TypeError).');
assert.strictEqual(failure(() => assert.throws(() => {}, 'the message')).message,
                   'Missing expected exception: the message');
assert.strictEqual(failure(() => assert.throws(() => {}, { name: 'X' }, 'm')).message,
                   'Missing expected exception (X): m');

// Wrong class.
assert.strictEqual(failure(() => assert.throws(thrower(new TypeError('x')), RangeError)).message,
                   'The error is expected to be an instance of "RangeError". Received "TypeError"' +
                   '\n\nError message:\n\nx');
assert.strictEqual(failure(() => assert.throws(thrower(5), TypeError)).message,
                   'The error is expected to be an instance of "TypeError". Received "5"');
// RegExp that does not match.
assert.strictEqual(failure(() => assert.throws(thrower(new Error('x')), /y/)).message,
                   "The input did not match the regular expression /y/. Input:\n\n'Error: x'\n");
// Validation function returning something else than true.
assert.strictEqual(failure(() => assert.throws(thrower(new Error('x')), function check() {
  return 1;
})).message, 'The "check" validation function is expected to return "true". Received 1' +
  '\n\nCaught error:\n\nError: x');
// Validation object mismatch shows a diff of the compared keys.
{
  const err = failure(() => assert.throws(thrower(new Error('x')), { message: 'y' }));
  assert.strictEqual(err.message,
                     'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
                     "  Comparison {\n+   message: 'x'\n-   message: 'y'\n  }");
  assert.strictEqual(err.operator, 'throws');
  assert.strictEqual(err.actual.message, 'x');
  assert.deepStrictEqual(err.expected, { message: 'y' });
}
assert.strictEqual(
  failure(() => assert.throws(thrower(new Error('x')), { message: 'y' }, 'custom')).message,
  'custom');
// A thrown primitive checked against an object.
assert.strictEqual(failure(() => assert.throws(thrower('str'), { message: 'x' })).message,
                   'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
                   "+ 'str'\n- {\n-   message: 'x'\n- }");

// Invalid arguments.
assert.throws(() => assert.throws('notfn'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fn" argument must be of type function. Received type string (\'notfn\')',
});
assert.throws(() => assert.throws(thrower(new Error('x')), 'x', 'y'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "error" argument must be of type function or an instance of Error, ' +
    'RegExp, or Object. Received type string (\'x\')',
});
assert.throws(() => assert.throws(thrower('x'), 'x'), {
  code: 'ERR_AMBIGUOUS_ARGUMENT',
  message: 'The "error/message" argument is ambiguous. The error "x" is identical to the message.',
});

// doesNotThrow.
assert.doesNotThrow(() => {});
{
  const err = failure(() => assert.doesNotThrow(thrower(new Error('x'))));
  assert.strictEqual(err.message, 'Got unwanted exception.\nActual message: "x"');
  assert.strictEqual(err.operator, 'doesNotThrow');
}
assert.strictEqual(failure(() => assert.doesNotThrow(thrower(new Error('x')), 'msg')).message,
                   'Got unwanted exception: msg\nActual message: "x"');
assert.strictEqual(
  failure(() => assert.doesNotThrow(thrower(new TypeError('x')), TypeError, 'm')).message,
  'Got unwanted exception: m\nActual message: "x"');
// A non-matching error is rethrown as is.
{
  const err = new TypeError('x');
  assert.throws(() => assert.doesNotThrow(thrower(err), RangeError), (e) => e === err);
}
assert.throws(() => assert.doesNotThrow(thrower(new Error('x')), 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "expected" argument must be of type function or an instance of RegExp. ' +
    'Received type number (5)',
});
