'use strict';
// path.dirname() for POSIX and Windows paths.
require('../common');
const assert = require('assert');
const path = require('path');

const posixCases = [
  ['', '.'],
  ['/', '/'],
  ['//', '/'],
  ['///', '/'],
  ['a', '.'],
  ['/a', '/'],
  ['/a/', '/'],
  ['/a/b', '/a'],
  ['/a/b/', '/a'],
  ['/a//b', '/a/'],
  ['/a/b//', '/a'],
  ['//a', '//'],
  ['//a/b', '//a'],
  ['a/b', 'a'],
  ['a//', '.'],
  ['./a', '.'],
  ['..', '.'],
  ['../a', '..'],
  ['/a/b/c.txt', '/a/b'],
];

const win32Cases = [
  ['', '.'],
  ['/', '/'],
  ['\\', '\\'],
  ['a', '.'],
  ['c:', 'c:'],
  ['c:\\', 'c:\\'],
  ['c:/', 'c:/'],
  ['c:a', 'c:'],
  ['c:a\\', 'c:'],
  ['c:a\\b', 'c:a'],
  ['c:\\a', 'c:\\'],
  ['c:\\a\\b\\', 'c:\\a'],
  ['c:\\\\a', 'c:\\'],
  ['\\a\\b', '\\a'],
  ['\\\\a', '\\'],
  ['\\\\a\\', '\\'],
  ['\\\\server\\share', '\\\\server\\share'],
  ['\\\\server\\share\\', '\\\\server\\share\\'],
  ['\\\\server\\share\\a', '\\\\server\\share\\'],
  ['\\\\server\\share\\a\\b', '\\\\server\\share\\a'],
  ['//server/share/a/', '//server/share/'],
  ['\\\\\\a\\b', '\\\\\\a'],
  ['\\\\?\\UNC\\x', '\\\\?\\UNC\\'],
  ['a/b\\c', 'a/b'],
];

for (const [input, expected] of posixCases) {
  assert.strictEqual(path.posix.dirname(input), expected, `${JSON.stringify(input)}`);
}

for (const [input, expected] of win32Cases) {
  assert.strictEqual(path.win32.dirname(input), expected, `${JSON.stringify(input)}`);
}
