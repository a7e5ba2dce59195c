// A real ESM-only npm package with an ESM-only dependency: p-limit 4 (which
// imports yocto-queue 1), committed under test/fixtures/esm/npm/node_modules.
import common from '../common/index.js';
import assert from 'node:assert';

const { default: load } = await import('../fixtures/esm/npm/load.mjs');
const { default: pLimit } = await load('p-limit');
const { default: Queue } = await load('yocto-queue');

const queue = new Queue();
queue.enqueue('first');
queue.enqueue('second');
assert.strictEqual(queue.size, 2);
assert.strictEqual(queue.dequeue(), 'first');

const limit = pLimit(2);
let running = 0;
let maxRunning = 0;
const task = (value) => limit(async () => {
  running++;
  maxRunning = Math.max(maxRunning, running);
  await new Promise((resolve) => setImmediate(resolve));
  running--;
  return value * 2;
});
const results = await Promise.all([1, 2, 3, 4, 5].map(task));
assert.deepStrictEqual(results, [2, 4, 6, 8, 10]);
assert.strictEqual(maxRunning, 2);
assert.strictEqual(limit.activeCount, 0);
assert.strictEqual(limit.pendingCount, 0);
common.mustCall()();
