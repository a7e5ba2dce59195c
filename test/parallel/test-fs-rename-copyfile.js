'use strict';
// rename, copyFile (with COPYFILE_EXCL), link, truncate and their errors with dest.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const a = tmpdir.resolve('a.txt');
const b = tmpdir.resolve('b.txt');
const c = tmpdir.resolve('c.txt');
fs.writeFileSync(a, 'alpha');

fs.renameSync(a, b);
assert.strictEqual(fs.existsSync(a), false);
assert.strictEqual(fs.readFileSync(b, 'utf8'), 'alpha');
assert.throws(() => fs.renameSync(a, c), {
  code: 'ENOENT',
  syscall: 'rename',
  path: a,
  dest: c,
  message: `ENOENT: no such file or directory, rename '${a}' -> '${c}'`,
});

fs.copyFileSync(b, c);
assert.strictEqual(fs.readFileSync(c, 'utf8'), 'alpha');
fs.writeFileSync(b, 'beta');
fs.copyFileSync(b, c);
assert.strictEqual(fs.readFileSync(c, 'utf8'), 'beta');
assert.throws(() => fs.copyFileSync(b, c, fs.constants.COPYFILE_EXCL), {
  code: 'EEXIST',
  syscall: 'copyfile',
  path: b,
  dest: c,
  message: `EEXIST: file already exists, copyfile '${b}' -> '${c}'`,
});
assert.throws(() => fs.copyFileSync(a, c), {
  code: 'ENOENT',
  message: `ENOENT: no such file or directory, copyfile '${a}' -> '${c}'`,
});
assert.throws(() => fs.copyFileSync(b, c, 8), {
  name: 'RangeError',
  code: 'ERR_OUT_OF_RANGE',
  message: 'mode is out of range: >= 0 && <= 7',
});
assert.throws(() => fs.copyFileSync(b, c, 'x'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'mode must be int32 or null/undefined',
});

fs.linkSync(b, tmpdir.resolve('hard'));
assert.strictEqual(fs.statSync(b).nlink, 2);
assert.throws(() => fs.linkSync(b, c), {
  code: 'EEXIST',
  syscall: 'link',
  dest: c,
  message: `EEXIST: file already exists, link '${b}' -> '${c}'`,
});

fs.truncateSync(c, 2);
assert.strictEqual(fs.readFileSync(c, 'utf8'), 'be');
fs.truncateSync(c);
assert.strictEqual(fs.statSync(c).size, 0);
const fd = fs.openSync(c, 'r+');
fs.ftruncateSync(fd, 4);
assert.deepStrictEqual(fs.readFileSync(c), Buffer.alloc(4));
fs.closeSync(fd);

// Callback forms.
fs.rename(b, a, common.mustSucceed(() => {
  assert.strictEqual(fs.readFileSync(a, 'utf8'), 'beta');
  fs.copyFile(a, tmpdir.resolve('d.txt'), common.mustSucceed(() => {
    assert.strictEqual(fs.readFileSync(tmpdir.resolve('d.txt'), 'utf8'), 'beta');
    fs.copyFile(a, tmpdir.resolve('d.txt'), fs.constants.COPYFILE_EXCL, common.mustCall((err) => {
      assert.strictEqual(err.code, 'EEXIST');
      assert.strictEqual(err.dest, tmpdir.resolve('d.txt'));
    }));
    fs.truncate(tmpdir.resolve('d.txt'), 1, common.mustSucceed(() => {
      assert.strictEqual(fs.readFileSync(tmpdir.resolve('d.txt'), 'utf8'), 'b');
    }));
  }));
  fs.link(a, tmpdir.resolve('hard2'), common.mustSucceed());
}));
fs.rename(tmpdir.resolve('nope'), c, common.mustCall((err) => {
  assert.strictEqual(err.syscall, 'rename');
  assert.strictEqual(err.dest, c);
}));
