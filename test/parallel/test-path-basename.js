'use strict';
// path.basename() with and without a suffix.
require('../common');
const assert = require('assert');
const path = require('path');

const posixCases = [
  ['', ''],
  ['/', ''],
  ['//', ''],
  ['a', 'a'],
  ['a/', 'a'],
  ['a//', 'a'],
  ['/a/b', 'b'],
  ['/a/b/', 'b'],
  ['a\\b', 'a\\b'],
  ['/a/b.js', 'b.js'],
  ['.js', '.js'],
  ['a.js/', 'a.js'],
  ['C:\\a', 'C:\\a'],
];

const posixSuffixCases = [
  [['a.js', '.js'], 'a'],
  [['a.js', 'js'], 'a.'],
  [['a.js', 's'], 'a.j'],
  [['.js', '.js'], ''],
  [['a.js', 'a.js'], ''],
  [['/a.js', 'a.js'], 'a.js'],
  [['a.js/', '.js'], 'a'],
  [['a.js//', '.js'], 'a'],
  [['aaa/bbb', 'bbb'], 'bbb'],
  [['aaa/bbb', 'a/bbb'], 'bbb'],
  [['aaa/bbb//', 'bbb'], 'bbb'],
  [['/a/bc/', 'xbc'], 'bc/'],
  [['bc/', 'xbc'], 'bc/'],
  [['a.js', ''], 'a.js'],
  [['file.js', '.ts'], 'file.js'],
  [['a', 'b'], 'a'],
  [['/aaa/', 'aaa'], 'aaa'],
];

const win32Cases = [
  ['', ''],
  ['\\', ''],
  ['a', 'a'],
  ['a\\', 'a'],
  ['a\\\\', 'a'],
  ['\\a\\b', 'b'],
  ['c:', ''],
  ['c:\\', ''],
  ['c:a', 'a'],
  ['c:\\a', 'a'],
  ['c:\\a.js', 'a.js'],
  ['\\\\server\\share', 'share'],
  ['/a/b/', 'b'],
  ['a/b\\', 'b'],
];

const win32SuffixCases = [
  [['a.js', '.js'], 'a'],
  [['c:a.js', '.js'], 'a'],
  [['c:\\a.js\\', '.js'], 'a'],
  [['aaa\\bbb', 'bbb'], 'bbb'],
  [['aaa\\bbb', 'a\\bbb'], 'bbb'],
  [['c:bc', 'xbc'], 'bc'],
  [['c:', 'c:'], ''],
];

for (const [input, expected] of posixCases) {
  assert.strictEqual(path.posix.basename(input), expected, `${JSON.stringify(input)}`);
}

for (const [input, expected] of posixSuffixCases) {
  assert.strictEqual(path.posix.basename(...input), expected, `${JSON.stringify(input)}`);
}

for (const [input, expected] of win32Cases) {
  assert.strictEqual(path.win32.basename(input), expected, `${JSON.stringify(input)}`);
}

for (const [input, expected] of win32SuffixCases) {
  assert.strictEqual(path.win32.basename(...input), expected, `${JSON.stringify(input)}`);
}
