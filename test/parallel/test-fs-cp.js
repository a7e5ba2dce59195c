'use strict';
// cp/cpSync/promises.cp: recursive copies, filter, force/errorOnExist, symlinks, errors.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const src = tmpdir.resolve('src');
fs.mkdirSync(`${src}/sub/deep`, { recursive: true });
fs.writeFileSync(`${src}/a.txt`, 'A');
fs.writeFileSync(`${src}/sub/b.log`, 'B');
fs.writeFileSync(`${src}/sub/deep/c.txt`, 'C');
fs.symlinkSync('a.txt', `${src}/link`);
fs.chmodSync(`${src}/a.txt`, 0o640);

function listing(root) {
  return fs.readdirSync(root, { recursive: true }).sort();
}

// A recursive copy keeps modes and copies links as links (made absolute).
fs.cpSync(src, tmpdir.resolve('copy'), { recursive: true });
assert.deepStrictEqual(listing(tmpdir.resolve('copy')), listing(src));
assert.strictEqual(fs.readFileSync(tmpdir.resolve('copy/sub/deep/c.txt'), 'utf8'), 'C');
assert.strictEqual(fs.statSync(tmpdir.resolve('copy/a.txt')).mode & 0o777, 0o640);
assert.strictEqual(fs.readlinkSync(tmpdir.resolve('copy/link')), `${src}/a.txt`);

// verbatimSymlinks keeps the link text; filter skips entries.
fs.cpSync(src, tmpdir.resolve('filtered'), {
  recursive: true,
  verbatimSymlinks: true,
  filter: (from) => !from.endsWith('.log'),
});
assert.deepStrictEqual(listing(tmpdir.resolve('filtered')),
                       ['a.txt', 'link', 'sub', 'sub/deep', 'sub/deep/c.txt']);
assert.strictEqual(fs.readlinkSync(tmpdir.resolve('filtered/link')), 'a.txt');

// Single files, overwriting and not.
fs.cpSync(`${src}/a.txt`, tmpdir.resolve('one.txt'));
assert.strictEqual(fs.readFileSync(tmpdir.resolve('one.txt'), 'utf8'), 'A');
fs.writeFileSync(tmpdir.resolve('one.txt'), 'changed');
fs.cpSync(`${src}/a.txt`, tmpdir.resolve('one.txt'), { force: false });
assert.strictEqual(fs.readFileSync(tmpdir.resolve('one.txt'), 'utf8'), 'changed');
fs.cpSync(`${src}/a.txt`, tmpdir.resolve('one.txt'));
assert.strictEqual(fs.readFileSync(tmpdir.resolve('one.txt'), 'utf8'), 'A');
fs.cpSync(`${src}/a.txt`, tmpdir.resolve('new/parent/one.txt'));
assert.strictEqual(fs.readFileSync(tmpdir.resolve('new/parent/one.txt'), 'utf8'), 'A');

// Errors, each a SystemError with Node's message.
assert.throws(() => fs.cpSync(src, tmpdir.resolve('x')), {
  name: 'SystemError',
  code: 'ERR_FS_EISDIR',
  message: `Path is a directory: cp returned EISDIR (${src} is a directory (not copied)) ${src}`,
  errno: 22,
  syscall: 'cp',
  path: src,
});
assert.throws(() => fs.cpSync(src, src, { recursive: true }), {
  code: 'ERR_FS_CP_EINVAL',
  message: `Invalid src or dest: cp returned EINVAL (src and dest cannot be the same) ${src}`,
});
assert.throws(() => fs.cpSync(src, `${src}/sub/inside`, { recursive: true }), {
  code: 'ERR_FS_CP_EINVAL',
  message: 'Invalid src or dest: cp returned EINVAL (cannot copy ' +
           `${src} to a subdirectory of self ${src}/sub/inside) ${src}/sub/inside`,
});
assert.throws(() => fs.cpSync(src, tmpdir.resolve('one.txt'), { recursive: true }), {
  code: 'ERR_FS_CP_DIR_TO_NON_DIR',
  errno: 21,
});
assert.throws(() => fs.cpSync(`${src}/a.txt`, tmpdir.resolve('copy'), { recursive: true }), {
  code: 'ERR_FS_CP_NON_DIR_TO_DIR',
  errno: 20,
});
assert.throws(() => fs.cpSync(`${src}/a.txt`, tmpdir.resolve('one.txt'),
                              { force: false, errorOnExist: true }), {
  code: 'ERR_FS_CP_EEXIST',
  message: 'Target already exists: cp returned EEXIST ' +
           `(${tmpdir.resolve('one.txt')} already exists) ${tmpdir.resolve('one.txt')}`,
});
assert.throws(() => fs.cpSync(tmpdir.resolve('missing'), tmpdir.resolve('y')), {
  code: 'ENOENT',
  syscall: 'lstat',
});
assert.throws(() => fs.cpSync(src, tmpdir.resolve('z'), { recursive: true, filter: async () => true }), {
  code: 'ERR_INVALID_RETURN_VALUE',
});
assert.throws(() => fs.cpSync(src, tmpdir.resolve('z'), { recursive: 'yes' }), {
  code: 'ERR_INVALID_ARG_TYPE',
});

// Callback and promise forms; async filters may return promises.
fs.cp(src, tmpdir.resolve('cb'), { recursive: true }, common.mustSucceed(() => {
  assert.deepStrictEqual(listing(tmpdir.resolve('cb')), listing(src));
}));
fs.cp(src, tmpdir.resolve('cb-err'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_FS_EISDIR');
}));
fs.promises.cp(src, tmpdir.resolve('promise'), {
  recursive: true,
  filter: async (from) => !from.endsWith('deep'),
}).then(common.mustCall(() => {
  assert.deepStrictEqual(listing(tmpdir.resolve('promise')),
                         ['a.txt', 'link', 'sub', 'sub/b.log']);
}));
