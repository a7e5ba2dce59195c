'use strict';
// path.resolve() for POSIX and Windows paths, with and without the current directory.
require('../common');
const assert = require('assert');
const path = require('path');

const posixCases = [
  [['/var/lib', '../', 'file/'], '/var/file'],
  [['/var/lib', '/../', 'file/'], '/file'],
  [['/some/dir', '.', '/absolute/'], '/absolute'],
  [['/foo/tmp.3/', '../tmp.3/cycles/root.js'], '/foo/tmp.3/cycles/root.js'],
  [['/a', '/b', 'c'], '/b/c'],
  [['/', '..'], '/'],
  [['/', '.', '..', 'a/'], '/a'],
  [['/a/b', '', ''], '/a/b'],
  [['//a//', 'b//c'], '/a/b/c'],
];

const win32Cases = [
  [['c:/blah\\blah', 'd:/games', 'c:../a'], 'c:\\blah\\a'],
  [['c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'], 'd:\\e.exe'],
  [['c:/ignore', 'c:/some/file'], 'c:\\some\\file'],
  [['d:/ignore', 'd:some/dir//'], 'd:\\ignore\\some\\dir'],
  [['//server/share', '..', 'relative\\'], '\\\\server\\share\\relative'],
  [['c:/', '//'], 'c:\\'],
  [['c:/', '//dir'], 'c:\\dir'],
  [['c:/', '//server/share'], '\\\\server\\share\\'],
  [['c:/', '//server//share'], '\\\\server\\share\\'],
  [['c:/', '///some//dir'], 'c:\\some\\dir'],
  [['C:\\foo\\tmp.3\\', '..\\tmp.3\\cycles\\root.js'], 'C:\\foo\\tmp.3\\cycles\\root.js'],
  [['\\\\.\\PHYSICALDRIVE0'], '\\\\.\\PHYSICALDRIVE0'],
  [['\\\\?\\PHYSICALDRIVE0'], '\\\\?\\PHYSICALDRIVE0'],
  [['\\\\.\\c:\\a', '..\\..\\b'], '\\\\.\\b'],
  [['d:', 'c:\\x', 'y'], 'c:\\x\\y'],
];

for (const [input, expected] of posixCases) {
  assert.strictEqual(path.posix.resolve(...input), expected, `${JSON.stringify(input)}`);
}

for (const [input, expected] of win32Cases) {
  assert.strictEqual(path.win32.resolve(...input), expected, `${JSON.stringify(input)}`);
}

// Relative results start from process.cwd(), read at call time.
const cwd = process.cwd();
const under = (name) => (cwd === '/' ? `/${name}` : `${cwd}/${name}`);
assert.strictEqual(path.posix.resolve(), cwd);
assert.strictEqual(path.posix.resolve(''), cwd);
assert.strictEqual(path.posix.resolve('.'), cwd);
assert.strictEqual(path.posix.resolve('a/b', '../c'), under('a/c'));
assert.strictEqual(path.resolve('x', '', 'y/'), under('x/y'));

// On a POSIX host, Windows resolution of a relative path uses the POSIX cwd
// with its slashes turned around.
const winCwd = cwd.replace(/\//g, '\\');
assert.strictEqual(path.win32.resolve('a'), cwd === '/' ? '\\a' : `${winCwd}\\a`);
