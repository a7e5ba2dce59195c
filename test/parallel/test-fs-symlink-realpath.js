'use strict';
// symlink (types), readlink, realpath and realpath.native, lstat/lchown/lutimes on links.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const real = fs.realpathSync(tmpdir.path);
fs.mkdirSync(tmpdir.resolve('dir'));
fs.writeFileSync(tmpdir.resolve('dir/file'), 'x');
fs.symlinkSync('dir', tmpdir.resolve('dirlink'), 'dir');
fs.symlinkSync('dirlink/file', tmpdir.resolve('filelink'), 'file');
fs.symlinkSync(tmpdir.resolve('dir'), tmpdir.resolve('abslink'));

assert.strictEqual(fs.readlinkSync(tmpdir.resolve('dirlink')), 'dir');
assert.strictEqual(fs.readlinkSync(tmpdir.resolve('abslink')), tmpdir.resolve('dir'));
assert.deepStrictEqual(fs.readlinkSync(tmpdir.resolve('dirlink'), 'buffer'), Buffer.from('dir'));
assert.strictEqual(fs.realpathSync(tmpdir.resolve('filelink')), `${real}/dir/file`);
assert.strictEqual(fs.realpathSync.native(tmpdir.resolve('filelink')), `${real}/dir/file`);
assert.strictEqual(fs.realpathSync(tmpdir.resolve('dirlink/../dir/./file')), `${real}/dir/file`);
assert.deepStrictEqual(fs.realpathSync(tmpdir.resolve('filelink'), 'buffer'),
                       Buffer.from(`${real}/dir/file`));
assert.strictEqual(fs.readFileSync(tmpdir.resolve('filelink'), 'utf8'), 'x');

assert.throws(() => fs.symlinkSync('dir', tmpdir.resolve('dirlink')), {
  code: 'EEXIST',
  syscall: 'symlink',
  path: 'dir',
  dest: tmpdir.resolve('dirlink'),
  message: `EEXIST: file already exists, symlink 'dir' -> '${tmpdir.resolve('dirlink')}'`,
});
assert.throws(() => fs.symlinkSync('a', tmpdir.resolve('b'), 'bad'), {
  code: 'ERR_FS_INVALID_SYMLINK_TYPE',
  message: 'Symlink type must be one of "dir", "file", or "junction". Received "bad"',
});
assert.throws(() => fs.readlinkSync(tmpdir.resolve('dir')), {
  code: 'EINVAL',
  syscall: 'readlink',
});
// The JS walk names the first missing component and reports lstat; native says realpath.
assert.throws(() => fs.realpathSync(tmpdir.resolve('nope/x')), {
  code: 'ENOENT',
  syscall: 'lstat',
  message: `ENOENT: no such file or directory, lstat '${real}/nope'`,
});
assert.throws(() => fs.realpathSync.native(tmpdir.resolve('nope/x')), {
  code: 'ENOENT',
  message: `ENOENT: no such file or directory, realpath '${tmpdir.resolve('nope/x')}'`,
});
fs.symlinkSync('loop2', tmpdir.resolve('loop1'));
fs.symlinkSync('loop1', tmpdir.resolve('loop2'));
assert.throws(() => fs.realpathSync(tmpdir.resolve('loop1')), {
  code: 'ELOOP',
  syscall: 'stat',
});

// Callback forms.
fs.symlink('dir/file', tmpdir.resolve('cblink'), common.mustSucceed(() => {
  fs.readlink(tmpdir.resolve('cblink'), common.mustSucceed((target) => {
    assert.strictEqual(target, 'dir/file');
  }));
  fs.realpath(tmpdir.resolve('cblink'), common.mustSucceed((p) => {
    assert.strictEqual(p, `${real}/dir/file`);
  }));
  fs.realpath.native(tmpdir.resolve('cblink'), common.mustSucceed((p) => {
    assert.strictEqual(p, `${real}/dir/file`);
  }));
}));
fs.realpath(tmpdir.resolve('loop1'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ELOOP');
}));
fs.readlink(tmpdir.resolve('missing'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'readlink');
}));
