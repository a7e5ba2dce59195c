'use strict';
// The AssertionError class.
require('../common');
const assert = require('assert');
const util = require('util');

const { AssertionError } = assert;
{
  const err = new AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
  assert.ok(err instanceof Error);
  assert.strictEqual(err.name, 'AssertionError');
  assert.strictEqual(err.code, 'ERR_ASSERTION');
  assert.strictEqual(err.message, 'Expected values to be strictly equal:\n\n1 !== 2\n');
  assert.strictEqual(err.generatedMessage, true);
  assert.deepStrictEqual(Object.keys(err),
                         ['generatedMessage', 'code', 'actual', 'expected', 'operator']);
  assert.strictEqual(String(err),
                     'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n' +
                     '1 !== 2\n');
  assert.strictEqual(err.stack.split('\n')[0],
                     'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:');
}
{
  const err = new AssertionError({ message: 'm' });
  assert.strictEqual(err.message, 'm');
  assert.strictEqual(err.generatedMessage, false);
  assert.strictEqual(err.operator, undefined);
}
// Operators without a readable form print `actual op expected`.
assert.strictEqual(new AssertionError({ actual: 1, expected: 2, operator: '>' }).message, '1 > 2');
// Long values are cut.
{
  const err = new AssertionError({ actual: 'a'.repeat(600), expected: 'b', operator: 'deepEqual' });
  assert.strictEqual(err.message,
                     `Expected values to be loosely deep-equal:\n\n'${'a'.repeat(508)}...\n\n` +
                     "should loosely deep-equal\n\n'b'");
}
// Inspection shows actual and expected at depth 0 and cuts long strings.
{
  const err = new AssertionError({
    actual: 'line\n'.repeat(20), expected: { a: { b: 1 } }, operator: 'deepEqual',
  });
  const shown = util.inspect(err);
  assert.ok(shown.includes("actual: 'line\\n" + 'line\\n'.repeat(8) + "line\\n...'"));
  assert.ok(shown.includes('expected: [Object],'));
  assert.strictEqual(err.actual, 'line\n'.repeat(20));
}
assert.throws(() => new AssertionError(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (1)',
});
