'use strict';
// util.inspect of Map, Set, their iterators, WeakMap and WeakSet.
require('../common');
const assert = require('node:assert');
const util = require('util');

assert.strictEqual(util.inspect(new Map()), 'Map(0) {}');
assert.strictEqual(util.inspect(new Set()), 'Set(0) {}');
assert.strictEqual(util.inspect(new Map([['a', 1], [{ b: 2 }, [3]]])),
                   "Map(2) { 'a' => 1, { b: 2 } => [ 3 ] }");
assert.strictEqual(util.inspect(new Set([1, 'a', { b: 1 }])), "Set(3) { 1, 'a', { b: 1 } }");
assert.strictEqual(util.inspect(new Set([1, 2, 3]), { maxArrayLength: 1 }),
                   'Set(3) { 1, ... 2 more items }');
assert.strictEqual(util.inspect(new Map([[1, 2], [3, 4]]), { maxArrayLength: 1 }),
                   'Map(2) { 1 => 2, ... 1 more item }');
assert.strictEqual(util.inspect(Object.assign(new Set([1]), { x: 1 })), 'Set(1) { 1, x: 1 }');
class MySet extends Set {}
assert.strictEqual(util.inspect(new MySet([1])), 'MySet(1) [Set] { 1 }');
assert.strictEqual(util.inspect(Object.setPrototypeOf(new Map([[1, 2]]), null)),
                   '[Map(1): null prototype] { 1 => 2 }');
const selfMap = new Map();
selfMap.set('self', selfMap);
assert.strictEqual(util.inspect(selfMap), "<ref *1> Map(1) { 'self' => [Circular *1] }");
assert.strictEqual(util.inspect({ a: { m: { m: new Map([[1, 2]]) } } }), '{ a: { m: { m: [Map] } } }');

// Iterators show the entries that are left.
const map = new Map([[1, 'a'], [2, 'b']]);
assert.strictEqual(util.inspect(map.keys()), '[Map Iterator] { 1, 2 }');
assert.strictEqual(util.inspect(map.values()), "[Map Iterator] { 'a', 'b' }");
assert.strictEqual(util.inspect(map.entries()), "[Map Entries] { [ 1, 'a' ], [ 2, 'b' ] }");
const it = map.entries();
it.next();
assert.strictEqual(util.inspect(it), "[Map Entries] { [ 2, 'b' ] }");
const set = new Set([1, 2]);
assert.strictEqual(util.inspect(set.values()), '[Set Iterator] { 1, 2 }');
assert.strictEqual(util.inspect(set.entries()), '[Set Entries] { [ 1, 1 ], [ 2, 2 ] }');
assert.strictEqual(util.inspect(set.values(), { maxArrayLength: 1 }),
                   '[Set Iterator] { 1, ... 1 more item }');

// Weak collections do not list their items unless showHidden is set.
const key = { k: 1 };
const wm = new WeakMap([[key, 'v']]);
const ws = new WeakSet([key]);
assert.strictEqual(util.inspect(wm), 'WeakMap { <items unknown> }');
assert.strictEqual(util.inspect(ws), 'WeakSet { <items unknown> }');
assert.strictEqual(util.inspect(wm, { showHidden: true }), "WeakMap { { k: 1 } => 'v' }");
assert.strictEqual(util.inspect(ws, { showHidden: true }), 'WeakSet { { k: 1 } }');
