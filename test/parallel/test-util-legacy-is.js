'use strict';
// The legacy util.is* checks.
require('../common');
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(util.isArray([]), true);
assert.strictEqual(util.isArray({ length: 0 }), false);
assert.strictEqual(util.isBoolean(false), true);
assert.strictEqual(util.isBoolean(Object(false)), false);
assert.strictEqual(util.isNull(null), true);
assert.strictEqual(util.isNull(undefined), false);
assert.strictEqual(util.isNullOrUndefined(undefined), true);
assert.strictEqual(util.isNullOrUndefined(0), false);
assert.strictEqual(util.isNumber(NaN), true);
assert.strictEqual(util.isNumber('1'), false);
assert.strictEqual(util.isString(''), true);
assert.strictEqual(util.isSymbol(Symbol()), true);
assert.strictEqual(util.isUndefined(undefined), true);
assert.strictEqual(util.isRegExp(/a/), true);
assert.strictEqual(util.isObject({}), true);
assert.strictEqual(util.isObject(null), false);
assert.strictEqual(util.isObject(() => {}), false);
assert.strictEqual(util.isDate(new Date()), true);
assert.strictEqual(util.isError(new Error()), true);
assert.strictEqual(util.isError(Object.create(Error.prototype)), true);
assert.strictEqual(util.isError({ name: 'Error', message: '' }), false);
assert.strictEqual(util.isFunction(class {}), true);
assert.strictEqual(util.isPrimitive(null), true);
assert.strictEqual(util.isPrimitive(1n), true);
assert.strictEqual(util.isPrimitive({}), false);
assert.strictEqual(util.isPrimitive(() => {}), false);

assert.deepStrictEqual(util._extend({ a: 1 }, { b: 2 }), { a: 1, b: 2 });
assert.deepStrictEqual(util._extend({ a: 1 }, null), { a: 1 });
