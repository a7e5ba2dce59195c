'use strict';
// util.inspect of plain objects and class instances: keys, depth, circular
// references, null prototypes, getters, line breaking and sorting.
require('../common');
const assert = require('node:assert');
const util = require('util');

assert.strictEqual(util.inspect({}), '{}');
assert.strictEqual(util.inspect({ a: 1, b: 'x' }), "{ a: 1, b: 'x' }");

// Keys that are not identifiers are quoted; symbols in brackets.
assert.strictEqual(util.inspect({ 'a-b': 1, '': 2, valid_1: 3, "it's": 4 }),
                   `{ 'a-b': 1, '': 2, valid_1: 3, "it's": 4 }`);
assert.strictEqual(util.inspect({ 1: 'a', 0: 'b' }), "{ '0': 'b', '1': 'a' }");
assert.strictEqual(util.inspect(JSON.parse('{"__proto__": 1}')), "{ ['__proto__']: 1 }");
assert.strictEqual(util.inspect({ [Symbol('s')]: 1, a: 2, [Symbol()]: 3 }),
                   '{ a: 2, [Symbol(s)]: 1, [Symbol()]: 3 }');
const hidden = Object.defineProperty({}, 'h', { value: 1, enumerable: false });
assert.strictEqual(util.inspect(hidden), '{}');
assert.strictEqual(util.inspect(hidden, { showHidden: true }), '{ [h]: 1 }');

// Depth: nested objects beyond depth 2 become [Object].
const deep = { a: { b: { c: { d: 1 } } } };
assert.strictEqual(util.inspect(deep), '{ a: { b: { c: [Object] } } }');
assert.strictEqual(util.inspect(deep, { depth: 0 }), '{ a: [Object] }');
assert.strictEqual(util.inspect(deep, { depth: null }), '{\n  a: { b: { c: { d: 1 } } }\n}');
assert.strictEqual(util.inspect(deep, { depth: Infinity }), '{\n  a: { b: { c: { d: 1 } } }\n}');
// Legacy signature: inspect(obj, showHidden, depth, colors).
assert.strictEqual(util.inspect(deep, false, 0), '{ a: [Object] }');
assert.strictEqual(util.inspect({ a: 1 }, false, 0, true), '{ a: \u001b[33m1\u001b[39m }');

// Circular references.
const circ = { a: 1 };
circ.self = circ;
assert.strictEqual(util.inspect(circ), '<ref *1> { a: 1, self: [Circular *1] }');
const two = { x: {}, y: {} };
two.x.me = two.x;
two.y.me = two.y;
two.y.root = two;
assert.strictEqual(util.inspect(two),
                   '<ref *3> {\n  x: <ref *1> { me: [Circular *1] },\n' +
                   '  y: <ref *2> { me: [Circular *2], root: [Circular *3] }\n}');

// Null prototypes and class instances.
assert.strictEqual(util.inspect(Object.create(null)), '[Object: null prototype] {}');
const np = Object.create(null);
np.a = 1;
assert.strictEqual(util.inspect(np), '[Object: null prototype] { a: 1 }');
class Foo { constructor() { this.x = 1; } }
class Bar extends Foo {}
assert.strictEqual(util.inspect(new Foo()), 'Foo { x: 1 }');
assert.strictEqual(util.inspect(new Bar()), 'Bar { x: 1 }');
assert.strictEqual(util.inspect(new (class Empty {})()), 'Empty {}');
assert.strictEqual(util.inspect(Object.create({ inherited: 1 })), '{}');
assert.strictEqual(util.inspect(Object.create(Object.create(null))),
                   'Object <[Object: null prototype] {}> {}');
assert.strictEqual(util.inspect({ a: { b: new Foo() } }, { depth: 0 }), '{ a: [Object] }');
assert.strictEqual(util.inspect({ a: { b: new Foo() } }, { depth: 1 }), '{ a: { b: [Foo] } }');

// Symbol.toStringTag that is not an own property is shown after the name.
class Tagged { get [Symbol.toStringTag]() { return 'T'; } }
assert.strictEqual(util.inspect(new Tagged()), "Tagged [T] {}");
assert.strictEqual(util.inspect({ [Symbol.toStringTag]: 'Own' }),
                   "{ [Symbol(Symbol.toStringTag)]: 'Own' }");

