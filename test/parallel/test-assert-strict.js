'use strict';
// assert.strict and node:assert/strict.
require('../common');
const assert = require('assert');
const strict = require('assert/strict');

assert.strictEqual(strict, assert.strict);
assert.strictEqual(strict.strict, strict);
assert.strictEqual(strict.equal, assert.strictEqual);
assert.strictEqual(strict.notEqual, assert.notStrictEqual);
assert.strictEqual(strict.deepEqual, assert.deepStrictEqual);
assert.strictEqual(strict.notDeepEqual, assert.notDeepStrictEqual);
assert.strictEqual(strict.throws, assert.throws);
assert.strictEqual(strict.AssertionError, assert.AssertionError);
assert.notStrictEqual(strict, assert);

assert.throws(() => strict.equal(1, '1'), {
  operator: 'strictEqual',
  message: "Expected values to be strictly equal:\n\n1 !== '1'\n",
});
assert.throws(() => strict(0), {
  operator: '==',
  message: 'The expression evaluated to a falsy value:\n\n  strict(0)\n',
});
