// Flags: --expose-gc
'use strict';
// V8's foreground tasks run from the event loop: FinalizationRegistry clean-up after a
// GC, and an asynchronous WebAssembly compilation while a timer keeps the loop waiting.
const common = require('../common');
const assert = require('node:assert');

const registry = new FinalizationRegistry(common.mustCall((held) => {
  assert.strictEqual(held, 'gone');
}));
(function register() {
  registry.register({}, 'gone');
})();
setTimeout(() => {
  globalThis.gc();
  setTimeout(() => {}, 100);
}, 10);

// (module (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))
const bytes = new Uint8Array([
  0, 97, 115, 109, 1, 0, 0, 0, 1, 7, 1, 96, 2, 127, 127, 1, 127, 3, 2, 1, 0, 7, 7, 1, 3, 97,
  100, 100, 0, 0, 10, 9, 1, 7, 0, 32, 0, 32, 1, 106, 11,
]);
const keepAlive = setTimeout(common.mustNotCall('the compilation never finished'), 5000);
WebAssembly.instantiate(bytes).then(common.mustCall(({ instance }) => {
  assert.strictEqual(instance.exports.add(2, 3), 5);
  clearTimeout(keepAlive);
}));
