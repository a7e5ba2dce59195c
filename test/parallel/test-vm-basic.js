'use strict';
const common = require('../common');
const assert = require('node:assert');
const vm = require('node:vm');

const script = new vm.Script('globalThis.vmBasic = (globalThis.vmBasic || 0) + 1; vmBasic * 10',
                             { filename: 'basic.js' });
assert.strictEqual(script.runInThisContext(), 10);
assert.strictEqual(script.runInThisContext(), 20);
assert.strictEqual(globalThis.vmBasic, 2);
assert.strictEqual(vm.runInThisContext('var vmVar = 7; vmVar'), 7);
assert.strictEqual(globalThis.vmVar, 7);
common.allowGlobals(globalThis.vmVar);  // a var cannot be deleted
assert.strictEqual(vm.runInThisContext('typeof require'), 'undefined');
assert.deepStrictEqual(Object.keys(script), ['sourceMapURL']);

const produced = new vm.Script('1 + 1', { produceCachedData: true });
assert.strictEqual(Buffer.isBuffer(produced.cachedData), true);
assert.strictEqual(produced.cachedDataProduced, true);
const consumed = new vm.Script('1 + 1', { cachedData: produced.cachedData });
assert.strictEqual(consumed.cachedDataRejected, false);
assert.strictEqual(consumed.runInThisContext(), 2);
assert.strictEqual(Buffer.isBuffer(consumed.createCachedData()), true);

assert.throws(() => new vm.Script('1', { filename: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.filename" property must be of type string. Received type number (1)',
});
assert.throws(() => new vm.Script('1', { cachedData: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.cachedData" property must be an instance of Buffer, TypedArray, ' +
    'or DataView. Received type string (\'x\')',
});
assert.throws(() => script.runInThisContext({ timeout: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.timeout" is out of range. It must be >= 1 && <= 4294967295. ' +
    'Received -1',
});
assert.throws(() => vm.runInThisContext('throw new RangeError("inner")'),
              { name: 'RangeError', message: 'inner' });
delete globalThis.vmBasic;
