'use strict';
// Module.wrap and Module.wrapper: their default values, and that replacing
// them changes how later modules are compiled.
require('../common');
const assert = require('node:assert');
const Module = require('node:module');

assert.deepStrictEqual(Module.wrapper, [
  '(function (exports, require, module, __filename, __dirname) { ',
  '\n});',
]);
assert.strictEqual(Module.wrap('body'),
                   '(function (exports, require, module, __filename, __dirname) { body\n});');

// The default compilation gives the module exactly five arguments.
assert.deepStrictEqual(require('../fixtures/cjs/info/wrapped.js'), { wrapped: 'no', args: 5 });

const originalWrap = Module.wrap;
Module.wrap = function(script) {
  return originalWrap('var wrappedFlag = "by Module.wrap";' + script);
};
try {
  delete require.cache[require.resolve('../fixtures/cjs/info/wrapped.js')];
  assert.deepStrictEqual(require('../fixtures/cjs/info/wrapped.js'),
                         { wrapped: 'by Module.wrap', args: 5 });
} finally {
  Module.wrap = originalWrap;
}

// Changing an element of the wrapper array works too.
const originalHead = Module.wrapper[0];
Module.wrapper[0] = originalHead + 'var wrappedFlag = "by Module.wrapper";';
try {
  delete require.cache[require.resolve('../fixtures/cjs/info/wrapped.js')];
  assert.deepStrictEqual(require('../fixtures/cjs/info/wrapped.js'),
                         { wrapped: 'by Module.wrapper', args: 5 });
} finally {
  Module.wrapper[0] = originalHead;
}

delete require.cache[require.resolve('../fixtures/cjs/info/wrapped.js')];
assert.deepStrictEqual(require('../fixtures/cjs/info/wrapped.js'), { wrapped: 'no', args: 5 });
