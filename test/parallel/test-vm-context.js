'use strict';
require('../common');
const assert = require('node:assert');
const vm = require('node:vm');

const sandbox = { x: 1 };
assert.strictEqual(vm.createContext(sandbox), sandbox);
assert.strictEqual(vm.isContext(sandbox), true);
assert.strictEqual(vm.isContext({}), false);
assert.throws(() => vm.isContext(1), { code: 'ERR_INVALID_ARG_TYPE' });

// Reads and writes go to the sandbox, both ways.
assert.strictEqual(vm.runInContext('x += 1; y = "new"; var w = 3; x', sandbox), 2);
assert.deepStrictEqual(sandbox, { x: 2, y: 'new', w: 3 });
sandbox.q = 42;
assert.strictEqual(vm.runInContext('q * 2', sandbox), 84);
delete sandbox.q;
assert.strictEqual(vm.runInContext('typeof q', sandbox), 'undefined');
sandbox[0] = 'zero';
assert.strictEqual(vm.runInContext('this[0]', sandbox), 'zero');
vm.runInContext('this[1] = "one"; Object.defineProperty(globalThis, "d", { value: 5 })', sandbox);
assert.strictEqual(sandbox[1], 'one');
assert.strictEqual(sandbox.d, 5);
assert.strictEqual(vm.runInContext('"use strict"; try { undeclared = 1 } catch (e) { e.name }',
                                   sandbox), 'ReferenceError');

// Built-ins of its own, and nothing of the main context.
assert.strictEqual(
  vm.runInNewContext('[typeof Object, typeof Array, typeof JSON, typeof Promise, ' +
                     'typeof require, typeof process, JSON.stringify({ a: [1] })].join()'),
  'function,function,object,function,undefined,undefined,{"a":[1]}');
globalThis.mainOnly = 1;
assert.strictEqual(vm.runInNewContext('typeof mainOnly'), 'undefined');
const c1 = vm.createContext();
const c2 = vm.createContext();
vm.runInContext('Array.prototype.leak = 1', c1);
assert.strictEqual(vm.runInContext('[].leak', c2), undefined);
assert.strictEqual([].leak, undefined);

// Objects and errors come from the other context.
const arr = vm.runInContext('[1, 2]', sandbox);
assert.strictEqual(arr instanceof Array, false);
assert.strictEqual(Array.isArray(arr), true);
assert.throws(() => vm.runInContext('throw new TypeError("in")', sandbox), (err) => {
  assert.strictEqual(err instanceof TypeError, false);
  assert.strictEqual(err.name, 'TypeError');
  assert.strictEqual(err.message, 'in');
  return true;
});

assert.strictEqual(vm.runInNewContext('a + b', { a: 1, b: 2 }), 3);
assert.strictEqual(new vm.Script('n * 2').runInNewContext({ n: 4 }), 8);
assert.throws(() => vm.runInContext('1', {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "contextifiedObject" argument must be an vm.Context. Received an instance of Object',
});
delete globalThis.mainOnly;
