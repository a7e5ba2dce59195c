'use strict';
// SharedArrayBuffer memory is shared between threads, Atomics.wait/notify work across
// them, and a transferred ArrayBuffer moves its memory to the worker.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const shared = new SharedArrayBuffer(16);
const view = new Int32Array(shared);
const moved = new ArrayBuffer(8);
new Uint8Array(moved).fill(7);

const worker = new Worker(`
  const { parentPort, workerData } = require('worker_threads');
  const view = new Int32Array(workerData.shared);
  // Sleeps until the parent stores 1 in view[0] and notifies.
  const result = Atomics.wait(view, 0, 0);
  view[1] = 42;
  Atomics.add(view, 2, 1000);
  parentPort.postMessage({ result, sum: new Uint8Array(workerData.moved).reduce((a, b) => a + b) });
`, { eval: true, workerData: { shared, moved }, transferList: [moved] });

assert.strictEqual(moved.byteLength, 0);
worker.on('online', common.mustCall(() => {
  // Whether the worker is already waiting or not, it sees the 1 and returns.
  Atomics.store(view, 0, 1);
  Atomics.notify(view, 0);
}));
worker.on('message', common.mustCall(({ result, sum }) => {
  assert.ok(result === 'ok' || result === 'not-equal', result);
  assert.strictEqual(sum, 56);
  assert.strictEqual(view[1], 42);
  assert.strictEqual(Atomics.load(view, 2), 1000);
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));

// A worker blocked in Atomics.wait can be terminated.
const blocked = new Worker(`
  require('worker_threads').parentPort.postMessage('waiting');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
`, { eval: true });
blocked.on('message', common.mustCall(() => blocked.terminate()));
blocked.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
