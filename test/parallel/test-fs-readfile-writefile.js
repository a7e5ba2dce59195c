'use strict';
// readFile/writeFile/appendFile: encodings, Buffer results, flags, mode, fds, signals.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('data.txt');

// Strings in each encoding round-trip through the file's bytes.
fs.writeFileSync(file, 'héllo wörld');
assert.deepStrictEqual(fs.readFileSync(file),
                       Buffer.from('68c3a96c6c6f2077c3b6726c64', 'hex'));
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'héllo wörld');
assert.strictEqual(fs.readFileSync(file, { encoding: 'hex' }), '68c3a96c6c6f2077c3b6726c64');
assert.strictEqual(fs.readFileSync(file, 'base64'), 'aMOpbGxvIHfDtnJsZA==');
assert.strictEqual(fs.readFileSync(file, 'latin1'), 'hÃ©llo wÃ¶rld');

fs.writeFileSync(file, '68656c6c6f', 'hex');
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'hello');
fs.writeFileSync(file, 'aGk=', { encoding: 'base64' });
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'hi');
fs.writeFileSync(file, 'hé', 'latin1');
assert.deepStrictEqual(fs.readFileSync(file), Buffer.from([0x68, 0xe9]));
fs.writeFileSync(file, 'ab', 'ucs2');
assert.deepStrictEqual(fs.readFileSync(file), Buffer.from([0x61, 0, 0x62, 0]));
assert.strictEqual(fs.readFileSync(file, 'utf16le'), 'ab');

// Typed arrays and DataViews are written as their bytes.
fs.writeFileSync(file, new Uint16Array([0x6261, 0x6463]));
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'abcd');
fs.writeFileSync(file, new DataView(new Uint8Array([0x78, 0x79, 0x7a]).buffer));
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'xyz');

// The append and exclusive-create flags.
fs.writeFileSync(file, 'one');
fs.appendFileSync(file, '-two');
fs.writeFileSync(file, '-three', { flag: 'a' });
assert.strictEqual(fs.readFileSync(file, 'utf8'), 'one-two-three');
assert.throws(() => fs.writeFileSync(file, 'x', { flag: 'wx' }), {
  code: 'EEXIST',
  syscall: 'open',
  path: file,
  message: `EEXIST: file already exists, open '${file}'`,
});

// Mode applies to files that are created.
const modeFile = tmpdir.resolve('mode.txt');
fs.writeFileSync(modeFile, 'x', { mode: 0o600 });
assert.strictEqual(fs.statSync(modeFile).mode & 0o777, 0o600);

// A user fd is written and read from its current position and left open.
const fd = fs.openSync(tmpdir.resolve('fd.txt'), 'w+');
fs.writeFileSync(fd, 'abc');
fs.writeFileSync(fd, 'def');
assert.strictEqual(fs.readFileSync(tmpdir.resolve('fd.txt'), 'utf8'), 'abcdef');
fs.closeSync(fd);

// Empty files and files of unknown size (procfs reports size 0).
fs.writeFileSync(file, '');
assert.strictEqual(fs.readFileSync(file, 'utf8'), '');
assert.deepStrictEqual(fs.readFileSync(file), Buffer.alloc(0));
assert.match(fs.readFileSync('/proc/self/status', 'utf8'), /^Name:/);
assert.ok(fs.readFileSync('/proc/self/status').length > 0);

// A larger file, read through every path.
const big = Buffer.alloc(300 * 1024, 'abcdefghij');
fs.writeFileSync(file, big);
assert.ok(fs.readFileSync(file).equals(big));

// Errors.
assert.throws(() => fs.readFileSync(tmpdir.resolve('missing')), {
  code: 'ENOENT',
  errno: -2,
  syscall: 'open',
  path: tmpdir.resolve('missing'),
  message: `ENOENT: no such file or directory, open '${tmpdir.resolve('missing')}'`,
});
assert.throws(() => fs.readFileSync(tmpdir.path), {
  code: 'EISDIR',
  syscall: 'read',
  message: 'EISDIR: illegal operation on a directory, read',
});
assert.throws(() => fs.writeFileSync(file, 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "data" argument must be of type string or an instance of Buffer, ' +
           'TypedArray, or DataView. Received type number (5)',
});
assert.throws(() => fs.readFileSync(file, { encoding: 'bogus' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'encoding' is invalid encoding. Received 'bogus'",
});
assert.throws(() => fs.readFile(file), { code: 'ERR_INVALID_ARG_TYPE' });

// Callback forms.
const asyncFile = tmpdir.resolve('async.txt');
fs.writeFile(asyncFile, 'héllo', common.mustSucceed(() => {
  fs.appendFile(asyncFile, Buffer.from('!'), common.mustSucceed(() => {
    fs.readFile(asyncFile, common.mustSucceed((data) => {
      assert.deepStrictEqual(data, Buffer.from('héllo!'));
    }));
    fs.readFile(asyncFile, 'hex', common.mustSucceed((data) => {
      assert.strictEqual(data, '68c3a96c6c6f21');
    }));
    fs.readFile(asyncFile, { encoding: 'utf8', flag: 'r' }, common.mustSucceed((data) => {
      assert.strictEqual(data, 'héllo!');
    }));
  }));
}));
fs.readFile(tmpdir.resolve('missing'), common.mustCall((err, data) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'open');
  assert.strictEqual(data, undefined);
}));
fs.readFile(tmpdir.path, common.mustCall((err) => {
  assert.strictEqual(err.code, 'EISDIR');
}));
fs.readFile('/proc/self/status', 'utf8', common.mustSucceed((data) => {
  assert.match(data, /^Name:/);
}));

// An aborted signal rejects before any I/O.
fs.readFile(file, { signal: AbortSignal.abort() }, common.mustCall((err) => {
  assert.strictEqual(err.name, 'AbortError');
  assert.strictEqual(err.code, 'ABORT_ERR');
}));
fs.writeFile(tmpdir.resolve('never.txt'), 'x', { signal: AbortSignal.abort() },
             common.mustCall((err) => {
               assert.strictEqual(err.name, 'AbortError');
               assert.strictEqual(fs.existsSync(tmpdir.resolve('never.txt')), false);
             }));
assert.throws(() => fs.readFile(file, { signal: 1 }, common.mustNotCall()), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.signal" property must be an instance of AbortSignal. ' +
           'Received type number (1)',
});
