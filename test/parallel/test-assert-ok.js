'use strict';
// assert.ok / assert(): failure messages quote the source of the failing call.
require('../common');
const assert = require('assert');

function message(fn) {
  try {
    fn();
  } catch (err) {
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    assert.strictEqual(err.operator, '==');
    assert.strictEqual(err.expected, true);
    return [err.message, err.generatedMessage];
  }
  assert.fail('did not throw');
}

assert.ok(true);
assert(1);
assert.strict.ok('x');

assert.deepStrictEqual(message(() => assert.ok(false)),
                       ['The expression evaluated to a falsy value:\n\n  assert.ok(false)\n', true]);
assert.deepStrictEqual(message(() => assert(0)),
                       ['The expression evaluated to a falsy value:\n\n  assert(0)\n', true]);
assert.deepStrictEqual(message(() => assert.ok(typeof 123 === 'string')),
                       ['The expression evaluated to a falsy value:\n\n  ' +
                        "assert.ok(typeof 123 === 'string')\n", true]);
assert.deepStrictEqual(message(() => assert.ok([1, 2].includes(3) &&
      true)),
                       ['The expression evaluated to a falsy value:\n\n  ' +
                        'assert.ok([1, 2].includes(3) &&\n  true)\n', true]);
assert.deepStrictEqual(message(() => assert.strict(null)),
                       ['The expression evaluated to a falsy value:\n\n  assert.strict(null)\n',
                        true]);
assert.deepStrictEqual(message(() => assert.ok()),
                       ['No value argument passed to `assert.ok()`', true]);
assert.deepStrictEqual(message(() => assert.ok(false, 'custom')), ['custom', false]);

// An Error as the message is thrown as is.
const own = new RangeError('own');
assert.throws(() => assert.ok(false, own), (err) => err === own);

// The module itself is assert.ok.
assert.strictEqual(assert, assert.ok);
