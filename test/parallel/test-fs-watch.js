'use strict';
// fs.watch (FSWatcher: change/rename events, close, errors, recursive) and
// fs/promises.watch with an AbortSignal.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const fsp = require('node:fs/promises');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
fs.mkdirSync(tmpdir.resolve('w/sub'), { recursive: true });
fs.mkdirSync(tmpdir.resolve('pw'));
fs.mkdirSync(tmpdir.resolve('pw2'));

assert.throws(() => fs.watch(tmpdir.resolve('missing')), (err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'watch');
  assert.strictEqual(err.filename, tmpdir.resolve('missing'));
  assert.strictEqual(err.message,
                     `ENOENT: no such file or directory, watch '${tmpdir.resolve('missing')}'`);
  assert.deepStrictEqual(Object.keys(err), ['errno', 'syscall', 'code', 'path', 'filename']);
  return true;
});
assert.throws(() => fs.watch(tmpdir.path, { recursive: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });

// A new file in the directory: a rename event naming it, then close.
const watcher = fs.watch(tmpdir.resolve('w'), common.mustCallAtLeast((eventType, filename) => {
  assert.ok(eventType === 'rename' || eventType === 'change');
  assert.strictEqual(filename, 'new.txt');
  watcher.close();
}));
assert.ok(watcher instanceof require('node:events'));
watcher.on('close', common.mustCall());
fs.writeFileSync(tmpdir.resolve('w/new.txt'), 'x');

// Recursive: names are relative to the watched root.
const deep = fs.watch(tmpdir.resolve('w'), { recursive: true });
deep.on('change', common.mustCallAtLeast((eventType, filename) => {
  if (filename !== 'sub/inner.txt') return;
  deep.close();
}));
fs.writeFileSync(tmpdir.resolve('w/sub/inner.txt'), 'y');

// A watcher that is closed before anything happens does not keep the process alive.
fs.watch(tmpdir.path).close();
// Nor does one without persistent.
fs.watch(tmpdir.path, { persistent: false });

// fs/promises.watch yields events; once the signal aborts, the iterator rejects with an
// AbortError, whether the loop was waiting or handling an event.
const ac = new AbortController();
(async () => {
  const iterator = fsp.watch(tmpdir.resolve('pw'), { signal: ac.signal });
  setImmediate(() => fs.writeFileSync(tmpdir.resolve('pw/p.txt'), 'z'));
  let events = 0;
  await assert.rejects(async () => {
    for await (const { eventType, filename } of iterator) {
      assert.ok(eventType === 'rename' || eventType === 'change');
      assert.strictEqual(filename, 'p.txt');
      events++;
      ac.abort();
    }
  }, { name: 'AbortError', code: 'ABORT_ERR' });
  assert.strictEqual(events, 1);

  const ac2 = new AbortController();
  const waiting = fsp.watch(tmpdir.resolve('pw2'), { signal: ac2.signal });
  setImmediate(() => ac2.abort());
  await assert.rejects(async () => {
    for await (const event of waiting) assert.fail(`unexpected ${event.eventType}`);
  }, { name: 'AbortError' });
  await assert.rejects(fsp.watch(tmpdir.path, { signal: AbortSignal.abort() }).next(), {
    name: 'AbortError',
  });
})().then(common.mustCall());
