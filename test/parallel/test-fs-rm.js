'use strict';
// rm/rmSync (recursive, force), rmdir/rmdirSync and unlink.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();

function makeTree(root) {
  fs.mkdirSync(`${root}/a/b/c`, { recursive: true });
  fs.writeFileSync(`${root}/f`, 'x');
  fs.writeFileSync(`${root}/a/b/g`, 'y');
  fs.symlinkSync('../f', `${root}/a/link`);
  fs.symlinkSync('/nonexistent-target', `${root}/a/dangling`);
  return root;
}

// A whole tree; links are removed, not followed.
const tree = makeTree(tmpdir.resolve('tree'));
fs.writeFileSync(tmpdir.resolve('outside'), 'keep');
fs.symlinkSync(tmpdir.resolve('outside'), `${tree}/a/out-link`);
fs.rmSync(tree, { recursive: true });
assert.strictEqual(fs.existsSync(tree), false);
assert.strictEqual(fs.readFileSync(tmpdir.resolve('outside'), 'utf8'), 'keep');

// A directory without recursive, a missing path without force.
fs.mkdirSync(tmpdir.resolve('dir'));
assert.throws(() => fs.rmSync(tmpdir.resolve('dir')), {
  name: 'SystemError',
  code: 'ERR_FS_EISDIR',
  message: `Path is a directory: rm returned EISDIR (is a directory) ${tmpdir.resolve('dir')}`,
  errno: 21,
  syscall: 'rm',
  path: tmpdir.resolve('dir'),
});
assert.throws(() => fs.rmSync(tmpdir.resolve('missing')), {
  code: 'ENOENT',
  syscall: 'lstat',
  message: `ENOENT: no such file or directory, lstat '${tmpdir.resolve('missing')}'`,
});
fs.rmSync(tmpdir.resolve('missing'), { force: true });
fs.rmSync(tmpdir.resolve('missing'), { recursive: true, force: true });

// A single file.
fs.writeFileSync(tmpdir.resolve('one'), '');
fs.rmSync(tmpdir.resolve('one'));
assert.strictEqual(fs.existsSync(tmpdir.resolve('one')), false);

assert.throws(() => fs.rmSync(tmpdir.path, { recursive: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.recursive" property must be of type boolean. Received type number (1)',
});
assert.throws(() => fs.rmSync(tmpdir.path, { maxRetries: -1 }), { code: 'ERR_OUT_OF_RANGE' });

// rmdir and unlink.
fs.rmdirSync(tmpdir.resolve('dir'));
assert.strictEqual(fs.existsSync(tmpdir.resolve('dir')), false);
fs.mkdirSync(tmpdir.resolve('full'));
fs.writeFileSync(tmpdir.resolve('full/x'), '');
assert.throws(() => fs.rmdirSync(tmpdir.resolve('full')), {
  code: 'ENOTEMPTY',
  syscall: 'rmdir',
  path: tmpdir.resolve('full'),
});
assert.throws(() => fs.unlinkSync(tmpdir.resolve('full')), {
  code: 'EISDIR',
  syscall: 'unlink',
  message: `EISDIR: illegal operation on a directory, unlink '${tmpdir.resolve('full')}'`,
});
fs.unlinkSync(tmpdir.resolve('full/x'));
assert.throws(() => fs.unlinkSync(tmpdir.resolve('full/x')), { code: 'ENOENT', syscall: 'unlink' });

// Callback forms.
const tree2 = makeTree(tmpdir.resolve('tree2'));
fs.rm(tree2, { recursive: true }, common.mustSucceed(() => {
  assert.strictEqual(fs.existsSync(tree2), false);
}));
fs.rm(tmpdir.resolve('missing'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'lstat');
}));
fs.rm(tmpdir.resolve('missing'), { force: true }, common.mustSucceed());
fs.rm(tmpdir.resolve('full'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_FS_EISDIR');
  fs.rmdir(tmpdir.resolve('full'), common.mustSucceed(() => {
    assert.strictEqual(fs.existsSync(tmpdir.resolve('full')), false);
  }));
}));
fs.writeFileSync(tmpdir.resolve('two'), '');
fs.unlink(tmpdir.resolve('two'), common.mustSucceed());
