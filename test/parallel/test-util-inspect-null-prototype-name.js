'use strict';
// An object whose prototype was set to null keeps V8's class name in its prefix.
require('../common');
const assert = require('assert');
const util = require('util');

class Foo {}
assert.strictEqual(util.inspect(Object.setPrototypeOf(new Foo(), null)),
                   '[Foo: null prototype] {}');
assert.strictEqual(util.inspect(Object.setPrototypeOf(Object.assign(new Foo(), { x: 1 }), null)),
                   '[Foo: null prototype] { x: 1 }');
assert.strictEqual(util.inspect({ z: { y: { b: Object.setPrototypeOf(Object.assign(new Foo(), { x: 1 }), null) } } }),
                   '{ z: { y: { b: [Foo: null prototype] } } }');
assert.strictEqual(util.format('%s', Object.setPrototypeOf(new Foo(), null)),
                   '[Foo: null prototype] {}');
assert.strictEqual(util.inspect(Object.create(null)), '[Object: null prototype] {}');

// An own string @@toStringTag is shown as the tag, not as the class name.
assert.strictEqual(
  util.inspect(Object.create(null, { [Symbol.toStringTag]: { value: 'Tag' } })),
  '[Object: null prototype] [Tag] {}');
class Baz { get [Symbol.toStringTag]() { return 'TT'; } }
assert.strictEqual(util.inspect(Object.setPrototypeOf(new Baz(), null)),
                   '[Baz: null prototype] {}');
