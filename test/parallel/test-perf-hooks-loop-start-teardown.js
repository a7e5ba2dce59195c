'use strict';
// performance.nodeTiming.loopStart is -1 until the event loop starts, and is set then
// even when the first turn only runs a timer that a long synchronous call (spawnSync)
// made due. A process that loads the performance binding and ends without the loop ever
// running exits cleanly (a prepare handle used to be written after being freed there,
// which corrupted the heap of programs such as the TypeScript compiler at exit).
const common = require('../common');
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');

assert.strictEqual(performance.nodeTiming.loopStart, -1);
setTimeout(common.mustCall(() => {
  assert.ok(performance.nodeTiming.loopStart > 0);
}), 1);
spawnSync(process.execPath, ['-e', 'setTimeout(() => {}, 20)']);

for (const code of [
  'performance.now(); const o = {}; for (let i = 0; i < 100000; i++) o["k" + i] = [i];',
  'console.log(performance.nodeTiming.loopStart)',
]) {
  const child = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  assert.strictEqual(child.signal, null);
  assert.strictEqual(child.status, 0);
  assert.strictEqual(child.stderr, '');
}
