'use strict';
// util.deprecate: the first call emits a DeprecationWarning (once per code for
// the whole process), the wrapper keeps working as function and constructor.
const common = require('../common');
const assert = require('node:assert');
const util = require('node:util');

const warnings = [];
process.on('warning', (w) => warnings.push([w.name, w.message, w.code]));

const twice = util.deprecate((x) => x * 2, 'twice is old', 'DEP_TEST1');
const otherSameCode = util.deprecate(() => 'other', 'other is old', 'DEP_TEST1');
const noCode = util.deprecate(function() { return this; }, 'no code');

assert.strictEqual(twice(2), 4);
assert.strictEqual(twice(3), 6);
assert.strictEqual(otherSameCode(), 'other');
const self = {};
assert.strictEqual(noCode.call(self), self);
noCode();

class Base {
  constructor(v) { this.v = v; }
}
const DeprecatedBase = util.deprecate(Base, 'Base is old', 'DEP_TEST2');
const instance = new DeprecatedBase(5);
assert.strictEqual(instance.v, 5);
assert.ok(instance instanceof Base);
assert.ok(instance instanceof DeprecatedBase);
assert.strictEqual(DeprecatedBase.prototype, Base.prototype);
assert.strictEqual(Object.getPrototypeOf(DeprecatedBase), Base);

assert.throws(() => util.deprecate(() => {}, 'm', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "code" argument must be of type string. Received type number (1)',
});

setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(warnings, [
    ['DeprecationWarning', 'twice is old', 'DEP_TEST1'],
    ['DeprecationWarning', 'no code', undefined],
    ['DeprecationWarning', 'Base is old', 'DEP_TEST2'],
  ]);
}));
