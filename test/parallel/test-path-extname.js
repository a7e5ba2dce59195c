'use strict';
// path.extname() for POSIX and Windows paths.
require('../common');
const assert = require('assert');
const path = require('path');

const posixCases = [
  ['', ''],
  ['.', ''],
  ['..', ''],
  ['...', '.'],
  ['....', '.'],
  ['a', ''],
  ['a.', '.'],
  ['a.b', '.b'],
  ['a.b.c', '.c'],
  ['.a', ''],
  ['.a.b', '.b'],
  ['..a', '.a'],
  ['a..', '.'],
  ['/a.b/', '.b'],
  ['/a.b//', '.b'],
  ['/a/.b', ''],
  ['/a.b/c', ''],
  ['a/..', ''],
  ['a/...', '.'],
  ['..js', '.js'],
  ['file.tar.gz', '.gz'],
  ['.file.', '.'],
  ['/.', ''],
  ['/..', ''],
  ['/...', '.'],
];

const win32Cases = [
  ['', ''],
  ['.', ''],
  ['..', ''],
  ['...', '.'],
  ['....', '.'],
  ['a', ''],
  ['a.', '.'],
  ['a.b', '.b'],
  ['a.b.c', '.c'],
  ['.a', ''],
  ['.a.b', '.b'],
  ['..a', '.a'],
  ['a..', '.'],
  ['/a.b/', '.b'],
  ['/a.b//', '.b'],
  ['/a/.b', ''],
  ['/a.b/c', ''],
  ['a/..', ''],
  ['a/...', '.'],
  ['..js', '.js'],
  ['file.tar.gz', '.gz'],
  ['.file.', '.'],
  ['/.', ''],
  ['/..', ''],
  ['/...', '.'],
  ['c:', ''],
  ['c:.js', ''],
  ['c:\\a.b', '.b'],
  ['a.b\\', '.b'],
  ['a\\.b', ''],
  ['a.b\\c', ''],
  ['\\\\s\\h.x', '.x'],
  ['c:..', ''],
];

for (const [input, expected] of posixCases) {
  assert.strictEqual(path.posix.extname(input), expected, `${JSON.stringify(input)}`);
}

for (const [input, expected] of win32Cases) {
  assert.strictEqual(path.win32.extname(input), expected, `${JSON.stringify(input)}`);
}
