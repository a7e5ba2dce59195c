'use strict';
// path.join() for POSIX and Windows paths.
require('../common');
const assert = require('assert');
const path = require('path');

const posixCases = [
  [[], '.'],
  [[''], '.'],
  [['', ''], '.'],
  [['.', '.'], '.'],
  [['/.', '.'], '/'],
  [['/', '/a'], '/a'],
  [['', '/foo'], '/foo'],
  [['foo', ''], 'foo'],
  [['foo', '/bar'], 'foo/bar'],
  [['a', '..'], '.'],
  [['a', '../..'], '..'],
  [['./', '..', '/'], '../'],
  [['/a/', 'b/'], '/a/b/'],
  [['', '.', '..'], '..'],
  [[' ', '.'], ' '],
  [['/', '..', '..'], '/'],
  [['foo/x', './bar'], 'foo/x/bar'],
  [['./', '..', '..', '/foo'], '../../foo'],
  [['//foo', '//bar'], '/foo/bar'],
  [['a', 'b', 'c', 'd', 'e'], 'a/b/c/d/e'],
];

const win32Cases = [
  [['//foo/bar'], '\\\\foo\\bar\\'],
  [['\\/foo/bar'], '\\\\foo\\bar\\'],
  [['\\\\foo/bar'], '\\\\foo\\bar\\'],
  [['//foo', 'bar'], '\\\\foo\\bar\\'],
  [['//foo/', 'bar'], '\\\\foo\\bar\\'],
  [['//foo', '/bar'], '\\\\foo\\bar\\'],
  [['//', 'foo/bar'], '\\foo\\bar'],
  [['//', '/foo/bar'], '\\foo\\bar'],
  [['\\\\', '/', '/foo/bar'], '\\foo\\bar'],
  [['//'], '\\'],
  [['//', '//'], '\\'],
  [['///foo/bar'], '\\foo\\bar'],
  [['///', 'foo'], '\\foo'],
  [['/', '//foo'], '\\foo'],
  [['', '//foo'], '\\foo'],
  [['C:', 'a'], 'C:\\a'],
  [['C:\\', '..', 'x'], 'C:\\x'],
  [['c:', '/a'], 'c:\\a'],
  [['a', 'C:\\b'], '.\\a\\C:\\b'],
  [['a:', 'b:x'], 'a:\\b:x'],
  [['CON:', 'x'], '.\\CON:x'],
  [['', ''], '.'],
  [[], '.'],
];

for (const [input, expected] of posixCases) {
  assert.strictEqual(path.posix.join(...input), expected, `${JSON.stringify(input)}`);
}

for (const [input, expected] of win32Cases) {
  assert.strictEqual(path.win32.join(...input), expected, `${JSON.stringify(input)}`);
}
