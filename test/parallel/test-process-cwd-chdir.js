'use strict';
// process.cwd() and process.chdir(): absolute and relative changes, and the
// errors for missing directories, files and bad arguments.
require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const tmpdir = require('../common/tmpdir');

const start = process.cwd();
assert.strictEqual(typeof start, 'string');
assert.ok(path.isAbsolute(start));
assert.ok(fs.statSync(start).isDirectory());

tmpdir.refresh();
const base = fs.realpathSync(tmpdir.path);
const spaced = path.join(base, 'with space', 'ünïcödé');
fs.mkdirSync(spaced, { recursive: true });

process.chdir(spaced);
assert.strictEqual(process.cwd(), spaced);

process.chdir('..');
assert.strictEqual(process.cwd(), path.join(base, 'with space'));

process.chdir('./ünïcödé/../ünïcödé');
assert.strictEqual(process.cwd(), spaced);

process.chdir(base);
assert.strictEqual(process.cwd(), base);

// A failed chdir reports both directories and leaves cwd unchanged.
const missing = path.join(base, 'missing');
assert.throws(() => process.chdir(missing), {
  name: 'Error',
  code: 'ENOENT',
  errno: -2,
  syscall: 'chdir',
  path: base,
  dest: missing,
  message: `ENOENT: no such file or directory, chdir '${base}' -> '${missing}'`,
});
assert.throws(() => process.chdir('relative-missing'), {
  code: 'ENOENT',
  dest: 'relative-missing',
  message: `ENOENT: no such file or directory, chdir '${base}' -> 'relative-missing'`,
});
assert.throws(() => process.chdir(''), {
  code: 'ENOENT',
  message: `ENOENT: no such file or directory, chdir '${base}' -> ''`,
});

const file = path.join(base, 'file.txt');
fs.writeFileSync(file, 'x');
assert.throws(() => process.chdir(file), {
  code: 'ENOTDIR',
  errno: -20,
  syscall: 'chdir',
  message: `ENOTDIR: not a directory, chdir '${base}' -> '${file}'`,
});
assert.strictEqual(process.cwd(), base);

for (const value of [1, undefined, null, {}, Buffer.from('/')]) {
  assert.throws(() => process.chdir(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
  });
}
assert.throws(() => process.chdir(1), {
  message: 'The "directory" argument must be of type string. Received type number (1)',
});

process.chdir(start);
assert.strictEqual(process.cwd(), start);
