'use strict';
// path.toNamespacedPath() (alias _makeLong).
require('../common');
const assert = require('assert');
const path = require('path');

const win32Cases = [
  ['C:\\a\\b', '\\\\?\\C:\\a\\b'],
  ['c:/a/../b', '\\\\?\\c:\\b'],
  ['C:\\', '\\\\?\\C:\\'],
  ['\\\\server\\share\\a', '\\\\?\\UNC\\server\\share\\a'],
  ['//server/share', '\\\\?\\UNC\\server\\share\\'],
  ['\\\\?\\C:\\a', '\\\\?\\C:\\a'],
  ['\\\\.\\pipe\\x', '\\\\.\\pipe\\x'],
  ['\\\\?\\UNC\\s\\h', '\\\\?\\UNC\\s\\h'],
];

for (const [input, expected] of win32Cases) {
  assert.strictEqual(path.win32.toNamespacedPath(input), expected, `${JSON.stringify(input)}`);
}

// Non-strings and '' come back unchanged; POSIX never changes anything.
for (const value of ['', null, 42, undefined, {}]) {
  assert.strictEqual(path.win32.toNamespacedPath(value), value);
}
for (const value of ['', 'a/b', '/x', null, 42, undefined]) {
  assert.strictEqual(path.posix.toNamespacedPath(value), value);
}
assert.strictEqual(path.win32._makeLong, path.win32.toNamespacedPath);
assert.strictEqual(path.posix._makeLong, path.posix.toNamespacedPath);
