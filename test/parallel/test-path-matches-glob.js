'use strict';
// path.matchesGlob() (experimental in Node 20) with minimatch's rules as Node sets them up.
const common = require('../common');
const assert = require('assert');
const path = require('path');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'ExperimentalWarning');
  assert.strictEqual(warning.message, 'glob is an experimental feature and might change at any time');
}));

const cases = [
  ['a/b/c.js', '**/*.js', true], ['c.js', '**/*.js', true], ['.a/c.js', '**/*.js', false],
  ['a/.c.js', '**/.*.js', true], ['x.ts', '*.{js,ts}', true], ['x.jsx', '*.{js,ts}', false],
  ['a2', 'a{1..3}', true], ['a03', 'a{01..05}', true], ['a{b}', 'a{b}', true],
  ['a/.b', 'a/*', false], ['a/b/', 'a/*', true], ['a/b/c', 'a/*', false],
  ['a', 'a/**', false], ['a/b/c', 'a/**', true], ['a/.b/c', 'a/**', false],
  ['abc', 'a?c', true], ['a/c', 'a/[!c]', false], ['aB', 'a[[:upper:]]', true],
  ['!x', '!x', true], ['#x', '#x', true], ['A', 'a', false],
  ['xy.js', '+(x|y).js', true], ['z.js', '!(x|y).js', true], ['x.js', '!(x|y).js', false],
  ['.js', '?(x|y).js', true], ['a/b', 'a\\b', true], ['a//b', 'a/b', true], ['./a', 'a', false],
  ['a/../b', 'b', true], ['/a/b', 'a/*', false], ['/a/b', '**/b', true],
  ['.', '*', false], ['.', '.*', false], ['', '*', false], ['a/d', 'a/**/d', true],
  ['b', '{a,}b', true], ['a/b', 'a**', false],
];
for (const [file, glob, expected] of cases) {
  assert.strictEqual(path.matchesGlob(file, glob), expected, `${file} ${glob}`);
  assert.strictEqual(path.posix.matchesGlob(file, glob), expected, `${file} ${glob}`);
}
assert.strictEqual(path.win32.matchesGlob('a\\b.js', 'a/*.js'), true);
assert.strictEqual(path.posix.matchesGlob('a\\b', 'a\\b'), false);

assert.throws(() => path.matchesGlob(1, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string. Received type number (1)',
});
assert.throws(() => path.matchesGlob('x', null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pattern" argument must be of type string. Received null',
});
assert.strictEqual(path.matchesGlob.length, 2);
assert.ok(Object.keys(path).indexOf('matchesGlob') === Object.keys(path).indexOf('parse') + 1);
