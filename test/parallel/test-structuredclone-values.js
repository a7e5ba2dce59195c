'use strict';
// structuredClone() of plain values, collections, dates, regexps, boxed primitives,
// typed arrays, errors and cycles.
require('../common');
const assert = require('node:assert');

assert.deepStrictEqual(Object.getOwnPropertyDescriptor(globalThis, 'structuredClone'), {
  value: structuredClone, writable: true, enumerable: true, configurable: true,
});
assert.strictEqual(structuredClone.length, 0);
assert.strictEqual(structuredClone.name, 'structuredClone');

for (const v of [undefined, null, true, 0, -0, NaN, 1.5, 'str', 10n]) {
  assert.ok(Object.is(structuredClone(v), v));
}

const obj = { a: 1, b: 'two', c: [1, , 3], d: { e: null } };
const copy = structuredClone(obj);
assert.notStrictEqual(copy, obj);
assert.deepStrictEqual(copy, obj);
assert.ok(!(1 in copy.c));

// Only own enumerable string keys; getters are read, symbols and prototypes dropped.
class A { constructor() { this.x = 1; } get y() { return 2; } }
const a = structuredClone(new A());
assert.strictEqual(Object.getPrototypeOf(a), Object.prototype);
assert.deepStrictEqual(a, { x: 1 });
assert.deepStrictEqual(structuredClone({ get g() { return 5; }, [Symbol('s')]: 1 }), { g: 5 });
assert.strictEqual(Object.getPrototypeOf(structuredClone(Object.create(null))), Object.prototype);

const map = structuredClone(new Map([[1, { a: new Set([1, 'x']) }]]));
assert.ok(map instanceof Map);
assert.deepStrictEqual(map, new Map([[1, { a: new Set([1, 'x']) }]]));

const [date, re, big, num, str, bool, bigObj] = structuredClone(
  [new Date(0), /ab+c/gi, 1n, new Number(3), new String('s'), new Boolean(false), Object(1n)]);
assert.strictEqual(date.toISOString(), '1970-01-01T00:00:00.000Z');
assert.ok(re instanceof RegExp);
assert.strictEqual(re.source, 'ab+c');
assert.strictEqual(re.flags, 'gi');
assert.strictEqual(big, 1n);
assert.strictEqual(typeof num, 'object');
assert.strictEqual(num.valueOf(), 3);
assert.strictEqual(str.valueOf(), 's');
assert.strictEqual(bool.valueOf(), false);
assert.strictEqual(bigObj.valueOf(), 1n);

// Cycles and shared references are kept.
const cyc = { list: [] };
cyc.self = cyc;
cyc.list.push(cyc.list);
const cc = structuredClone(cyc);
assert.strictEqual(cc.self, cc);
assert.strictEqual(cc.list[0], cc.list);

// Typed arrays and buffers: a Buffer comes back as a plain Uint8Array.
const u8 = structuredClone(Buffer.from('hi'));
assert.strictEqual(Object.getPrototypeOf(u8), Uint8Array.prototype);
assert.deepStrictEqual([...u8], [104, 105]);
assert.deepStrictEqual(structuredClone(new Float64Array([1.5, 2])), new Float64Array([1.5, 2]));
const dv = structuredClone(new DataView(new ArrayBuffer(2), 1));
assert.ok(dv instanceof DataView);
assert.strictEqual(dv.byteOffset, 1);
assert.strictEqual(dv.buffer.byteLength, 2);
{
  // Views over one buffer still share it.
  const ab = new ArrayBuffer(8);
  const r = structuredClone({ x: new Uint8Array(ab, 0, 4), y: new Uint16Array(ab, 4, 2) });
  assert.strictEqual(r.x.buffer, r.y.buffer);
  assert.notStrictEqual(r.x.buffer, ab);
}
{
  // A SharedArrayBuffer is shared, not copied.
  const sab = new SharedArrayBuffer(4);
  const clone = structuredClone(sab);
  assert.ok(clone instanceof SharedArrayBuffer);
  new Uint8Array(sab)[0] = 9;
  assert.strictEqual(new Uint8Array(clone)[0], 9);
}

// Errors: name, message, stack and cause survive; other own properties do not.
{
  const e = new RangeError('boom');
  e.code = 'X';
  const r = structuredClone(e);
  assert.ok(r instanceof RangeError);
  assert.strictEqual(r.message, 'boom');
  assert.strictEqual(r.stack, e.stack);
  assert.strictEqual(r.code, undefined);
  assert.deepStrictEqual(Object.keys(r), []);
  assert.deepStrictEqual(Object.getOwnPropertyNames(r).sort(), ['message', 'stack']);
  class MyErr extends TypeError {}
  const m = structuredClone(new MyErr('m'));
  assert.strictEqual(m.constructor, TypeError);
  assert.strictEqual(m.name, 'TypeError');
  assert.strictEqual(structuredClone(new Error('x', { cause: 5 })).cause, 5);
}
