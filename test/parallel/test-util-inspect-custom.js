'use strict';
// util.inspect.custom hooks: arguments, return values, indentation, and
// customInspect: false.
require('../common');
const assert = require('node:assert');
const util = require('util');

assert.strictEqual(util.inspect.custom, Symbol.for('nodejs.util.inspect.custom'));

// The hook gets the remaining depth, the options and inspect itself.
let seen;
const hooked = {
  [util.inspect.custom](depth, options, inspect) {
    seen = { depth, options, inspect, self: this };
    return 'HOOKED';
  },
};
assert.strictEqual(util.inspect(hooked), 'HOOKED');
assert.strictEqual(seen.depth, 2);
assert.strictEqual(seen.self, hooked);
assert.strictEqual(seen.inspect, util.inspect);
assert.strictEqual(typeof seen.options.stylize, 'function');
assert.strictEqual(seen.options.breakLength, 80);
assert.strictEqual(util.inspect({ a: { b: hooked } }), "{ a: { b: HOOKED } }");
assert.strictEqual(seen.depth, 0);
util.inspect(hooked, { depth: null });
assert.strictEqual(seen.depth, null);
// Unknown options reach the hook.
util.inspect(hooked, { myOption: 42 });
assert.strictEqual(seen.options.myOption, 42);

// A non-string result is inspected in place of the object.
const replaced = { inner: { [util.inspect.custom]() { return { replaced: [1, 2] }; } } };
assert.strictEqual(util.inspect(replaced), '{ inner: { replaced: [ 1, 2 ] } }');
// Multi-line strings are indented to the current level.
const multi = { a: { [util.inspect.custom]() { return 'line1\nline2'; } } };
assert.strictEqual(util.inspect(multi), '{\n  a: line1\n  line2\n}');
// Returning `this` falls back to the normal output.
const self = { x: 5, [util.inspect.custom]() { return this; } };
assert.strictEqual(util.inspect(self),
                   '{\n  x: 5,\n' +
                   '  [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]]\n}');
// The hook can use inspect and stylize with the options it is given.
const nested = {
  [util.inspect.custom](depth, options, inspect) {
    return `Box<${inspect({ v: 1 }, options)}> ${options.stylize('s', 'string')}`;
  },
};
assert.strictEqual(util.inspect(nested), 'Box<{ v: 1 }> s');
assert.strictEqual(util.inspect(nested, { colors: true }),
                   'Box<{ v: \u001b[33m1\u001b[39m }> \u001b[32ms\u001b[39m');

// customInspect: false ignores hooks.
assert.strictEqual(util.inspect({ [util.inspect.custom]: () => 'X' }, { customInspect: false }),
                   '{\n' +
                   '  [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]]\n}');

// A proxy's hook sees the proxy as `this`.
const target = { [util.inspect.custom]() { return this === proxy ? 'proxy' : 'target'; } };
const proxy = new Proxy(target, {});
assert.strictEqual(util.inspect(proxy), 'proxy');

// Buffers will print through this hook too.
class FakeBuffer extends Uint8Array {
  [util.inspect.custom]() {
    return `<Buffer ${Array.from(this, (b) => b.toString(16).padStart(2, '0')).join(' ')}>`;
  }
}
assert.strictEqual(util.inspect({ b: new FakeBuffer([1, 2]) }), '{ b: <Buffer 01 02> }');
