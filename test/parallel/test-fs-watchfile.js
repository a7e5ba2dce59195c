'use strict';
// fs.watchFile/unwatchFile: the listener gets current and previous Stats on a change.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('polled.txt');
fs.writeFileSync(file, 'a');

assert.throws(() => fs.watchFile(file), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "listener" argument must be of type function. Received undefined',
});

let writes = 0;
let timer;
const listener = common.mustCallAtLeast((curr, prev) => {
  assert.ok(curr instanceof fs.Stats);
  assert.ok(prev instanceof fs.Stats);
  if (curr.size === prev.size) return;
  assert.strictEqual(prev.size, 1);
  assert.ok(curr.size > 1);
  clearInterval(timer);
  fs.unwatchFile(file, listener);
});
const watcher = fs.watchFile(file, { interval: 20 }, listener);
watcher.on('stop', common.mustCall());
assert.strictEqual(typeof watcher.ref, 'function');
// Keep appending until the poll notices (its first stat is the baseline).
timer = setInterval(() => {
  if (++writes > 500) throw new Error('no change seen');
  fs.appendFileSync(file, 'b');
}, 10);

// A file that does not exist yet: zeroed Stats.
const missing = tmpdir.resolve('missing.txt');
fs.watchFile(missing, { interval: 20 }, common.mustCall((curr, prev) => {
  assert.strictEqual(curr.size, 0);
  assert.strictEqual(curr.mtimeMs, 0);
  assert.strictEqual(prev.ino, 0);
  fs.unwatchFile(missing);
}));

// BigInt stats.
const bigListener = common.mustCallAtLeast((curr) => {
  assert.strictEqual(typeof curr.size, 'bigint');
  fs.unwatchFile(missing + '2', bigListener);
});
fs.watchFile(missing + '2', { interval: 20, bigint: true }, bigListener);
