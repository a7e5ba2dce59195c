'use strict';
// terminate(): a busy worker (while (true) {}) and an idle one both end with code 1; the
// promise resolves with the exit code, and undefined once the worker is gone.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const busy = new Worker('require("worker_threads").parentPort.postMessage("spinning"); while (true) {}', { eval: true });
busy.on('message', common.mustCall(async () => {
  const code = await busy.terminate();
  assert.strictEqual(code, 1);
  assert.strictEqual(await busy.terminate(), undefined);
}));
busy.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));

const idle = new Worker(`
  const { parentPort } = require('worker_threads');
  setInterval(() => {}, 1000);
  parentPort.postMessage('ready');
`, { eval: true });
idle.on('message', common.mustCall(() => {
  idle.terminate().then(common.mustCall((code) => assert.strictEqual(code, 1)));
}));

// Terminated right after construction, before the thread has run anything.
const early = new Worker('while (true) {}', { eval: true });
early.terminate().then(common.mustCall((code) => assert.strictEqual(typeof code, 'number')));

// Busy in a microtask loop.
const micro = new Worker(`
  require('worker_threads').parentPort.postMessage('go');
  (function spin() { Promise.resolve().then(spin); })();
`, { eval: true });
micro.on('message', common.mustCall(() => micro.terminate()));
micro.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));

// Busy with 0 ms timers (the stop arrives while the loop runs timers).
for (let i = 0; i < 4; i++) {
  const timers = new Worker(`
    const { parentPort } = require('worker_threads');
    let n = 0;
    setInterval(() => parentPort.postMessage(n++), 0);
    setInterval(() => {}, 0);
  `, { eval: true });
  timers.once('message', common.mustCall(() => timers.terminate()));
  timers.on('exit', common.mustCall((code) => assert.strictEqual(code, 1)));
}

// terminate() of an unref'd worker still resolves.
const unrefed = new Worker('setTimeout(() => {}, 1000000); require("worker_threads").parentPort.postMessage(1)',
                           { eval: true });
unrefed.once('message', common.mustCall(() => {
  unrefed.unref();
  unrefed.terminate().then(common.mustCall((code) => assert.strictEqual(code, 1)));
}));
