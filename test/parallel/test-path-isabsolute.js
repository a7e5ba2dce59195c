'use strict';
// path.isAbsolute() for POSIX and Windows paths.
require('../common');
const assert = require('assert');
const path = require('path');

const posixCases = [
  ['', false],
  ['/', true],
  ['//', true],
  ['/a', true],
  ['a', false],
  ['./a', false],
  ['..', false],
  ['\\a', false],
  ['C:/a', false],
];

const win32Cases = [
  ['', false],
  ['/', true],
  ['\\', true],
  ['//', true],
  ['c', false],
  ['c:', false],
  ['c:/', true],
  ['c:\\', true],
  ['C:\\a', true],
  ['c:a', false],
  ['\\\\server', true],
  ['//server/share', true],
  ['a/b', false],
  ['.', false],
  [':\\', false],
];

for (const [input, expected] of posixCases) {
  assert.strictEqual(path.posix.isAbsolute(input), expected, `${JSON.stringify(input)}`);
}

for (const [input, expected] of win32Cases) {
  assert.strictEqual(path.win32.isAbsolute(input), expected, `${JSON.stringify(input)}`);
}
