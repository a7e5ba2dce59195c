'use strict';
// System errors (errno, code, syscall, path, dest and message) and argument errors for
// paths: null bytes, wrong types, file: URLs and Buffer paths.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const missing = tmpdir.resolve('missing');

// The shape of a system error from a synchronous call.
try {
  fs.openSync(missing);
  assert.fail('openSync must throw');
} catch (err) {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.name, 'Error');
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'path']);
  assert.strictEqual(err.errno, -2);
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'open');
  assert.strictEqual(err.path, missing);
  assert.strictEqual(err.message, `ENOENT: no such file or directory, open '${missing}'`);
  assert.match(err.stack, /^Error: ENOENT: no such file or directory, open '.*'\n {4}at /);
}
try {
  fs.linkSync(missing, tmpdir.resolve('x'));
  assert.fail('linkSync must throw');
} catch (err) {
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'path', 'dest']);
  assert.strictEqual(err.dest, tmpdir.resolve('x'));
}

// Paths: null bytes, types.
for (const bad of ['a\u0000b', Buffer.from('a\u0000b'), new URL('file:///a%00b')]) {
  assert.throws(() => fs.openSync(bad), {
    code: 'ERR_INVALID_ARG_VALUE',
    name: 'TypeError',
  });
  assert.throws(() => fs.readFile(bad, common.mustNotCall()), {
    code: 'ERR_INVALID_ARG_VALUE',
  });
}
assert.throws(() => fs.openSync('a\u0000b'), {
  message: "The argument 'path' must be a string, Uint8Array, or URL without null bytes. " +
           "Received 'a\\x00b'",
});
assert.throws(() => fs.statSync(12), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string or an instance of Buffer or URL. ' +
           'Received type number (12)',
});
assert.throws(() => fs.renameSync('a', {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "newPath" argument must be of type string or an instance of Buffer or URL. ' +
           'Received an instance of Object',
});
assert.throws(() => fs.readFileSync(new URL('http://example.com/x')), {
  code: 'ERR_INVALID_URL_SCHEME',
  message: 'The URL must be of scheme file',
});
assert.throws(() => fs.readFileSync(new URL('file://host/x')), {
  code: 'ERR_INVALID_FILE_URL_HOST',
});

// URLs and Buffers work as paths.
const file = tmpdir.resolve('url file.txt');
fs.writeFileSync(new URL(`file://${tmpdir.path}/url%20file.txt`), 'via url');
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'via url');
assert.strictEqual(fs.readFileSync(Buffer.from(file), 'utf8'), 'via url');
assert.strictEqual(fs.statSync(new URL(`file://${file}`)).size, 7);
assert.deepStrictEqual(fs.readdirSync(Buffer.from(tmpdir.path)), ['url file.txt']);

// Asynchronous errors carry the same fields.
fs.stat(missing, common.mustCall((err) => {
  assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'path']);
  assert.strictEqual(err.message, `ENOENT: no such file or directory, stat '${missing}'`);
}));
fs.symlink(file, file, common.mustCall((err) => {
  assert.strictEqual(err.code, 'EEXIST');
  assert.strictEqual(err.message, `EEXIST: file already exists, symlink '${file}' -> '${file}'`);
}));
assert.throws(() => fs.stat(missing), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "cb" argument must be of type function. Received undefined',
});
