'use strict';
// open/close/read/write/readv/writev in sync and callback forms, positions and checks.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('rw.txt');

const fd = fs.openSync(file, 'w+', 0o644);
assert.strictEqual(typeof fd, 'number');
assert.strictEqual(fs.writeSync(fd, 'hello'), 5);
assert.strictEqual(fs.writeSync(fd, Buffer.from(' world')), 6);
assert.strictEqual(fs.writeSync(fd, 'HE', 0), 2);
assert.strictEqual(fs.writeSync(fd, Buffer.from('xxWOyy'), 2, 2, 6), 2);
assert.strictEqual(fs.writeSync(fd, 'c3a9', 11, 'hex'), 2);
assert.strictEqual(fs.writeSync(fd, Buffer.from('!'), { position: 13 }), 1);

const buf = Buffer.alloc(14);
assert.strictEqual(fs.readSync(fd, buf, 0, 14, 0), 14);
assert.strictEqual(buf.toString(), 'HEllo WOrldé!');
assert.strictEqual(fs.readSync(fd, buf, { position: 6, length: 2 }), 2);
assert.strictEqual(buf.toString('latin1', 0, 2), 'WO');
assert.strictEqual(fs.readSync(fd, buf, 0, 4, 100), 0);
assert.strictEqual(fs.readSync(fd, buf, 0, 2, 1n), 2);
assert.strictEqual(buf.toString('latin1', 0, 2), 'El');
assert.strictEqual(fs.readSync(fd, Buffer.alloc(1), 0, 0, 0), 0);

// Vectored I/O.
assert.strictEqual(fs.writevSync(fd, [Buffer.from('ab'), Buffer.from('cd')], 0), 4);
const a = Buffer.alloc(3);
const b = Buffer.alloc(3);
assert.strictEqual(fs.readvSync(fd, [a, b], 0), 6);
assert.strictEqual(a.toString() + b.toString(), 'abcdo ');
fs.closeSync(fd);

// Argument checks.
assert.throws(() => fs.readSync(fd, Buffer.alloc(1), 2, 1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "length" is out of range. It must be <= -1. Received 1',
});
assert.throws(() => fs.readSync(fd, Buffer.alloc(4), 0, 5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "length" is out of range. It must be <= 4. Received 5',
});
assert.throws(() => fs.closeSync(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "fd" is out of range. It must be >= 0 && <= 2147483647. Received -1',
});
assert.throws(() => fs.closeSync('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fd" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => fs.openSync(file, 'zz'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'flags' is invalid. Received 'zz'",
});
assert.throws(() => fs.openSync(file, 'r', '8'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'mode' must be a 32-bit unsigned integer or an octal string. " +
           "Received '8'",
});
assert.throws(() => fs.readSync(fd, 'str'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.readSync(fd, Buffer.alloc(1), 0, 1, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
});
// A closed fd fails in the kernel: EBADF with the syscall and no path.
assert.throws(() => fs.readSync(fd, Buffer.alloc(1), 0, 1, 0), (err) => {
  assert.strictEqual(err.code, 'EBADF');
  assert.strictEqual(err.syscall, 'read');
  assert.strictEqual(err.path, undefined);
  assert.strictEqual(err.message, 'EBADF: bad file descriptor, read');
  return true;
});
assert.throws(() => fs.closeSync(fd), {
  code: 'EBADF',
  syscall: 'close',
  message: 'EBADF: bad file descriptor, close',
});
assert.throws(() => fs.openSync(tmpdir.resolve('no/such/file')), {
  code: 'ENOENT',
  syscall: 'open',
  path: tmpdir.resolve('no/such/file'),
});

// Callback forms.
fs.open(file, 'r+', common.mustSucceed((fd) => {
  fs.write(fd, Buffer.from('XY'), 0, 2, 0, common.mustSucceed((written, buffer) => {
    assert.strictEqual(written, 2);
    assert.deepStrictEqual(buffer, Buffer.from('XY'));
    fs.write(fd, 'Z', 2, 'utf8', common.mustSucceed((written, str) => {
      assert.strictEqual(written, 1);
      assert.strictEqual(str, 'Z');
      const out = Buffer.alloc(4);
      fs.read(fd, out, 0, 4, 0, common.mustSucceed((bytesRead, buffer) => {
        assert.strictEqual(bytesRead, 4);
        assert.strictEqual(buffer, out);
        assert.strictEqual(out.toString(), 'XYZd');
        fs.read(fd, { buffer: Buffer.alloc(2), position: 1 }, common.mustSucceed((n, b) => {
          assert.strictEqual(n, 2);
          assert.strictEqual(b.toString(), 'YZ');
          fs.writev(fd, [Buffer.from('1'), Buffer.from('2')], 0, common.mustSucceed((n) => {
            assert.strictEqual(n, 2);
            const bufs = [Buffer.alloc(1), Buffer.alloc(1)];
            fs.readv(fd, bufs, 0, common.mustSucceed((n, buffers) => {
              assert.strictEqual(n, 2);
              assert.strictEqual(buffers, bufs);
              assert.strictEqual(Buffer.concat(bufs).toString(), '12');
              fs.close(fd, common.mustSucceed());
            }));
          }));
        }));
      }));
    }));
  }));
}));
fs.open(tmpdir.resolve('missing'), 'r', common.mustCall((err, fd) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.message,
                     `ENOENT: no such file or directory, open '${tmpdir.resolve('missing')}'`);
  assert.strictEqual(fd, undefined);
}));
// A zero-length read calls back without touching the fd.
fs.read(12345, Buffer.alloc(1), 0, 0, 0, common.mustSucceed((n) => assert.strictEqual(n, 0)));
assert.throws(() => fs.open(file), { code: 'ERR_INVALID_ARG_TYPE' });
