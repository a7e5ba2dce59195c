'use strict';
// path.parse() and path.format(), and that format(parse(p)) restores p.
require('../common');
const assert = require('assert');
const path = require('path');

const posixParse = [
  ['', { root: '', dir: '', base: '', ext: '', name: '' }],
  ['/', { root: '/', dir: '/', base: '', ext: '', name: '' }],
  ['//', { root: '/', dir: '/', base: '', ext: '', name: '' }],
  ['a', { root: '', dir: '', base: 'a', ext: '', name: 'a' }],
  ['/a', { root: '/', dir: '/', base: 'a', ext: '', name: 'a' }],
  ['/a/', { root: '/', dir: '/', base: 'a', ext: '', name: 'a' }],
  ['//a', { root: '/', dir: '/', base: 'a', ext: '', name: 'a' }],
  ['/a/b.c', { root: '/', dir: '/a', base: 'b.c', ext: '.c', name: 'b' }],
  ['a/b.c/', { root: '', dir: 'a', base: 'b.c', ext: '.c', name: 'b' }],
  ['./a', { root: '', dir: '.', base: 'a', ext: '', name: 'a' }],
  ['/..', { root: '/', dir: '/', base: '..', ext: '.', name: '.' }],
  ['/.', { root: '/', dir: '/', base: '.', ext: '', name: '.' }],
  ['..', { root: '', dir: '', base: '..', ext: '', name: '..' }],
  ['.', { root: '', dir: '', base: '.', ext: '', name: '.' }],
  ['.a', { root: '', dir: '', base: '.a', ext: '', name: '.a' }],
  ['/a/.b.c', { root: '/', dir: '/a', base: '.b.c', ext: '.c', name: '.b' }],
  ['/a//b', { root: '/', dir: '/a/', base: 'b', ext: '', name: 'b' }],
  ['x/y/z.tar.gz', { root: '', dir: 'x/y', base: 'z.tar.gz', ext: '.gz', name: 'z.tar' }],
  ['a/', { root: '', dir: '', base: 'a', ext: '', name: 'a' }],
];

const win32Parse = [
  ['', { root: '', dir: '', base: '', ext: '', name: '' }],
  ['\\', { root: '\\', dir: '\\', base: '', ext: '', name: '' }],
  ['a', { root: '', dir: '', base: 'a', ext: '', name: 'a' }],
  ['c:', { root: 'c:', dir: 'c:', base: '', ext: '', name: '' }],
  ['c:\\', { root: 'c:\\', dir: 'c:\\', base: '', ext: '', name: '' }],
  ['c:a', { root: 'c:', dir: 'c:', base: 'a', ext: '', name: 'a' }],
  ['c:\\a.b', { root: 'c:\\', dir: 'c:\\', base: 'a.b', ext: '.b', name: 'a' }],
  ['c:\\a\\b.c\\', { root: 'c:\\', dir: 'c:\\a', base: 'b.c', ext: '.c', name: 'b' }],
  ['\\\\server\\share', { root: '\\\\server\\share', dir: '\\\\server\\share', base: '', ext: '', name: '' }],
  ['\\\\server\\share\\', { root: '\\\\server\\share\\', dir: '\\\\server\\share\\', base: '', ext: '', name: '' }],
  ['\\\\server\\share\\a.b', { root: '\\\\server\\share\\', dir: '\\\\server\\share\\', base: 'a.b', ext: '.b', name: 'a' }],
  ['\\\\server\\share\\x\\y', { root: '\\\\server\\share\\', dir: '\\\\server\\share\\x', base: 'y', ext: '', name: 'y' }],
  ['\\a\\b', { root: '\\', dir: '\\a', base: 'b', ext: '', name: 'b' }],
  ['c:..', { root: 'c:', dir: 'c:', base: '..', ext: '', name: '..' }],
  ['\\\\?\\c:\\a', { root: '\\\\?\\c:\\', dir: '\\\\?\\c:\\', base: 'a', ext: '', name: 'a' }],
  ['C:/abc/def.txt', { root: 'C:/', dir: 'C:/abc', base: 'def.txt', ext: '.txt', name: 'def' }],
  ['.', { root: '', dir: '', base: '.', ext: '', name: '.' }],
  ['..', { root: '', dir: '', base: '..', ext: '', name: '..' }],
];

const posixFormat = [
  [{ root: '/', dir: '/', base: 'a.js' }, '/a.js'],
  [{ dir: '/a', base: 'b' }, '/a/b'],
  [{ root: '/', name: 'a', ext: '.js' }, '/a.js'],
  [{ name: 'a', ext: 'js' }, 'a.js'],
  [{ name: 'a', ext: '' }, 'a'],
  [{ dir: 'x', name: 'y', ext: '..' }, 'x/y..'],
  [{ base: 'b', name: 'ignored', ext: '.ignored' }, 'b'],
  [{ root: '/x/' }, '/x/'],
  [{ dir: 'a', root: 'a' }, 'a'],
  [{  }, ''],
];

const win32Format = [
  [{ root: 'c:\\', base: 'a' }, 'c:\\a'],
  [{ dir: 'c:\\x', name: 'y', ext: '.z' }, 'c:\\x\\y.z'],
  [{ dir: 'x', base: 'y' }, 'x\\y'],
  [{ root: '\\\\s\\h\\', name: 'n' }, '\\\\s\\h\\n'],
];

for (const [input, expected] of posixParse) {
  assert.deepStrictEqual(path.posix.parse(input), expected, `${JSON.stringify(input)}`);
}

for (const [input, expected] of win32Parse) {
  assert.deepStrictEqual(path.win32.parse(input), expected, `${JSON.stringify(input)}`);
}

for (const [input, expected] of posixFormat) {
  assert.strictEqual(path.posix.format(input), expected, `${JSON.stringify(input)}`);
}

for (const [input, expected] of win32Format) {
  assert.strictEqual(path.win32.format(input), expected, `${JSON.stringify(input)}`);
}

for (const p of ['/a/b.c', 'a/b', '/x', 'x.y.z']) {
  assert.strictEqual(path.posix.format(path.posix.parse(p)), p);
}
for (const p of ['c:\\a\\b.c', '\\\\s\\h\\x.y', 'c:x']) {
  assert.strictEqual(path.win32.format(path.win32.parse(p)), p);
}
// parse() returns a plain object with the keys in this order.
assert.deepStrictEqual(Object.keys(path.parse('/a/b.c')), ['root', 'dir', 'base', 'ext', 'name']);
