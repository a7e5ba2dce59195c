'use strict';
// On the main thread, worker_threads reports it (pino and so fastify read
// isMainThread at load time), and environment data round-trips.
require('../common');
const assert = require('node:assert');
const wt = require('node:worker_threads');

assert.strictEqual(require('worker_threads'), wt);
assert.ok(require('node:module').builtinModules.includes('worker_threads'));
assert.strictEqual(wt.isMainThread, true);
assert.strictEqual(wt.threadId, 0);
assert.strictEqual(wt.parentPort, null);
assert.strictEqual(wt.workerData, null);
assert.deepStrictEqual(wt.resourceLimits, {});
assert.strictEqual(wt.SHARE_ENV, Symbol.for('nodejs.worker_threads.SHARE_ENV'));
assert.strictEqual(typeof wt.Worker, 'function');

assert.strictEqual(wt.getEnvironmentData('k'), undefined);
wt.setEnvironmentData('k', { a: 1 });
assert.deepStrictEqual(wt.getEnvironmentData('k'), { a: 1 });
wt.setEnvironmentData('k', undefined);
assert.strictEqual(wt.getEnvironmentData('k'), undefined);

const buf = new ArrayBuffer(4);
assert.strictEqual(wt.markAsUntransferable(buf), undefined);
assert.strictEqual(buf.byteLength, 4);
