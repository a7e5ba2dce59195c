'use strict';
// util.inspect options: defaultOptions, colors/styles tables, showHidden,
// and argument validation.
require('../common');
const assert = require('node:assert');
const util = require('util');

assert.deepStrictEqual(util.inspect.defaultOptions, {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

// Changing the defaults changes later calls.
const saved = { ...util.inspect.defaultOptions };
util.inspect.defaultOptions = { depth: 0 };
assert.strictEqual(util.inspect({ a: { b: 1 } }), '{ a: [Object] }');
util.inspect.defaultOptions.depth = 1;
assert.strictEqual(util.inspect({ a: { b: { c: 1 } } }), '{ a: { b: [Object] } }');
util.inspect.defaultOptions = saved;
assert.strictEqual(util.inspect({ a: { b: { c: { d: 1 } } } }), '{ a: { b: { c: [Object] } } }');
assert.throws(() => { util.inspect.defaultOptions = null; }, {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
});
assert.throws(() => { util.inspect.defaultOptions = 'x'; }, { code: 'ERR_INVALID_ARG_TYPE' });

// Colours and styles.
assert.deepStrictEqual(util.inspect.colors.red, [31, 39]);
assert.deepStrictEqual(util.inspect.colors.bgWhiteBright, [107, 49]);
assert.deepStrictEqual(util.inspect.colors.grey, [90, 39]);
assert.strictEqual(Object.keys(util.inspect.colors).includes('grey'), false);
assert.strictEqual(Object.getPrototypeOf(util.inspect.colors), null);
assert.strictEqual(util.inspect.styles.number, 'yellow');
assert.strictEqual(util.inspect.styles.regexp, 'red');
assert.strictEqual(util.inspect.styles.special, 'cyan');
// Styles can be changed.
const savedNumber = util.inspect.styles.number;
util.inspect.styles.number = 'red';
assert.strictEqual(util.inspect(1, { colors: true }), '\u001b[31m1\u001b[39m');
util.inspect.styles.number = 'nonexistent';
assert.strictEqual(util.inspect(1, { colors: true }), '1');
util.inspect.styles.number = savedNumber;
assert.strictEqual(util.inspect({ a: [1, 'x', null] }, { colors: true }),
                   "{ a: [ \u001b[33m1\u001b[39m, \u001b[32m'x'\u001b[39m, \u001b[1mnull\u001b[22m ] }");

// A custom stylize function.
assert.strictEqual(util.inspect([1, 'a'], { stylize: (s, type) => `<${type}:${s}>` }),
                   "[ <number:1>, <string:'a'> ]");

// showHidden, via the options object or the legacy boolean.
assert.strictEqual(util.inspect([1], true), '[ 1, [length]: 1 ]');
assert.strictEqual(util.inspect(Object.defineProperty({}, 'x', { value: 1 }), { showHidden: true }),
                   '{ [x]: 1 }');

// compact: false puts each property on its own line.
assert.strictEqual(util.inspect({ a: [1, 2], b: new Map([[1, 2]]) }, { compact: false }),
                   '{\n  a: [\n    1,\n    2\n  ],\n  b: Map(1) {\n    1 => 2\n  }\n}');
// breakLength
assert.strictEqual(util.inspect({ a: 1, b: 2 }, { breakLength: 30 }), '{ a: 1, b: 2 }');
assert.strictEqual(util.inspect({ aaa: 1, bbb: 2 }, { breakLength: 3 }), '{\n  aaa: 1,\n  bbb: 2\n}');
