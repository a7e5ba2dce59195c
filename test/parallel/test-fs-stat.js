'use strict';
// stat/lstat/fstat/statfs: every field, BigIntStats, Dates, is*() and throwIfNoEntry.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('f.txt');
fs.writeFileSync(file, 'twelve bytes');
fs.utimesSync(file, 1000000000.25, 1500000000.5);
fs.symlinkSync('f.txt', tmpdir.resolve('link'));

const fields = ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size',
                'blocks', 'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs', 'atime', 'mtime',
                'ctime', 'birthtime'];

const s = fs.statSync(file);
assert.ok(s instanceof fs.Stats);
assert.deepStrictEqual(Object.keys(s), fields);
assert.strictEqual(s.size, 12);
assert.strictEqual(s.nlink, 1);
assert.strictEqual(s.mode & 0o170000, 0o100000);
assert.strictEqual(s.uid, process.getuid());
assert.strictEqual(s.atimeMs, 1000000000250);
assert.strictEqual(s.mtimeMs, 1500000000500);
assert.strictEqual(s.mtime.toISOString(), '2017-07-14T02:40:00.500Z');
assert.strictEqual(s.atime.getTime(), 1000000000250);
assert.strictEqual(s.isFile(), true);
assert.strictEqual(s.isDirectory(), false);
assert.strictEqual(s.isSymbolicLink(), false);
assert.strictEqual(s.isFIFO(), false);
assert.strictEqual(s.isSocket(), false);
assert.strictEqual(s.isBlockDevice(), false);
assert.strictEqual(s.isCharacterDevice(), false);

const big = fs.statSync(file, { bigint: true });
assert.strictEqual(big.constructor.name, 'BigIntStats');
assert.deepStrictEqual(Object.keys(big),
                       [...fields.slice(0, 14), 'atimeNs', 'mtimeNs', 'ctimeNs',
                        'birthtimeNs', ...fields.slice(14)]);
assert.strictEqual(big.size, 12n);
assert.strictEqual(big.ino, BigInt(s.ino));
assert.strictEqual(big.mtimeNs, 1500000000500000000n);
assert.strictEqual(big.mtimeMs, 1500000000500n);
assert.strictEqual(big.atimeNs, 1000000000250000000n);
assert.strictEqual(big.mtime.getTime(), 1500000000500);
assert.strictEqual(big.isFile(), true);
assert.strictEqual(big.isDirectory(), false);

// lstat sees the link, stat its target.
assert.strictEqual(fs.lstatSync(tmpdir.resolve('link')).isSymbolicLink(), true);
assert.strictEqual(fs.statSync(tmpdir.resolve('link')).isSymbolicLink(), false);
assert.strictEqual(fs.statSync(tmpdir.resolve('link')).ino, s.ino);
assert.strictEqual(fs.statSync(tmpdir.path).isDirectory(), true);
assert.strictEqual(fs.statSync('/dev/null').isCharacterDevice(), true);

const fd = fs.openSync(file, 'r');
assert.strictEqual(fs.fstatSync(fd).ino, s.ino);
assert.strictEqual(fs.fstatSync(fd, { bigint: true }).size, 12n);

// Two results are independent objects even though the binding shares one array.
const dirStats = fs.statSync(tmpdir.path);
assert.strictEqual(s.isFile(), true);
assert.strictEqual(dirStats.isDirectory(), true);

// A missing path.
const missing = tmpdir.resolve('missing');
assert.strictEqual(fs.statSync(missing, { throwIfNoEntry: false }), undefined);
assert.strictEqual(fs.lstatSync(missing, { throwIfNoEntry: false }), undefined);
// Only ENOENT counts as "no entry".
assert.throws(() => fs.statSync(tmpdir.resolve('f.txt/x'), { throwIfNoEntry: false }), {
  code: 'ENOTDIR',
});
assert.throws(() => fs.statSync(missing), {
  code: 'ENOENT',
  syscall: 'stat',
  path: missing,
  message: `ENOENT: no such file or directory, stat '${missing}'`,
});
assert.throws(() => fs.lstatSync(missing), { syscall: 'lstat' });
assert.throws(() => fs.fstatSync(-1), { code: 'ERR_OUT_OF_RANGE' });

// statfs.
const sfs = fs.statfsSync(tmpdir.path);
assert.deepStrictEqual(Object.keys(sfs),
                       ['type', 'bsize', 'blocks', 'bfree', 'bavail', 'files', 'ffree']);
assert.strictEqual(sfs.constructor.name, 'StatFs');
assert.ok(sfs.bsize > 0);
assert.strictEqual(typeof fs.statfsSync(tmpdir.path, { bigint: true }).blocks, 'bigint');

// Callback forms.
fs.stat(file, common.mustSucceed((st) => {
  assert.strictEqual(st.size, 12);
  assert.strictEqual(st.mtimeMs, 1500000000500);
}));
fs.stat(file, { bigint: true }, common.mustSucceed((st) => {
  assert.strictEqual(st.mtimeNs, 1500000000500000000n);
}));
fs.lstat(tmpdir.resolve('link'), common.mustSucceed((st) => {
  assert.strictEqual(st.isSymbolicLink(), true);
}));
fs.fstat(fd, common.mustSucceed((st) => {
  assert.strictEqual(st.ino, s.ino);
  fs.closeSync(fd);
}));
fs.stat(missing, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'stat');
  assert.strictEqual(err.path, missing);
}));
fs.statfs(tmpdir.path, common.mustSucceed((st) => assert.strictEqual(st.bsize, sfs.bsize)));
