'use strict';
// mkdir/mkdirSync (plain and recursive, returning the first directory created) and mkdtemp.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();

fs.mkdirSync(tmpdir.resolve('plain'));
assert.strictEqual(fs.statSync(tmpdir.resolve('plain')).isDirectory(), true);
assert.strictEqual(fs.mkdirSync(tmpdir.resolve('moded'), 0o700), undefined);
assert.strictEqual(fs.statSync(tmpdir.resolve('moded')).mode & 0o777, 0o700);
assert.throws(() => fs.mkdirSync(tmpdir.resolve('plain')), {
  code: 'EEXIST',
  syscall: 'mkdir',
  path: tmpdir.resolve('plain'),
  message: `EEXIST: file already exists, mkdir '${tmpdir.resolve('plain')}'`,
});
assert.throws(() => fs.mkdirSync(tmpdir.resolve('a/b')), { code: 'ENOENT' });

// Recursive: the first directory created, undefined when all exist.
assert.strictEqual(fs.mkdirSync(tmpdir.resolve('a/b/c'), { recursive: true }),
                   tmpdir.resolve('a'));
assert.strictEqual(fs.mkdirSync(tmpdir.resolve('a/b/c/d'), { recursive: true }),
                   tmpdir.resolve('a/b/c/d'));
assert.strictEqual(fs.mkdirSync(tmpdir.resolve('a/b'), { recursive: true }), undefined);
assert.strictEqual(fs.mkdirSync(tmpdir.resolve('r/s/'), { recursive: true, mode: 0o711 }),
                   tmpdir.resolve('r'));
assert.strictEqual(fs.statSync(tmpdir.resolve('r/s')).mode & 0o777, 0o711);

// Relative paths resolve against the cwd.
process.chdir(tmpdir.path);
assert.strictEqual(fs.mkdirSync('rel/x', { recursive: true }), 'rel');
assert.strictEqual(fs.statSync(tmpdir.resolve('rel/x')).isDirectory(), true);

// A file in the way.
fs.writeFileSync(tmpdir.resolve('file'), '');
assert.throws(() => fs.mkdirSync(tmpdir.resolve('file'), { recursive: true }), {
  code: 'EEXIST',
  syscall: 'mkdir',
  path: tmpdir.resolve('file'),
});
assert.throws(() => fs.mkdirSync(tmpdir.resolve('file/a/b'), { recursive: true }), {
  code: 'ENOTDIR',
  syscall: 'mkdir',
  path: tmpdir.resolve('file/a/b'),
  message: `ENOTDIR: not a directory, mkdir '${tmpdir.resolve('file/a/b')}'`,
});

assert.throws(() => fs.mkdirSync(tmpdir.resolve('x'), { recursive: 'yes' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.recursive" property must be of type boolean. ' +
           "Received type string ('yes')",
});
assert.throws(() => fs.mkdirSync(tmpdir.resolve('x'), { mode: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
});

// Callback forms.
fs.mkdir(tmpdir.resolve('cb/one/two'), { recursive: true }, common.mustSucceed((first) => {
  assert.strictEqual(first, tmpdir.resolve('cb'));
  fs.mkdir(tmpdir.resolve('cb/one'), { recursive: true }, common.mustSucceed((first) => {
    assert.strictEqual(first, undefined);
  }));
}));
fs.mkdir(tmpdir.resolve('file/sub'), { recursive: true }, common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOTDIR');
  assert.strictEqual(err.path, tmpdir.resolve('file/sub'));
}));
fs.mkdir(tmpdir.resolve('file'), { recursive: true }, common.mustCall((err) => {
  assert.strictEqual(err.code, 'EEXIST');
}));
fs.mkdir(tmpdir.resolve('cbplain'), common.mustSucceed((result) => {
  assert.strictEqual(result, undefined);
}));

// mkdtemp appends six random characters.
const made = fs.mkdtempSync(tmpdir.resolve('tmp-'));
assert.match(path.basename(made), /^tmp-[A-Za-z0-9]{6}$/);
assert.strictEqual(fs.statSync(made).isDirectory(), true);
const asBuffer = fs.mkdtempSync(tmpdir.resolve('buf-'), 'buffer');
assert.ok(Buffer.isBuffer(asBuffer));
assert.throws(() => fs.mkdtempSync(tmpdir.resolve('nope/x-')), {
  code: 'ENOENT',
  syscall: 'mkdtemp',
  path: `${tmpdir.resolve('nope/x-')}XXXXXX`,
});
fs.mkdtemp(tmpdir.resolve('cbtmp-'), common.mustSucceed((dir) => {
  assert.match(path.basename(dir), /^cbtmp-[A-Za-z0-9]{6}$/);
}));
