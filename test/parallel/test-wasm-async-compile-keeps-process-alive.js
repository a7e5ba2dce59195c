'use strict';
// Async WebAssembly compilation runs on worker threads; the process waits for it even
// when nothing else keeps the event loop alive (yoga-layout, loaded by ink and so by
// tap, awaits WebAssembly.instantiate at the top level of its module).
const common = require('../common');
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');

// (module (func (export "add") (param i32 i32) (result i32) local.get 0 local.get 1 i32.add))
const bytes = [0, 97, 115, 109, 1, 0, 0, 0, 1, 7, 1, 96, 2, 127, 127, 1, 127, 3, 2, 1, 0, 7, 7,
               1, 3, 97, 100, 100, 0, 0, 10, 9, 1, 7, 0, 32, 0, 32, 1, 106, 11];

const child = spawnSync(process.execPath, ['--input-type=module', '-e', `
  const { instance } = await WebAssembly.instantiate(new Uint8Array(${JSON.stringify(bytes)}));
  const module = await WebAssembly.compile(new Uint8Array(${JSON.stringify(bytes)}));
  console.log(instance.exports.add(2, 3), WebAssembly.Module.exports(module)[0].name);
`], { encoding: 'utf8' });
assert.deepStrictEqual([child.status, child.stdout, child.stderr], [0, '5 add\n', '']);

// The same from CommonJS, where the loop ends right after the main script.
WebAssembly.instantiate(new Uint8Array(bytes)).then(common.mustCall(({ instance }) => {
  assert.strictEqual(instance.exports.add(40, 2), 42);
}));
process.on('beforeExit', common.mustCall());
