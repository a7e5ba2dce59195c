'use strict';
// Legacy members of process and the `sys` module, as Node 20 has them.
const common = require('../common');
const assert = require('assert');

const warnings = [];
process.on('warning', common.mustCall((w) => warnings.push(`${w.code} ${w.message}`), 2));

assert.throws(() => process.assert(false, 'msg'), { name: 'Error', code: 'ERR_ASSERTION', message: 'msg' });
assert.throws(() => process.assert(0), { code: 'ERR_ASSERTION', message: 'assertion error' });
assert.strictEqual(process.assert(true), undefined);
assert.strictEqual(require('sys'), require('util'));

assert.deepStrictEqual(process._preload_modules, []);
assert.strictEqual(process.debugPort, 9229);
assert.strictEqual(process.domain, null);
// Only a flag defines these.
assert.strictEqual('noDeprecation' in process, false);
assert.strictEqual('traceDeprecation' in process, false);

process.on('exit', () => {
  assert.deepStrictEqual(warnings, [
    'DEP0100 process.assert() is deprecated. Please use the `assert` module instead.',
    'DEP0025 sys is deprecated. Use util instead.',
  ]);
});
