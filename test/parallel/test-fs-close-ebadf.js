'use strict';
// Using a file descriptor after it was closed gives an EBADF error (sync,
// callback, promise and stream forms), never a crash.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const fsp = require('node:fs/promises');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('f.txt');
fs.writeFileSync(file, 'some bytes');

function ebadf(syscall) {
  return {
    name: 'Error',
    code: 'EBADF',
    errno: -9,
    syscall,
    message: `EBADF: bad file descriptor, ${syscall}`,
  };
}

async function main() {
  // Sync: the second closeSync and every later use throw EBADF.
  {
    const fd = fs.openSync(file, 'r');
    fs.closeSync(fd);
    assert.throws(() => fs.closeSync(fd), ebadf('close'));
    assert.throws(() => fs.readSync(fd, Buffer.alloc(4), 0, 4, 0), ebadf('read'));
    assert.throws(() => fs.writeSync(fd, 'x'), ebadf('write'));
    assert.throws(() => fs.fstatSync(fd), ebadf('fstat'));
    assert.throws(() => fs.fsyncSync(fd), ebadf('fsync'));
    assert.throws(() => fs.ftruncateSync(fd), ebadf('ftruncate'));
    assert.throws(() => fs.readFileSync(fd, 'utf8'), ebadf('read'));
    // Without an encoding, Node starts with an fstat of the fd.
    assert.throws(() => fs.readFileSync(fd), ebadf('fstat'));
  }

  // Callback forms.
  {
    const fd = fs.openSync(file, 'r');
    await new Promise((resolve) => fs.close(fd, common.mustSucceed(resolve)));
    await new Promise((resolve) => fs.close(fd, common.mustCall((err) => {
      assert.throws(() => { throw err; }, ebadf('close'));
      resolve();
    })));
    await new Promise((resolve) => fs.read(fd, Buffer.alloc(4), 0, 4, 0, common.mustCall((err) => {
      assert.throws(() => { throw err; }, ebadf('read'));
      resolve();
    })));
    await new Promise((resolve) => fs.fstat(fd, common.mustCall((err) => {
      assert.throws(() => { throw err; }, ebadf('fstat'));
      resolve();
    })));
  }

  // FileHandle: a second close() is harmless; operations after close reject with EBADF.
  {
    const handle = await fsp.open(file);
    await handle.close();
    await handle.close();
    assert.strictEqual(handle.fd, -1);
    await assert.rejects(handle.read(Buffer.alloc(4), 0, 4, 0), {
      code: 'EBADF',
      syscall: 'read',
    });
    await assert.rejects(handle.stat(), { code: 'EBADF', syscall: 'fstat' });
  }

  // A stream on a closed fd errors with EBADF and closes without crashing.
  {
    const fd = fs.openSync(file, 'r');
    fs.closeSync(fd);
    const stream = fs.createReadStream(null, { fd, autoClose: true });
    stream.resume();
    const [err] = await Promise.all([
      new Promise((resolve) => stream.once('error', resolve)),
      new Promise((resolve) => stream.once('close', resolve)),
    ]);
    // The read fails, and then so does the automatic close; Node reports the latter.
    assert.strictEqual(err.code, 'EBADF');
    assert.strictEqual(err.syscall, 'close');
  }
  {
    const fd = fs.openSync(tmpdir.resolve('w.txt'), 'w');
    fs.closeSync(fd);
    const stream = fs.createWriteStream(null, { fd });
    stream.write('data', common.mustCall((err) => {
      assert.strictEqual(err.code, 'EBADF');
      assert.strictEqual(err.syscall, 'write');
    }));
    const err = await new Promise((resolve) => stream.once('error', resolve));
    assert.strictEqual(err.code, 'EBADF');
    assert.strictEqual(err.syscall, 'close');
  }
}

main().then(common.mustCall());
