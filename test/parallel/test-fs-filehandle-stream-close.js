'use strict';
// A FileHandle and the streams made over it, as in Node: closing the handle closes
// its streams (their 'close' comes before the handle's close() resolves), the
// handle reads fd -1 as soon as close() is called, and operations started while a
// close waits for pending work still run.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('data.txt');
fs.writeFileSync(file, 'some file content');

(async () => {
  {
    const fh = await fs.promises.open(file);
    const stream = fh.createReadStream();
    assert.strictEqual(fh.listenerCount('close'), 1);
    const order = [];
    stream.on('close', common.mustCall(() => order.push('stream close')));
    stream.on('data', common.mustNotCall());
    await fh.close();
    order.push('handle closed');
    assert.deepStrictEqual(order, ['stream close', 'handle closed']);
    assert.strictEqual(stream.destroyed, true);
  }

  {
    const fh = await fs.promises.open(file);
    const closing = fh.close();
    assert.strictEqual(fh.fd, -1);
    let second = false;
    fh.close().then(() => { second = true; });
    await closing;
    assert.strictEqual(second, true);
    await assert.rejects(fh.stat(), { code: 'EBADF', message: 'file closed', syscall: 'fstat' });
  }

  {
    const fh = await fs.promises.open(file);
    const read = fh.read(Buffer.alloc(4), 0, 4, 0);
    const closing = fh.close();
    // The read is still pending, so the fd stays open and new work may start.
    assert.notStrictEqual(fh.fd, -1);
    assert.strictEqual((await fh.stat()).size, 17);
    assert.strictEqual((await read).bytesRead, 4);
    await closing;
    assert.strictEqual(fh.fd, -1);
  }

  {
    // A stream that ends on its own closes the handle.
    const fh = await fs.promises.open(file);
    const chunks = [];
    const stream = fs.createReadStream(null, { fd: fh });
    for await (const chunk of stream) chunks.push(chunk);
    assert.strictEqual(Buffer.concat(chunks).toString(), 'some file content');
    await new Promise((resolve) => setImmediate(resolve));
    assert.strictEqual(fh.fd, -1);
  }
})().then(common.mustCall());
