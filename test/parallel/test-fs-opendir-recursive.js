'use strict';
// opendir({ recursive: true }) also yields the entries of subdirectories, queued
// behind the entries already read, with parentPath set to their directory; like
// Node 20, one read (bufferSize entries) of each subdirectory is taken.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const root = tmpdir.resolve('tree');
fs.mkdirSync(path.join(root, 'a', 'b'), { recursive: true });
fs.writeFileSync(path.join(root, 'top.txt'), '');
fs.writeFileSync(path.join(root, 'a', 'x.txt'), '');
fs.writeFileSync(path.join(root, 'a', 'b', 'y.txt'), '');
fs.mkdirSync(path.join(root, 'big'));
for (let i = 0; i < 5; i++) fs.writeFileSync(path.join(root, 'big', `f${i}`), '');

function describe(dirent) {
  return path.relative(root, path.join(dirent.parentPath, dirent.name)) +
         (dirent.isDirectory() ? '/' : '');
}

function readAllSync(options) {
  const dir = fs.opendirSync(root, options);
  const seen = [];
  let dirent;
  while ((dirent = dir.readSync()) !== null) seen.push(describe(dirent));
  dir.closeSync();
  return seen;
}

const all = readAllSync({ recursive: true });
assert.deepStrictEqual([...all].sort(), [
  'a/', 'a/b/', 'a/b/y.txt', 'a/x.txt', 'big/',
  'big/f0', 'big/f1', 'big/f2', 'big/f3', 'big/f4', 'top.txt',
]);
// A subdirectory's entries come after its own entry.
assert.ok(all.indexOf('a/x.txt') > all.indexOf('a/'));
assert.ok(all.indexOf('a/b/y.txt') > all.indexOf('a/b/'));

assert.deepStrictEqual(readAllSync({}).sort(), ['a/', 'big/', 'top.txt']);
// One read of `big` with bufferSize 2 gives two of its five files.
assert.strictEqual(readAllSync({ recursive: true, bufferSize: 2 }).filter((e) => e.startsWith('big/f')).length, 2);

(async () => {
  const seen = [];
  for await (const dirent of await fs.promises.opendir(root, { recursive: true })) {
    seen.push(describe(dirent));
  }
  assert.deepStrictEqual(seen, all);
})().then(common.mustCall());

fs.opendir(root, { recursive: true }, common.mustSucceed((dir) => {
  const seen = [];
  const next = () => dir.read(common.mustSucceed((dirent) => {
    if (dirent === null) {
      assert.deepStrictEqual(seen, all);
      dir.close(common.mustSucceed());
      return;
    }
    seen.push(describe(dirent));
    next();
  }));
  next();
}));
