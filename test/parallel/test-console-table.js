'use strict';
// console.table: Node's box drawing for arrays, objects, Maps, Sets and iterators.
require('../common');
const assert = require('node:assert');
const { Console } = require('console');

const out = {
  chunks: [],
  write(chunk) {
    this.chunks.push(chunk);
    return true;
  },
  listenerCount() { return 0; },
  once() {},
  removeListener() {},
};
const c = new Console(out);
function table(...args) {
  out.chunks.length = 0;
  c.table(...args);
  return out.chunks.join('');
}

assert.strictEqual(table([{ a: 1, b: 'x' }, { a: 22, c: [1, 2, 3, 4] }, 3]),
                   '┌─────────┬────┬─────┬──────────────────────────────┬────────┐\n' +
                   '│ (index) │ a  │ b   │ c                            │ Values │\n' +
                   '├─────────┼────┼─────┼──────────────────────────────┼────────┤\n' +
                   "│ 0       │ 1  │ 'x' │                              │        │\n" +
                   '│ 1       │ 22 │     │ [ 1, 2, 3, ... 1 more item ] │        │\n' +
                   '│ 2       │    │     │                              │ 3      │\n' +
                   '└─────────┴────┴─────┴──────────────────────────────┴────────┘\n');

assert.strictEqual(table({ r1: { c: 1 }, r2: { c: 22222 } }, ['c', 'd']),
                   '┌─────────┬───────┬───┐\n' +
                   '│ (index) │ c     │ d │\n' +
                   '├─────────┼───────┼───┤\n' +
                   '│ r1      │ 1     │   │\n' +
                   '│ r2      │ 22222 │   │\n' +
                   '└─────────┴───────┴───┘\n');

assert.strictEqual(table(new Map([['k', { v: 1 }]])),
                   '┌───────────────────┬─────┬──────────┐\n' +
                   '│ (iteration index) │ Key │ Values   │\n' +
                   '├───────────────────┼─────┼──────────┤\n' +
                   "│ 0                 │ 'k' │ { v: 1 } │\n" +
                   '└───────────────────┴─────┴──────────┘\n');

assert.strictEqual(table(new Set([1, 'two'])),
                   '┌───────────────────┬────────┐\n' +
                   '│ (iteration index) │ Values │\n' +
                   '├───────────────────┼────────┤\n' +
                   '│ 0                 │ 1      │\n' +
                   "│ 1                 │ 'two'  │\n" +
                   '└───────────────────┴────────┘\n');

assert.strictEqual(table(new Map([[1, 2]]).entries()), table(new Map([[1, 2]])));
assert.strictEqual(table(new Set(['a']).values()), table(new Set(['a'])));

// Full-width characters take two columns.
assert.strictEqual(table(['中文', 'abc']),
                   '┌─────────┬────────┐\n' +
                   '│ (index) │ Values │\n' +
                   '├─────────┼────────┤\n' +
                   "│ 0       │ '中文' │\n" +
                   "│ 1       │ 'abc'  │\n" +
                   '└─────────┴────────┘\n');

// Objects with more than two keys are abbreviated.
assert.strictEqual(table([{ o: { a: 1, b: 2, c: 3 }, p: { a: 1 } }]),
                   '┌─────────┬──────────┬──────────┐\n' +
                   '│ (index) │ o        │ p        │\n' +
                   '├─────────┼──────────┼──────────┤\n' +
                   '│ 0       │ [Object] │ { a: 1 } │\n' +
                   '└─────────┴──────────┴──────────┘\n');

// Primitives are logged as they are.
assert.strictEqual(table(5), '5\n');
assert.strictEqual(table('str'), 'str\n');
assert.strictEqual(table(null), 'null\n');
assert.strictEqual(table([]), '┌─────────┐\n│ (index) │\n├─────────┤\n└─────────┘\n');

assert.throws(() => c.table([], 'a'), { code: 'ERR_INVALID_ARG_TYPE' });
