'use strict';
// util.types: V8-backed checks and the typed array family.
require('../common');
const assert = require('node:assert');
const util = require('node:util');
const types = require('node:util/types');

assert.strictEqual(util.types, types);

const typedArrays = ['Uint8Array', 'Uint8ClampedArray', 'Uint16Array', 'Uint32Array',
                     'Int8Array', 'Int16Array', 'Int32Array', 'Float32Array',
                     'Float64Array', 'BigInt64Array', 'BigUint64Array'];
for (const name of typedArrays) {
  const value = new globalThis[name](2);
  assert.strictEqual(types.isTypedArray(value), true);
  assert.strictEqual(types.isArrayBufferView(value), true);
  for (const other of typedArrays) {
    assert.strictEqual(types[`is${other}`](value), other === name, `${name} ${other}`);
  }
}
const fakeTyped = Object.create(Uint8Array.prototype);
assert.strictEqual(types.isUint8Array(fakeTyped), false);
assert.strictEqual(types.isTypedArray({ [Symbol.toStringTag]: 'Uint8Array' }), false);
assert.strictEqual(types.isTypedArray(new DataView(new ArrayBuffer(1))), false);
assert.strictEqual(types.isArrayBufferView(new DataView(new ArrayBuffer(1))), true);

assert.strictEqual(types.isDate(new Date()), true);
assert.strictEqual(types.isDate({ __proto__: Date.prototype }), false);
assert.strictEqual(types.isRegExp(/x/), true);
assert.strictEqual(types.isPromise(Promise.resolve()), true);
assert.strictEqual(types.isPromise({ then() {} }), false);
assert.strictEqual(types.isMap(new Map()), true);
assert.strictEqual(types.isSet(new Set()), true);
assert.strictEqual(types.isMapIterator(new Map().keys()), true);
assert.strictEqual(types.isSetIterator(new Set().values()), true);
assert.strictEqual(types.isWeakMap(new WeakMap()), true);
assert.strictEqual(types.isWeakSet(new WeakSet()), true);
assert.strictEqual(types.isArrayBuffer(new ArrayBuffer(1)), true);
assert.strictEqual(types.isSharedArrayBuffer(new ArrayBuffer(1)), false);
assert.strictEqual(types.isAnyArrayBuffer(new ArrayBuffer(1)), true);
assert.strictEqual(types.isDataView(new DataView(new ArrayBuffer(1))), true);
assert.strictEqual(types.isAsyncFunction(async () => {}), true);
assert.strictEqual(types.isGeneratorFunction(function*() {}), true);
assert.strictEqual(types.isGeneratorObject((function*() {})()), true);
assert.strictEqual(types.isNativeError(new TypeError()), true);
assert.strictEqual(types.isNativeError({ __proto__: Error.prototype }), false);
assert.strictEqual(types.isProxy(new Proxy({}, {})), true);
assert.strictEqual(types.isBoxedPrimitive(Object(1)), true);
assert.strictEqual(types.isNumberObject(Object(1)), true);
assert.strictEqual(types.isStringObject(Object('s')), true);
assert.strictEqual(types.isBooleanObject(Object(true)), true);
assert.strictEqual(types.isSymbolObject(Object(Symbol())), true);
assert.strictEqual(types.isBigIntObject(Object(1n)), true);
assert.strictEqual(types.isArgumentsObject((function() { return arguments; })()), true);
assert.strictEqual(types.isExternal({}), false);
assert.strictEqual(types.isKeyObject({}), false);
assert.strictEqual(types.isCryptoKey({}), false);

assert.deepStrictEqual(Object.keys(types), [
  'isExternal', 'isDate', 'isArgumentsObject', 'isBigIntObject', 'isBooleanObject',
  'isNumberObject', 'isStringObject', 'isSymbolObject', 'isNativeError', 'isRegExp',
  'isAsyncFunction', 'isGeneratorFunction', 'isGeneratorObject', 'isPromise', 'isMap',
  'isSet', 'isMapIterator', 'isSetIterator', 'isWeakMap', 'isWeakSet', 'isArrayBuffer',
  'isDataView', 'isSharedArrayBuffer', 'isProxy', 'isModuleNamespaceObject',
  'isAnyArrayBuffer', 'isBoxedPrimitive', 'isArrayBufferView', 'isTypedArray',
  'isUint8Array', 'isUint8ClampedArray', 'isUint16Array', 'isUint32Array', 'isInt8Array',
  'isInt16Array', 'isInt32Array', 'isFloat32Array', 'isFloat64Array', 'isBigInt64Array',
  'isBigUint64Array', 'isKeyObject', 'isCryptoKey',
]);
