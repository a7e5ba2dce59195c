'use strict';
// strictEqual / notStrictEqual / equal / notEqual: pass/fail rules and
// generated messages.
require('../common');
const assert = require('assert');

function failure(fn) {
  try {
    fn();
  } catch (err) {
    assert.strictEqual(err.name, 'AssertionError');
    assert.strictEqual(err.code, 'ERR_ASSERTION');
    return err;
  }
  assert.fail('did not throw');
}

// Passing cases.
assert.strictEqual(NaN, NaN);
assert.notStrictEqual(0, -0);
assert.equal(1, '1');
assert.equal(NaN, NaN);
assert.equal(null, undefined);
assert.notEqual(1, 2);

// strictEqual messages.
{
  const err = failure(() => assert.strictEqual(1, 2));
  assert.strictEqual(err.message, 'Expected values to be strictly equal:\n\n1 !== 2\n');
  assert.strictEqual(err.generatedMessage, true);
  assert.strictEqual(err.actual, 1);
  assert.strictEqual(err.expected, 2);
  assert.strictEqual(err.operator, 'strictEqual');
}
assert.strictEqual(failure(() => assert.strictEqual(0, -0)).message,
                   'Expected values to be strictly equal:\n+ actual - expected\n\n+ 0\n- -0');
assert.strictEqual(failure(() => assert.strictEqual('hello world foo', 'hello world bar')).message,
                   "Expected values to be strictly equal:\n+ actual - expected\n\n" +
                   "+ 'hello world foo'\n- 'hello world bar'\n               ^");
assert.strictEqual(failure(() => assert.strictEqual({ a: 1 }, { a: 1 })).message,
                   'Values have same structure but are not reference-equal:\n\n{\n  a: 1\n}\n');
assert.strictEqual(failure(() => assert.strictEqual([1, 2, 3], [1, 2, 4])).message,
                   'Expected "actual" to be reference-equal to "expected":\n' +
                   '+ actual - expected\n\n  [\n    1,\n    2,\n+   3\n-   4\n  ]');
assert.strictEqual(failure(() => assert.strictEqual('a\nb\nc', 'a\nb\nd')).message,
                   "Expected values to be strictly equal:\n+ actual - expected\n\n" +
                   "+ 'a\\nb\\nc'\n- 'a\\nb\\nd'\n         ^");
// A custom message replaces the header but keeps the comparison.
{
  const err = failure(() => assert.strictEqual(1, 2, 'custom'));
  assert.strictEqual(err.message, 'custom\n\n1 !== 2\n');
  assert.strictEqual(err.generatedMessage, false);
}
// An Error as the message is thrown instead.
{
  const own = new TypeError('own');
  assert.throws(() => assert.strictEqual(1, 2, own), (err) => err === own);
}

// notStrictEqual messages.
assert.strictEqual(failure(() => assert.notStrictEqual(1, 1)).message,
                   'Expected "actual" to be strictly unequal to: 1');
assert.strictEqual(failure(() => assert.notStrictEqual('abcdef', 'abcdef')).message,
                   'Expected "actual" to be strictly unequal to:\n\n\'abcdef\'');
{
  const obj = { a: 1 };
  assert.strictEqual(failure(() => assert.notStrictEqual(obj, obj)).message,
                     'Expected "actual" not to be reference-equal to "expected":\n\n{\n  a: 1\n}\n');
}

// Loose operators print `actual op expected`.
{
  const err = failure(() => assert.equal(1, 2));
  assert.strictEqual(err.message, '1 == 2');
  assert.strictEqual(err.operator, '==');
}
assert.strictEqual(failure(() => assert.notEqual(1, '1')).message, "1 != '1'");
assert.strictEqual(failure(() => assert.equal({ a: 1 }, { a: 1 })).message,
                   '{\n  a: 1\n} == {\n  a: 1\n}');
assert.strictEqual(failure(() => assert.equal('x', 'y', 'msg')).message, 'msg');

// Both arguments are required.
for (const fn of [assert.equal, assert.notEqual, assert.strictEqual, assert.notStrictEqual]) {
  assert.throws(() => fn(1), {
    code: 'ERR_MISSING_ARGS',
    message: 'The "actual" and "expected" arguments must be specified',
  });
}
