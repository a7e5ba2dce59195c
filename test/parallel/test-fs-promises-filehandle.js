'use strict';
// FileHandle: read/write/readv/writev/readFile/writeFile/appendFile/stat/truncate/sync/
// chmod/chown/utimes/close, its errors once closed, and Symbol.asyncDispose.
const common = require('../common');
const assert = require('node:assert');
const fsp = require('node:fs/promises');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('h.txt');

(async () => {
  const fh = await fsp.open(file, 'w+');
  assert.strictEqual(typeof fh.fd, 'number');
  assert.strictEqual(fh.constructor.name, 'FileHandle');

  let r = await fh.write('hello world');
  assert.strictEqual(r.bytesWritten, 11);
  assert.strictEqual(r.buffer, 'hello world');
  r = await fh.write(Buffer.from('HW'), 0, 1, 0);
  assert.strictEqual(r.bytesWritten, 1);
  r = await fh.write(Buffer.from('W'), { position: 6 });
  assert.strictEqual(r.bytesWritten, 1);

  const buf = Buffer.alloc(11);
  r = await fh.read(buf, 0, 11, 0);
  assert.strictEqual(r.bytesRead, 11);
  assert.strictEqual(r.buffer, buf);
  assert.strictEqual(buf.toString(), 'Hello World');
  r = await fh.read({ buffer: Buffer.alloc(5), position: 6 });
  assert.strictEqual(r.buffer.toString(), 'World');
  r = await fh.read(Buffer.alloc(3), { position: 0, length: 2 });
  assert.strictEqual(r.bytesRead, 2);
  assert.strictEqual(r.buffer.toString('latin1', 0, 2), 'He');
  r = await fh.read();
  assert.strictEqual(r.buffer.length, 16384);

  const w = await fh.writev([Buffer.from('ab'), Buffer.from('cd')], 0);
  assert.strictEqual(w.bytesWritten, 4);
  const parts = [Buffer.alloc(2), Buffer.alloc(2)];
  const rv = await fh.readv(parts, 0);
  assert.strictEqual(rv.bytesRead, 4);
  assert.strictEqual(rv.buffers, parts);
  assert.strictEqual(Buffer.concat(parts).toString(), 'abcd');

  assert.strictEqual((await fh.stat()).size, 11);
  assert.strictEqual((await fh.stat({ bigint: true })).size, 11n);
  await fh.truncate(4);
  assert.strictEqual((await fh.stat()).size, 4);
  await fh.sync();
  await fh.datasync();
  await fh.chmod(0o600);
  assert.strictEqual((await fh.stat()).mode & 0o777, 0o600);
  const { uid, gid } = await fh.stat();
  await fh.chown(uid, gid);
  await fh.utimes(1, 2);
  assert.strictEqual((await fh.stat()).mtimeMs, 2000);

  await fh.writeFile('new');
  await fh.appendFile('!');
  assert.strictEqual((await fsp.readFile(file, 'utf8')).slice(0, 4), 'abcd');

  let closed = 0;
  fh.on('close', () => closed++);
  await fh.close();
  assert.strictEqual(closed, 1);
  assert.strictEqual(fh.fd, -1);
  await fh.close();
  await assert.rejects(fh.stat(), {
    name: 'Error',
    message: 'file closed',
    code: 'EBADF',
    syscall: 'fstat',
  });
  await assert.rejects(fh.read(Buffer.alloc(1)), { code: 'EBADF', syscall: 'read' });

  // readFile reads from the current position; readFile(FileHandle) leaves it open.
  await fsp.writeFile(file, 'abcdef');
  const rh = await fsp.open(file);
  await rh.read(Buffer.alloc(2), 0, 2);
  assert.strictEqual(await rh.readFile('utf8'), 'cdef');
  assert.strictEqual(await fsp.readFile(rh, 'utf8'), '');
  await fsp.writeFile(rh, 'x').then(common.mustNotCall(), common.mustCall((err) => {
    assert.strictEqual(err.code, 'EBADF');
  }));
  // close() waits for the operations in flight.
  const pending = rh.stat();
  await rh.close();
  assert.strictEqual((await pending).size, 6);

  // readLines splits on \n and \r\n and closes the handle at the end.
  await fsp.writeFile(file, 'one\ntwo\r\nthree');
  const lh = await fsp.open(file);
  const lines = [];
  for await (const line of lh.readLines()) lines.push(line);
  assert.deepStrictEqual(lines, ['one', 'two', 'three']);

  const disposable = await fsp.open(file);
  await disposable[Symbol.asyncDispose]();
  assert.strictEqual(disposable.fd, -1);
  await assert.rejects(fsp.open(tmpdir.resolve('missing')), {
    code: 'ENOENT',
    syscall: 'open',
    path: tmpdir.resolve('missing'),
  });
  await assert.rejects(fsp.open(file, 'bogus'), { code: 'ERR_INVALID_ARG_VALUE' });
})().then(common.mustCall());
