'use strict';
// A native callback made synchronously by JS that itself runs while ticks and
// microtasks are being drained (a request libuv refuses at once) is nested: it
// does not drain again, so a promise rejected just before it and handled just
// after is not reported as unhandled, and the FileHandle method rejects normally.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');

const fd = fs.openSync(__filename, 'r');

(async () => {
  await null;
  const fh = await fs.promises.open(__filename, 'r');
  // readv with no buffers fails synchronously inside the binding.
  await assert.rejects(fh.readv([]), { code: 'EINVAL', syscall: 'read' });
  await fh.close();

  const early = Promise.reject(new Error('handled a moment later'));
  fs.readv(fd, [], common.mustCall((err) => assert.strictEqual(err.code, 'EINVAL')));
  await assert.rejects(early, { message: 'handled a moment later' });
})().then(common.mustCall());

setTimeout(common.mustCall(() => {
  const order = [];
  process.nextTick(() => order.push('tick'));
  const early = Promise.reject(new Error('from a timer'));
  fs.readv(fd, [], common.mustCall(() => order.push('callback')));
  early.catch(common.mustCall(() => {
    order.push('catch');
    assert.deepStrictEqual(order, ['callback', 'tick', 'catch']);
  }));
}), 1);

process.on('unhandledRejection', common.mustNotCall());
