'use strict';
// console.time / timeLog / timeEnd output and the warnings for bad labels.
const common = require('../common');
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

c.time();
c.timeLog();
c.timeLog('default', 'extra', { a: 1 });
c.timeEnd();
c.time('label');
c.timeEnd('label');
c.time(1);
c.timeEnd('1');
assert.strictEqual(out.chunks.length, 5);
assert.match(out.chunks[0], /^default: \d+(\.\d{1,3})?ms\n$/);
assert.match(out.chunks[1], /^default: \d+(\.\d{1,3})?ms extra \{ a: 1 \}\n$/);
assert.match(out.chunks[2], /^default: \d+(\.\d{1,3})?ms\n$/);
assert.match(out.chunks[3], /^label: \d+(\.\d{1,3})?ms\n$/);
assert.match(out.chunks[4], /^1: \d+(\.\d{1,3})?ms\n$/);

// Unknown and duplicate labels emit warnings instead of printing.
const expected = [
  "No such label 'nope' for console.timeEnd()",
  "No such label 'nope' for console.timeLog()",
  "Label 'dup' already exists for console.time()",
  "Count for 'zz' does not exist",
];
const warnings = [];
process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'Warning');
  warnings.push(warning.message);
}, expected.length));
process.on('exit', () => assert.deepStrictEqual(warnings, expected));

out.chunks.length = 0;
c.timeEnd('nope');
c.timeLog('nope');
c.time('dup');
c.time('dup');
c.countReset('zz');
// The first label keeps its start time and still ends normally.
c.timeEnd('dup');
assert.strictEqual(out.chunks.length, 1);
assert.match(out.chunks[0], /^dup: /);
