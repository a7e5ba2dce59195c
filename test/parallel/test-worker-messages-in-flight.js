'use strict';
// Messages still queued when a worker ends: what it posted reaches the parent before
// 'exit'; what the parent posted and the worker never read is dropped with it.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const sender = new Worker(`
  const { parentPort } = require('worker_threads');
  for (let i = 0; i < 1000; i++) parentPort.postMessage(i);
  process.exit(0);
`, { eval: true });
const got = [];
sender.on('message', (i) => got.push(i));
sender.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(got.length, 1000);
  assert.deepStrictEqual(got.slice(0, 3), [0, 1, 2]);
  assert.strictEqual(got[999], 999);
}));

const reader = new Worker(`
  require('worker_threads').parentPort.once('message', () => process.exit(0));
`, { eval: true });
for (let i = 0; i < 100; i++) reader.postMessage(new Uint8Array(1 << 16));
const big = new ArrayBuffer(1 << 20);
reader.postMessage(big, [big]);
assert.strictEqual(big.byteLength, 0);
reader.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
