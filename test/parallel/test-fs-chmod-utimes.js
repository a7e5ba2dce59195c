'use strict';
// chmod/fchmod, chown family (to the current owner), utimes/futimes/lutimes, fsync.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('f');
fs.writeFileSync(file, 'x');

fs.chmodSync(file, 0o600);
assert.strictEqual(fs.statSync(file).mode & 0o777, 0o600);
fs.chmodSync(file, '755');
assert.strictEqual(fs.statSync(file).mode & 0o777, 0o755);
const fd = fs.openSync(file, 'r+');
fs.fchmodSync(fd, 0o640);
assert.strictEqual(fs.fstatSync(fd).mode & 0o777, 0o640);
assert.throws(() => fs.chmodSync(file, 'abc'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => fs.chmodSync(tmpdir.resolve('missing'), 0o600), {
  code: 'ENOENT',
  syscall: 'chmod',
  path: tmpdir.resolve('missing'),
});
assert.strictEqual(fs.lchmod, undefined);

const { uid, gid } = fs.statSync(file);
fs.chownSync(file, uid, gid);
fs.fchownSync(fd, uid, gid);
fs.lchownSync(file, uid, gid);
assert.throws(() => fs.chownSync(file, -2, gid), { code: 'ERR_OUT_OF_RANGE' });

// Times: seconds, numeric strings and Dates.
fs.utimesSync(file, 1000, 2000);
assert.strictEqual(fs.statSync(file).atimeMs, 1000000);
assert.strictEqual(fs.statSync(file).mtimeMs, 2000000);
fs.utimesSync(file, '3000', new Date(4000500));
assert.strictEqual(fs.statSync(file).atimeMs, 3000000);
assert.strictEqual(fs.statSync(file).mtimeMs, 4000500);
fs.futimesSync(fd, 5, 6);
assert.strictEqual(fs.statSync(file).mtimeMs, 6000);
fs.symlinkSync(file, tmpdir.resolve('link'));
fs.lutimesSync(tmpdir.resolve('link'), 7, 8);
assert.strictEqual(fs.lstatSync(tmpdir.resolve('link')).mtimeMs, 8000);
assert.strictEqual(fs.statSync(file).mtimeMs, 6000);
assert.throws(() => fs.utimesSync(file, 'x', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "time" argument must be an instance of Date or an Time in seconds. ' +
           "Received type string ('x')",
});
assert.throws(() => fs.utimesSync(tmpdir.resolve('missing'), 1, 1), {
  code: 'ENOENT',
  syscall: 'utime',
  message: `ENOENT: no such file or directory, utime '${tmpdir.resolve('missing')}'`,
});
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);

// Callback forms.
fs.chmod(file, 0o700, common.mustSucceed(() => {
  assert.strictEqual(fs.statSync(file).mode & 0o777, 0o700);
  fs.utimes(file, 10, 20, common.mustSucceed(() => {
    assert.strictEqual(fs.statSync(file).mtimeMs, 20000);
    fs.futimes(fd, 30, 40, common.mustSucceed(() => {
      assert.strictEqual(fs.statSync(file).mtimeMs, 40000);
      fs.fsync(fd, common.mustSucceed(() => {
        fs.fdatasync(fd, common.mustSucceed(() => fs.closeSync(fd)));
      }));
    }));
  }));
}));
fs.chown(file, uid, gid, common.mustSucceed());
fs.lutimes(tmpdir.resolve('link'), 1, 2, common.mustSucceed());
fs.chmod(tmpdir.resolve('missing'), 0o600, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
}));
