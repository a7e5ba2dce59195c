'use strict';
// TextEncoder: encode() and encodeInto() results, receiver and argument checks.
require('../common');
const assert = require('node:assert');
const util = require('node:util');

const enc = new TextEncoder();
assert.strictEqual(enc.encoding, 'utf-8');
assert.strictEqual(util.TextEncoder, TextEncoder);

// encode() returns a plain Uint8Array over its own ArrayBuffer.
const bytes = enc.encode('a€😀');
assert.ok(bytes instanceof Uint8Array);
assert.ok(!Buffer.isBuffer(bytes));
assert.strictEqual(bytes.buffer.byteLength, 8);
assert.deepStrictEqual([...bytes], [0x61, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]);
assert.deepStrictEqual(enc.encode(), new Uint8Array(0));
assert.deepStrictEqual(enc.encode(undefined), new Uint8Array(0));
assert.deepStrictEqual([...enc.encode(null)], [110, 117, 108, 108]);
assert.deepStrictEqual([...enc.encode(5)], [53]);
assert.deepStrictEqual([...enc.encode({})], [...Buffer.from('[object Object]')]);
// Lone surrogates become U+FFFD.
assert.deepStrictEqual([...enc.encode('\ud800x')], [0xef, 0xbf, 0xbd, 0x78]);
assert.deepStrictEqual([...enc.encode('x\udc00')], [0x78, 0xef, 0xbf, 0xbd]);
const big = 'héllo wörld '.repeat(10000);
assert.deepStrictEqual(Buffer.from(enc.encode(big)), Buffer.from(big, 'utf8'));

// encodeInto() writes whole characters only; `read` counts UTF-16 units.
function into(str, size) {
  const dest = new Uint8Array(size);
  const result = enc.encodeInto(str, dest);
  return [result.read, result.written, [...dest]];
}
assert.deepStrictEqual(into('abc', 2), [2, 2, [0x61, 0x62]]);
assert.deepStrictEqual(into('a€😀', 5), [2, 4, [0x61, 0xe2, 0x82, 0xac, 0]]);
assert.deepStrictEqual(into('a€😀', 8), [4, 8, [0x61, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80]]);
assert.deepStrictEqual(into('😀', 3), [0, 0, [0, 0, 0]]);
assert.deepStrictEqual(into('😀a', 5), [3, 5, [0xf0, 0x9f, 0x98, 0x80, 0x61]]);
assert.deepStrictEqual(into('😀😀a', 8), [4, 8, [0xf0, 0x9f, 0x98, 0x80, 0xf0, 0x9f, 0x98, 0x80]]);
assert.deepStrictEqual(into('\ud800', 3), [1, 3, [0xef, 0xbf, 0xbd]]);
assert.deepStrictEqual(into('\ud800', 2), [0, 0, [0, 0]]);
assert.deepStrictEqual(into('', 2), [0, 0, [0, 0]]);
assert.deepStrictEqual(into('abc', 0), [0, 0, []]);
assert.deepStrictEqual(Object.keys(enc.encodeInto('a', new Uint8Array(1))), ['read', 'written']);
// Into a Buffer and into a view with an offset.
const buf = Buffer.alloc(6);
assert.deepStrictEqual(enc.encodeInto('hé', buf.subarray(2)), { read: 2, written: 3 });
assert.deepStrictEqual([...buf], [0, 0, 0x68, 0xc3, 0xa9, 0]);

assert.throws(() => enc.encodeInto('a', []), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
  message: 'The "dest" argument must be an instance of Uint8Array. Received an instance of Array',
});
assert.throws(() => enc.encodeInto('a', new Uint16Array(2)), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "dest" argument must be an instance of Uint8Array. ' +
    'Received an instance of Uint16Array',
});
assert.throws(() => enc.encodeInto(5, new Uint8Array(1)), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "src" argument must be of type string. Received type number (5)',
});
assert.throws(() => enc.encodeInto(), {
  message: 'The "src" argument must be of type string. Received undefined',
});

// Receivers that are not TextEncoders.
for (const fn of [
  () => TextEncoder.prototype.encode.call({}, 'a'),
  () => TextEncoder.prototype.encodeInto.call({}, 'a', new Uint8Array(1)),
  () => Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding').get.call(null),
]) {
  assert.throws(fn, {
    code: 'ERR_INVALID_THIS',
    name: 'TypeError',
    message: 'Value of "this" must be of type TextEncoder',
  });
}

// The shape of the class.
assert.deepStrictEqual(Object.getOwnPropertyNames(TextEncoder.prototype),
                       ['constructor', 'encoding', 'encode', 'encodeInto']);
assert.deepStrictEqual(Object.keys(TextEncoder.prototype), ['encoding', 'encode', 'encodeInto']);
assert.strictEqual(Object.prototype.toString.call(enc), '[object TextEncoder]');
assert.strictEqual(TextEncoder.length, 0);
assert.strictEqual(TextEncoder.prototype.encodeInto.length, 2);
assert.strictEqual(TextEncoder.prototype.encode.length, 0);
const desc = Object.getOwnPropertyDescriptor(globalThis, 'TextEncoder');
assert.deepStrictEqual(desc, {
  value: TextEncoder, writable: true, enumerable: false, configurable: true,
});

// util.inspect
assert.strictEqual(util.inspect(enc), "{ encoding: 'utf-8' }");
assert.strictEqual(util.inspect(enc, { showHidden: true }), "{ encoding: 'utf-8' }");
assert.strictEqual(util.inspect(enc, { depth: -1 }), '[TextEncoder]');
class MyEncoder extends TextEncoder {}
assert.strictEqual(util.inspect(new MyEncoder()), "{ encoding: 'utf-8' }");
assert.strictEqual(util.inspect(new MyEncoder(), { depth: -1 }), '[MyEncoder [TextEncoder]]');
assert.strictEqual(util.inspect({ a: { b: enc } }), "{ a: { b: { encoding: 'utf-8' } } }");
