'use strict';
// resourceLimits: the worker sees its limits, and filling a small heap ends the worker
// with ERR_WORKER_OUT_OF_MEMORY (exit code 1) instead of aborting the process.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const limits = { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4, stackSizeMb: 2 };
const worker = new Worker(`
  const { parentPort, resourceLimits } = require('worker_threads');
  parentPort.postMessage(resourceLimits);
  const map = new Map();
  for (let i = 0; ; i++) map.set(i, { i });
`, { eval: true, resourceLimits: limits });
for (const seen of [worker.resourceLimits]) {
  assert.deepStrictEqual(Object.keys(seen),
                         ['maxYoungGenerationSizeMb', 'maxOldGenerationSizeMb', 'codeRangeSizeMb',
                          'stackSizeMb']);
  assert.strictEqual(seen.maxOldGenerationSizeMb, 16);
  assert.strictEqual(seen.maxYoungGenerationSizeMb, 4);
  assert.strictEqual(seen.stackSizeMb, 2);
}
worker.on('message', common.mustCall((seen) => {
  // Inside, the limits not given are V8's defaults for this machine.
  assert.strictEqual(seen.maxOldGenerationSizeMb, 16);
  assert.strictEqual(seen.maxYoungGenerationSizeMb, 4);
  assert.strictEqual(seen.stackSizeMb, 2);
  assert.strictEqual(typeof seen.codeRangeSizeMb, 'number');
}));
worker.on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ERR_WORKER_OUT_OF_MEMORY');
  assert.strictEqual(err.message,
                     'Worker terminated due to reaching memory limit: JS heap out of memory');
}));
worker.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));

// Deep recursion in a worker is a RangeError, not a crash.
const deep = new Worker('function f() { return f() + 1; } f();', { eval: true });
deep.on('error', common.mustCall((err) => {
  assert.ok(err instanceof RangeError);
  assert.match(err.message, /Maximum call stack size exceeded/);
}));
deep.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