// Accessors.
const acc = {
  get a() { return 1; },
  set b(v) {},
  get c() { return { x: 1 }; },
  set c(v) {},
  get d() { throw new Error('nope'); },
  get n() { return null; },
};
assert.strictEqual(util.inspect(acc),
                   '{\n  a: [Getter],\n  b: [Setter],\n  c: [Getter/Setter],\n' +
                   '  d: [Getter],\n  n: [Getter]\n}');
assert.strictEqual(util.inspect(acc, { getters: true }),
                   '{\n  a: [Getter: 1],\n  b: [Setter],\n  c: [Getter/Setter] { x: 1 },\n' +
                   '  d: [Getter: <Inspection threw (nope)>],\n  n: [Getter: null]\n}');
assert.strictEqual(util.inspect(acc, { getters: 'get' }),
                   '{\n  a: [Getter: 1],\n  b: [Setter],\n  c: [Getter/Setter],\n' +
                   '  d: [Getter: <Inspection threw (nope)>],\n  n: [Getter: null]\n}');
assert.strictEqual(util.inspect(acc, { getters: 'set' }),
                   '{\n  a: [Getter],\n  b: [Setter],\n  c: [Getter/Setter] { x: 1 },\n' +
                   '  d: [Getter],\n  n: [Getter]\n}');

// Line breaking: breakLength 80 by default, entries one per line beyond.
const wide = { aaaaaaaaaa: 'x'.repeat(30), bbbbbbbbbb: 'y'.repeat(30) };
assert.strictEqual(util.inspect(wide),
                   `{\n  aaaaaaaaaa: '${'x'.repeat(30)}',\n  bbbbbbbbbb: '${'y'.repeat(30)}'\n}`);
assert.strictEqual(util.inspect(wide, { breakLength: Infinity }),
                   `{ aaaaaaaaaa: '${'x'.repeat(30)}', bbbbbbbbbb: '${'y'.repeat(30)}' }`);
assert.strictEqual(util.inspect({ a: 1, b: { c: 2 } }, { compact: false }),
                   '{\n  a: 1,\n  b: {\n    c: 2\n  }\n}');
assert.strictEqual(util.inspect({ a: 1, b: { c: 2 } }, { compact: true }), '{ a: 1, b: { c: 2 } }');
assert.strictEqual(
  util.inspect({ a: 'x'.repeat(60), b: [1, 2, { c: 'y'.repeat(30) }] }, { compact: true }),
  `{ a: '${'x'.repeat(60)}',\n  b: [ 1, 2, { c: '${'y'.repeat(30)}' } ] }`);
assert.strictEqual(util.inspect({ a: [1, 2] }, { compact: 1 }), '{\n  a: [ 1, 2 ]\n}');
// Three inner levels may share a line, a fourth may not.
assert.strictEqual(util.inspect({ a: { b: { c: {} } } }), '{ a: { b: { c: {} } } }');
assert.strictEqual(util.inspect({ a: { b: { c: { d: 1 } } } }, { depth: 5 }),
                   '{\n  a: { b: { c: { d: 1 } } }\n}');

// sorted
assert.strictEqual(util.inspect({ b: 1, a: 2, c: 3 }, { sorted: true }), '{ a: 2, b: 1, c: 3 }');
assert.strictEqual(util.inspect({ b: 1, a: 2, c: 3 }, { sorted: (a, b) => (a < b ? 1 : -1) }),
                   '{ c: 3, b: 1, a: 2 }');
assert.strictEqual(util.inspect(Object.assign([3, 1], { z: 1, y: 2 }), { sorted: true }),
                   '[ 3, 1, y: 2, z: 1 ]');

// showHidden shows accessors of user prototypes.
class WithAccessor {
  constructor() { this.own = 1; }
  get acc() { return 2; }
  method() {}
}
assert.strictEqual(util.inspect(new WithAccessor(), { showHidden: true }),
                   'WithAccessor { own: 1, [acc]: [Getter] }');
