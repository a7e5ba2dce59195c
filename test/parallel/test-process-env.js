'use strict';
// process.env: values are stored as strings, delete and `in` reach the real
// environment, and property definition is restricted to plain data properties.
require('../common');
const assert = require('node:assert');

const env = process.env;
assert.strictEqual(typeof env, 'object');
assert.strictEqual(typeof env.PATH, 'string');

// Every value is coerced to a string.
const cases = [
  [1, '1'],
  [1.5, '1.5'],
  [true, 'true'],
  [undefined, 'undefined'],
  [null, 'null'],
  [{}, '[object Object]'],
  [[1, 2], '1,2'],
  ['', ''],
  ['plain', 'plain'],
];
for (const [value, expected] of cases) {
  env.RT_TEST_VALUE = value;
  assert.strictEqual(env.RT_TEST_VALUE, expected);
}
assert.throws(() => { env.RT_TEST_VALUE = Symbol('s'); }, {
  name: 'TypeError',
  message: 'Cannot convert a Symbol value to a string',
});
// The failed assignment left the previous value.
assert.strictEqual(env.RT_TEST_VALUE, 'plain');

// An empty string is still a set variable.
env.RT_TEST_EMPTY = '';
assert.strictEqual('RT_TEST_EMPTY' in env, true);
assert.strictEqual(env.RT_TEST_EMPTY, '');

// Reading a symbol key gives undefined; writing one throws.
assert.strictEqual(env[Symbol('k')], undefined);
assert.throws(() => { env[Symbol('k')] = 'v'; }, { name: 'TypeError' });

// Names are case-sensitive on POSIX systems.
env.rt_test_lower = 'a';
assert.strictEqual(env.RT_TEST_LOWER, undefined);
assert.strictEqual(env.rt_test_lower, 'a');

// Set variables are own, enumerable, writable, configurable properties.
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(env, 'rt_test_lower'), {
  value: 'a', writable: true, enumerable: true, configurable: true,
});
assert.ok(Object.keys(env).includes('rt_test_lower'));
assert.ok(Object.prototype.hasOwnProperty.call(env, 'rt_test_lower'));
assert.strictEqual({ ...env }.rt_test_lower, 'a');
assert.strictEqual(JSON.parse(JSON.stringify(env)).rt_test_lower, 'a');

// delete removes the variable, and reports true even for a missing one.
assert.strictEqual(delete env.rt_test_lower, true);
assert.strictEqual('rt_test_lower' in env, false);
assert.strictEqual(env.rt_test_lower, undefined);
assert.ok(!Object.keys(env).includes('rt_test_lower'));
assert.strictEqual(delete env.RT_TEST_NEVER_SET, true);
assert.strictEqual('RT_TEST_NEVER_SET' in env, false);
assert.strictEqual(env.RT_TEST_NEVER_SET, undefined);

// Object.defineProperty accepts only configurable, writable, enumerable data.
assert.throws(() => Object.defineProperty(env, 'RT_TEST_DEFINED', { get() { return 'x'; } }), {
  code: 'ERR_INVALID_OBJECT_DEFINE_PROPERTY',
  name: 'TypeError',
  message: "'process.env' does not accept an accessor(getter/setter) descriptor",
});
assert.throws(() => Object.defineProperty(env, 'RT_TEST_DEFINED', { value: 'x' }), {
  code: 'ERR_INVALID_OBJECT_DEFINE_PROPERTY',
  name: 'TypeError',
  message: "'process.env' only accepts a configurable, writable, and enumerable data descriptor",
});
assert.strictEqual('RT_TEST_DEFINED' in env, false);
Object.defineProperty(env, 'RT_TEST_DEFINED', {
  value: 5, configurable: true, writable: true, enumerable: true,
});
assert.strictEqual(env.RT_TEST_DEFINED, '5');

delete env.RT_TEST_VALUE;
delete env.RT_TEST_EMPTY;
delete env.RT_TEST_DEFINED;
assert.strictEqual('RT_TEST_VALUE' in env, false);
