'use strict';
// 50 workers started and ended one after another (half terminated, half ending by
// themselves) leave no threads or file descriptors behind.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const { Worker } = require('worker_threads');

function threads() {
  return Number(/Threads:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))[1]);
}
function fds() {
  return fs.readdirSync('/proc/self/fd').length;
}

function runOne(i) {
  return new Promise((resolve) => {
    const worker = new Worker(i % 2 ?
      'require("worker_threads").parentPort.postMessage(1); setInterval(() => {}, 1000)' :
      'require("worker_threads").parentPort.postMessage(1)', { eval: true });
    worker.on('message', () => { if (i % 2) worker.terminate(); });
    worker.on('exit', resolve);
  });
}

(async () => {
  // One worker and one thread-pool request first, so that lazily made process-wide
  // threads (V8's platform workers, libuv's pool) exist before counting.
  await runOne(0);
  await fs.promises.readFile(__filename);
  const threadsBefore = threads();
  const fdsBefore = fds();
  for (let i = 0; i < 50; i++) await runOne(i);
  assert.strictEqual(threads(), threadsBefore);
  assert.strictEqual(fds(), fdsBefore);
})().then(common.mustCall());
