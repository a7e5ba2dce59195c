'use strict';
// access/accessSync with modes, exists/existsSync, fs constants.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const util = require('node:util');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('f');
fs.writeFileSync(file, '');

assert.strictEqual(fs.F_OK, 0);
assert.strictEqual(fs.R_OK, 4);
assert.strictEqual(fs.W_OK, 2);
assert.strictEqual(fs.X_OK, 1);
assert.strictEqual(fs.constants.O_CREAT, 64);
assert.strictEqual(fs.constants.S_IFDIR, 0o40000);
assert.strictEqual(fs.constants.COPYFILE_EXCL, 1);
assert.strictEqual(fs.constants.UV_DIRENT_DIR, 2);

fs.accessSync(file);
fs.accessSync(file, fs.R_OK | fs.W_OK);
assert.throws(() => fs.accessSync(tmpdir.resolve('missing')), {
  code: 'ENOENT',
  syscall: 'access',
  path: tmpdir.resolve('missing'),
  message: `ENOENT: no such file or directory, access '${tmpdir.resolve('missing')}'`,
});
if (process.getuid() !== 0) {
  assert.throws(() => fs.accessSync(file, fs.X_OK), { code: 'EACCES' });
}
assert.throws(() => fs.accessSync(file, 8), { code: 'ERR_OUT_OF_RANGE' });

assert.strictEqual(fs.existsSync(file), true);
assert.strictEqual(fs.existsSync(tmpdir.resolve('missing')), false);
assert.strictEqual(fs.existsSync(), false);
assert.strictEqual(fs.existsSync('a\0b'), false);
assert.strictEqual(fs.existsSync(Buffer.from(file)), true);
assert.strictEqual(fs.existsSync(new URL(`file://${file}`)), true);

fs.access(file, fs.W_OK, common.mustSucceed());
fs.access(tmpdir.resolve('missing'), common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
}));
fs.exists(file, common.mustCall((exists) => assert.strictEqual(exists, true)));
fs.exists(tmpdir.resolve('missing'), common.mustCall((e) => assert.strictEqual(e, false)));
fs.exists('a\0b', common.mustCall((e) => assert.strictEqual(e, false)));
assert.throws(() => fs.exists(file), { code: 'ERR_INVALID_ARG_TYPE' });
util.promisify(fs.exists)(file).then(common.mustCall((e) => assert.strictEqual(e, true)));
