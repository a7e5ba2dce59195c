'use strict';
// The process ends cleanly whatever its workers are doing: process.exit() while workers
// spin or wait, an uncaught error in the main thread, messages still in flight, and an
// unref'd worker that never ends.
const common = require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

function run(code) {
  const result = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8', timeout: 30000 });
  return { status: result.status, signal: result.signal, stdout: result.stdout, stderr: result.stderr };
}

{
  const { status, signal, stdout } = run(`
    const { Worker } = require('worker_threads');
    for (let i = 0; i < 3; i++) new Worker('while (true) {}', { eval: true });
    new Worker('setInterval(() => {}, 1000)', { eval: true });
    new Worker('Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0)', { eval: true });
    const chatty = new Worker('const { parentPort } = require("worker_threads"); for (;;) parentPort.postMessage("x".repeat(100))', { eval: true });
    chatty.once('message', () => { console.log('exiting'); process.exit(3); });
  `);
  assert.deepStrictEqual({ status, signal, stdout }, { status: 3, signal: null, stdout: 'exiting\n' });
}

{
  const { status, signal, stderr } = run(`
    const { Worker } = require('worker_threads');
    const w = new Worker('require("worker_threads").parentPort.postMessage(1); while (true) {}', { eval: true });
    w.on('message', () => { throw new Error('main thread fails'); });
  `);
  assert.strictEqual(signal, null);
  assert.strictEqual(status, 1);
  assert.match(stderr, /main thread fails/);
}

{
  const { status, signal, stdout } = run(`
    const { Worker } = require('worker_threads');
    const w = new Worker('setInterval(() => {}, 1000)', { eval: true });
    w.unref();
    console.log('done');
  `);
  assert.deepStrictEqual({ status, signal, stdout }, { status: 0, signal: null, stdout: 'done\n' });
}

{
  // A worker whose startup throws, with no 'error' listener: the parent fails with it.
  const { status, signal, stderr } = run(`
    const { Worker } = require('worker_threads');
    new Worker('throw new TypeError("bad start")', { eval: true });
  `);
  assert.strictEqual(signal, null);
  assert.strictEqual(status, 1);
  assert.match(stderr, /TypeError: bad start/);
}
for (const delay of [0, 1, 5]) {
  // process.exit() while workers run 0 ms timers and post messages.
  const { status, signal } = run(`
    const { Worker } = require('worker_threads');
    for (let i = 0; i < 6; i++) {
      const w = new Worker('const { parentPort } = require("worker_threads"); let i = 0; ' +
                           'setInterval(() => parentPort.postMessage(i++), 0)', { eval: true });
      w.on('message', () => {});
    }
    setTimeout(() => process.exit(0), ${delay});
  `);
  assert.deepStrictEqual({ status, signal }, { status: 0, signal: null });
}
common.mustCall()();
