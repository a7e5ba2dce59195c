'use strict';
// util.isDeepStrictEqual: Node's strict deep-equality algorithm.
require('../common');
const assert = require('assert');
const { isDeepStrictEqual } = require('util');

function equal(a, b) {
  assert.strictEqual(isDeepStrictEqual(a, b), true);
  assert.strictEqual(isDeepStrictEqual(b, a), true);
}
function unequal(a, b) {
  assert.strictEqual(isDeepStrictEqual(a, b), false);
  assert.strictEqual(isDeepStrictEqual(b, a), false);
}

// Primitives: Object.is semantics.
equal(NaN, NaN);
unequal(0, -0);
unequal(1, '1');
unequal(null, undefined);
equal(1n, 1n);
unequal(Symbol('a'), Symbol('a'));
equal([NaN], [NaN]);
unequal([0], [-0]);

// Prototypes and tags.
unequal({}, Object.create(null));
unequal([], {});
unequal(new (class A {})(), {});
unequal((function() { return arguments; })(1), { 0: 1 });
equal(Object.create(null), Object.create(null));

// Own enumerable keys, including symbols.
const s = Symbol('s');
equal({ a: 1, [s]: 2 }, { a: 1, [s]: 2 });
unequal({ [s]: 1 }, { [s]: 2 });
unequal({ [s]: 1 }, {});
equal(Object.defineProperty({}, 'hidden', { value: 1 }), {});
unequal({ a: undefined }, { b: undefined });
unequal({ a: undefined }, {});
equal(Object.assign([1], { x: 1 }), Object.assign([1], { x: 1 }));
unequal(Object.assign([1], { x: 1 }), [1]);
unequal([1, , 3], [1, undefined, 3]); // eslint-disable-line no-sparse-arrays
equal([1, , 3], [1, , 3]); // eslint-disable-line no-sparse-arrays

// Maps and Sets ignore order and compare entries deeply.
equal(new Set([1, { a: 1 }]), new Set([{ a: 1 }, 1]));
unequal(new Set([1]), new Set(['1']));
equal(new Set([0]), new Set([-0]));
unequal(new Set([1, 2]), new Set([1, 3]));
equal(new Map([[{ k: 1 }, 'a'], [{ k: 2 }, 'b']]), new Map([[{ k: 2 }, 'b'], [{ k: 1 }, 'a']]));
unequal(new Map([[1, 'a']]), new Map([['1', 'a']]));
unequal(new Map([[1, { a: 1 }]]), new Map([[1, { a: 2 }]]));

// Typed arrays and buffers compare bytes and type.
equal(new Uint8Array([1, 2]), new Uint8Array([1, 2]));
unequal(new Uint8Array(2), new Uint16Array(1));
unequal(new Uint8Array(2), new Int8Array(2));
equal(new Float64Array([NaN]), new Float64Array([NaN]));
unequal(new Float64Array([0]), new Float64Array([-0]));
equal(new ArrayBuffer(2), new ArrayBuffer(2));
unequal(new ArrayBuffer(2), new ArrayBuffer(3));
unequal(new DataView(new ArrayBuffer(1)), new DataView(new ArrayBuffer(2)));
unequal(Object.assign(new Uint8Array(1), { a: 1 }), new Uint8Array(1));

// Boxed primitives compare their values.
equal(new Number(1), new Number(1));
unequal(new Number(0), new Number(-0));
unequal(new String('a'), 'a');
unequal(new String('a'), new String('b'));
equal(Object(s), Object(s));
unequal(new Boolean(true), new Boolean(false));
unequal(Object.assign(new Number(1), { a: 1 }), new Number(1));

// Dates, RegExps, Errors.
equal(new Date(0), new Date(0));
unequal(new Date(0), new Date(1));
unequal(Object.assign(new Date(0), { a: 1 }), new Date(0));
equal(/a/g, /a/g);
unequal(/a/g, /a/i);
{
  const re = /a/g;
  re.lastIndex = 1;
  unequal(re, /a/g);
}
equal(new Error('a'), new Error('a'));
unequal(new Error('a'), new Error('b'));
unequal(new TypeError('a'), new Error('a'));
unequal(new Error('a', { cause: 1 }), new Error('a', { cause: 2 }));
equal(new Error('a', { cause: { x: 1 } }), new Error('a', { cause: { x: 1 } }));
unequal(Object.assign(new Error('a'), { code: 1 }), new Error('a'));

// Functions and promises by identity / no own keys.
unequal(() => {}, () => {});
equal(Promise.resolve(1), Promise.resolve(1));

// Cycles.
{
  const a = { x: 1 };
  a.self = a;
  const b = { x: 1 };
  b.self = b;
  equal(a, b);
  const c = { x: 1 };
  c.self = { x: 1, self: c };
  equal(a, c);
  const d = { x: 1 };
  d.self = { x: 2, self: d };
  unequal(a, d);
  const arr1 = [];
  arr1.push(arr1);
  const arr2 = [];
  arr2.push(arr2);
  equal(arr1, arr2);
  const m1 = new Map();
  m1.set('m', m1);
  const m2 = new Map();
  m2.set('m', m2);
  equal(m1, m2);
}
