'use strict';
// util.inspect of arrays: holes, length limits, extra keys, column grouping.
require('../common');
const assert = require('node:assert');
const util = require('util');

assert.strictEqual(util.inspect([]), '[]');
assert.strictEqual(util.inspect([1, 'a', null]), "[ 1, 'a', null ]");

// Holes.
assert.strictEqual(util.inspect([1, , 3]), '[ 1, <1 empty item>, 3 ]');
assert.strictEqual(util.inspect(new Array(5)), '[ <5 empty items> ]');
const sparse = [1, , 3];
sparse.length = 6;
assert.strictEqual(util.inspect(sparse), '[ 1, <1 empty item>, 3, <3 empty items> ]');
const farHole = [];
farHole[150] = 1;
farHole[3] = 2;
assert.strictEqual(util.inspect(farHole), '[ <3 empty items>, 2, <146 empty items>, 1 ]');
assert.strictEqual(util.inspect(farHole, { maxArrayLength: 2 }),
                   '[ <3 empty items>, 2, ... 147 more items ]');

// More than maxArrayLength items.
const big = Array.from({ length: 101 }, () => 0);
assert.ok(util.inspect(big).endsWith('  ... 1 more item\n]'));
assert.strictEqual(util.inspect([1, 2, 3], { maxArrayLength: 2 }), '[ 1, 2, ... 1 more item ]');
assert.strictEqual(util.inspect([1, 2, 3], { maxArrayLength: 0 }), '[ ... 3 more items ]');
assert.strictEqual(util.inspect([1, 2, 3], { maxArrayLength: -1 }), '[ ... 3 more items ]');

// Extra properties follow the items.
const extra = [1, 2];
extra.foo = 'bar';
extra[Symbol('s')] = 1;
assert.strictEqual(util.inspect(extra), "[ 1, 2, foo: 'bar', [Symbol(s)]: 1 ]");
assert.strictEqual(util.inspect([1], { showHidden: true }), '[ 1, [length]: 1 ]');

// Subclasses and null prototypes show their class and length.
class MyArr extends Array {}
assert.strictEqual(util.inspect(new MyArr(1, 2)), 'MyArr(2) [ 1, 2 ]');
assert.strictEqual(util.inspect(new MyArr()), 'MyArr(0) []');
assert.strictEqual(util.inspect(Object.setPrototypeOf([1], null)),
                   '[Array(1): null prototype] [ 1 ]');

// Short entries are grouped into aligned columns; numbers align right.
assert.strictEqual(
  util.inspect(Array.from({ length: 26 }, (_, i) => i * 37 % 1000)),
  '[\n' +
  '    0,  37,  74, 111, 148, 185,\n' +
  '  222, 259, 296, 333, 370, 407,\n' +
  '  444, 481, 518, 555, 592, 629,\n' +
  '  666, 703, 740, 777, 814, 851,\n' +
  '  888, 925\n' +
  ']');
assert.strictEqual(
  util.inspect('the quick brown fox jumps over the lazy dog again and again'.split(' ')),
  '[\n' +
  "  'the',   'quick',\n" +
  "  'brown', 'fox',\n" +
  "  'jumps', 'over',\n" +
  "  'the',   'lazy',\n" +
  "  'dog',   'again',\n" +
  "  'and',   'again'\n" +
  ']');
const hundredTwenty = Array.from({ length: 120 }, (_, i) => i);
const out = util.inspect(hundredTwenty);
assert.strictEqual(out.split('\n')[1], '   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,');
assert.ok(out.endsWith('  96, 97, 98, 99,\n  ... 20 more items\n]'), out);

// Six items or fewer never group.
assert.strictEqual(util.inspect(['a', 'b', 'c', 'd', 'e', 'f']),
                   "[ 'a', 'b', 'c', 'd', 'e', 'f' ]");

// Nested arrays beyond depth 2.
assert.strictEqual(util.inspect([[[[[1]]]]]), '[ [ [ [Array] ] ] ]');
assert.strictEqual(util.inspect([[[[[1]]]]], { depth: 0 }), '[ [Array] ]');
assert.strictEqual(util.inspect([[[[[1]]]]], { depth: null }), '[\n  [\n    [ [ [ 1 ] ] ]\n  ]\n]');
