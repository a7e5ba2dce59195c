'use strict';
// vm's `timeout` stops a script that runs too long with ERR_SCRIPT_EXECUTION_TIMEOUT, and
// the process goes on normally afterwards.
const common = require('../common');
const assert = require('assert');
const vm = require('vm');

function timedOut(ms) {
  return (err) => {
    assert.strictEqual(String(err), `Error: Script execution timed out after ${ms}ms`);
    assert.strictEqual(err.code, 'ERR_SCRIPT_EXECUTION_TIMEOUT');
    assert.deepStrictEqual(Object.keys(err), ['code']);
    return true;
  };
}

assert.throws(() => vm.runInNewContext('while (true) {}', {}, { timeout: 5 }), timedOut(5));
assert.throws(() => vm.runInThisContext('while (true) {}', { timeout: 10 }), timedOut(10));
assert.throws(() => new vm.Script('for (;;) {}').runInContext(vm.createContext({}), { timeout: 3 }),
              timedOut(3));

// A script that finishes in time is untouched, errors included.
assert.strictEqual(vm.runInNewContext('1 + 1', {}, { timeout: 100000 }), 2);
assert.throws(() => vm.runInNewContext('throw new Error("inner")', {}, { timeout: 100000 }),
              { message: 'inner' });

// An inner timeout is the inner script's own error; the outer script can catch it.
assert.strictEqual(
  vm.runInNewContext('try { vm.runInNewContext("while (true) {}", {}, { timeout: 5 }); } ' +
                     'catch (e) { e.message }', { vm }, { timeout: 100000 }),
  'Script execution timed out after 5ms');

assert.throws(() => vm.runInNewContext('1', {}, { timeout: -1 }), { code: 'ERR_OUT_OF_RANGE' });
setTimeout(common.mustCall(), 1);
