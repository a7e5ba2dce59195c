'use strict';
// deepEqual / deepStrictEqual and their negations: results and the diff in
// the generated message.
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

// Loose vs strict.
assert.deepEqual({ a: 1 }, { a: '1' });
assert.deepEqual([0], [-0]);
assert.deepEqual(Object.create(null), {});
assert.notDeepStrictEqual({ a: 1 }, { a: '1' });
assert.notDeepStrictEqual([0], [-0]);
assert.notDeepStrictEqual(Object.create(null), {});
assert.deepStrictEqual([NaN], [NaN]);
assert.deepStrictEqual(new Set([{ a: 1 }, 2]), new Set([2, { a: 1 }]));
assert.deepStrictEqual(new Map([[{}, 'a'], [{}, 'b']]), new Map([[{}, 'b'], [{}, 'a']]));

{
  const err = failure(() => assert.deepStrictEqual({ a: [1, 2] }, { a: [1, 3] }));
  assert.strictEqual(err.message,
                     'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
                     '  {\n    a: [\n      1,\n+     2\n-     3\n    ]\n  }');
  assert.strictEqual(err.operator, 'deepStrictEqual');
  assert.strictEqual(err.generatedMessage, true);
}
// Extra lines on one side.
assert.strictEqual(failure(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 3, 4])).message,
                   'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
                   '  [\n    1,\n    2,\n    3,\n-   4\n  ]');
// Long runs of identical lines are collapsed (keys are sorted).
{
  const a = {};
  for (let i = 0; i < 30; i++) a[`k${i}`] = i;
  const b = { ...a, k15: 'x' };
  assert.strictEqual(failure(() => assert.deepStrictEqual(a, b)).message,
                     'Expected values to be strictly deep-equal:\n' +
                     '+ actual - expected ... Lines skipped\n\n' +
                     '  {\n    k0: 0,\n...\n    k13: 13,\n    k14: 14,\n' +
                     '+   k15: 15,\n-   k15: \'x\',\n    k16: 16,\n' +
                     '...\n    k8: 8,\n    k9: 9\n  }');
}
// Equal structure but different identity.
assert.strictEqual(failure(() => assert.deepStrictEqual({ a: Symbol() }, { a: Symbol() })).message,
                   'Values have same structure but are not reference-equal:\n\n' +
                   '{\n  a: Symbol()\n}\n');
// Short primitives.
assert.strictEqual(failure(() => assert.deepStrictEqual(1, '1')).message,
                   "Expected values to be strictly deep-equal:\n\n1 !== '1'\n");

// Loose messages.
assert.strictEqual(failure(() => assert.deepEqual({ a: 1 }, { a: 2 })).message,
                   'Expected values to be loosely deep-equal:\n\n{\n  a: 1\n}\n\n' +
                   'should loosely deep-equal\n\n{\n  a: 2\n}');
assert.strictEqual(failure(() => assert.notDeepEqual({ a: 1 }, { a: 1 })).message,
                   'Expected "actual" not to be loosely deep-equal to:\n\n{\n  a: 1\n}');
assert.strictEqual(failure(() => assert.notDeepEqual(1, '1')).message,
                   "Expected values not to be loosely deep-equal:\n\n1\n\n" +
                   "should not loosely deep-equal\n\n'1'");
assert.strictEqual(failure(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 })).message,
                   'Expected "actual" not to be strictly deep-equal to:\n\n{\n  a: 1\n}\n');
assert.strictEqual(failure(() => assert.notDeepStrictEqual(1, 1)).message,
                   'Expected "actual" not to be strictly deep-equal to: 1');

// Errors are compared without their stacks; the copies lose the stack.
{
  const err = failure(() => assert.deepStrictEqual(new Error('a'), new Error('b')));
  assert.strictEqual(err.message,
                     'Expected values to be strictly deep-equal:\n+ actual - expected\n\n' +
                     '+ [Error: a]\n- [Error: b]\n          ^');
  assert.strictEqual(Object.prototype.hasOwnProperty.call(err.actual, 'stack'), false);
  assert.strictEqual(err.actual.message, 'a');
}

// strict mode maps the loose names to the strict functions.
assert.strictEqual(assert.strict.deepEqual, assert.deepStrictEqual);
assert.strictEqual(failure(() => assert.strict.deepEqual([1], ['1'])).operator,
                   'deepStrictEqual');

for (const fn of [assert.deepEqual, assert.deepStrictEqual,
                  assert.notDeepEqual, assert.notDeepStrictEqual]) {
  assert.throws(() => fn({}), { code: 'ERR_MISSING_ARGS' });
}
