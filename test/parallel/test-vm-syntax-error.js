'use strict';
require('../common');
const assert = require('node:assert');
const vm = require('node:vm');

function firstLines(fn, count) {
  try {
    fn();
  } catch (err) {
    return err.stack.split('\n').slice(0, count);
  }
  assert.fail('did not throw');
}

assert.deepStrictEqual(firstLines(() => new vm.Script('var x = ;', { filename: 'a.js' }), 5),
                       ['a.js:1', 'var x = ;', '        ^', '', 'SyntaxError: Unexpected token \';\'']);
assert.deepStrictEqual(firstLines(() => vm.compileFunction('return +;', [], { filename: 'd.js' }), 5),
                       ['d.js:1', 'return +;', '        ^', '', 'SyntaxError: Unexpected token \';\'']);
assert.deepStrictEqual(
  firstLines(() => vm.runInNewContext('\nnull.x', {}, { filename: 'c.js' }), 6),
  ['c.js:2', 'null.x', '     ^', '', 'TypeError: Cannot read properties of null (reading \'x\')',
   '    at c.js:2:6']);
assert.deepStrictEqual(
  firstLines(() => vm.runInThisContext('throw new Error("boom")', { filename: 'b.js' }), 6),
  ['b.js:1', 'throw new Error("boom")', '^', '', 'Error: boom', '    at b.js:1:7']);
