'use strict';
require('../common');
const assert = require('node:assert');
const vm = require('node:vm');

const add = vm.compileFunction('return a + b', ['a', 'b']);
assert.strictEqual(add(1, 2), 3);
assert.strictEqual(add.length, 2);
assert.strictEqual(add.name, '');
const ext = vm.compileFunction('return x + y', ['y'], { contextExtensions: [{ x: 10 }] });
assert.strictEqual(ext(5), 15);
globalThis.mainOnly = 1;
const inCtx = vm.compileFunction('return typeof mainOnly + q', [],
                                 { parsingContext: vm.createContext({ q: 'Q' }) });
assert.strictEqual(inCtx(), 'undefinedQ');
assert.throws(() => vm.compileFunction('a', 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "params" argument must be an instance of Array. Received type string (\'x\')',
});
assert.throws(() => vm.compileFunction('a', [1]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "params[0]" argument must be of type string. Received type number (1)',
});
assert.throws(() => vm.compileFunction('a', [], { parsingContext: {} }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.parsingContext" property must be an instance of Context. ' +
    'Received an instance of Object',
});
delete globalThis.mainOnly;
