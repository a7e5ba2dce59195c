'use strict';
// util.inherits sets up the prototype chain and super_.
require('../common');
const assert = require('node:assert');
const util = require('node:util');

function A() {}
A.prototype.hello = function() { return 'A'; };
function B() { A.call(this); }
util.inherits(B, A);
assert.strictEqual(B.super_, A);
assert.strictEqual(Object.getPrototypeOf(B.prototype), A.prototype);
assert.strictEqual(new B().hello(), 'A');
assert.ok(new B() instanceof A);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(B, 'super_'),
                       { value: A, writable: true, enumerable: false, configurable: true });

assert.throws(() => util.inherits(null, A), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "ctor" argument must be of type function. Received null',
});
assert.throws(() => util.inherits(B, undefined), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "superCtor" argument must be of type function. Received undefined',
});
assert.throws(() => util.inherits(B, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "superCtor.prototype" property must be of type object. Received undefined',
});
