'use strict';

// util.types: V8's own type checks from the `types` binding, plus the
// ArrayBufferView family, which JavaScript can answer exactly by itself.

const binding = internalBinding('types');

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
// Returns the typed array's constructor name, or undefined for anything that
// is not a typed array (including subclasses' overridden toStringTag).
const getTypedArrayTag =
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;

function typedArrayTag(value) {
  return Reflect.apply(getTypedArrayTag, value, []);
}

const isArrayBufferView = ArrayBuffer.isView;

function isTypedArray(value) {
  return typedArrayTag(value) !== undefined;
}

function isUint8Array(value) {
  return typedArrayTag(value) === 'Uint8Array';
}

function isUint8ClampedArray(value) {
  return typedArrayTag(value) === 'Uint8ClampedArray';
}

function isUint16Array(value) {
  return typedArrayTag(value) === 'Uint16Array';
}

function isUint32Array(value) {
  return typedArrayTag(value) === 'Uint32Array';
}

function isInt8Array(value) {
  return typedArrayTag(value) === 'Int8Array';
}

function isInt16Array(value) {
  return typedArrayTag(value) === 'Int16Array';
}

function isInt32Array(value) {
  return typedArrayTag(value) === 'Int32Array';
}

function isFloat32Array(value) {
  return typedArrayTag(value) === 'Float32Array';
}

function isFloat64Array(value) {
  return typedArrayTag(value) === 'Float64Array';
}

function isBigInt64Array(value) {
  return typedArrayTag(value) === 'BigInt64Array';
}

function isBigUint64Array(value) {
  return typedArrayTag(value) === 'BigUint64Array';
}

// KeyObject and CryptoKey belong to the crypto module; until it has been
// loaded no value can be one.
let cryptoKeys;
function lazyCryptoKeys() {
  if (cryptoKeys === undefined) {
    try {
      cryptoKeys = require('internal/crypto/keys');
    } catch {
      cryptoKeys = null;
    }
  }
  return cryptoKeys;
}

function isKeyObject(obj) {
  const keys = lazyCryptoKeys();
  return keys !== null && typeof keys.isKeyObject === 'function' && keys.isKeyObject(obj);
}

function isCryptoKey(obj) {
  const keys = lazyCryptoKeys();
  return keys !== null && typeof keys.isCryptoKey === 'function' && keys.isCryptoKey(obj);
}

// Same order as Node's util.types.
const nativeChecks = [
  'isExternal', 'isDate', 'isArgumentsObject', 'isBigIntObject', 'isBooleanObject',
  'isNumberObject', 'isStringObject', 'isSymbolObject', 'isNativeError', 'isRegExp',
  'isAsyncFunction', 'isGeneratorFunction', 'isGeneratorObject', 'isPromise', 'isMap',
  'isSet', 'isMapIterator', 'isSetIterator', 'isWeakMap', 'isWeakSet', 'isArrayBuffer',
  'isDataView', 'isSharedArrayBuffer', 'isProxy', 'isModuleNamespaceObject',
  'isAnyArrayBuffer', 'isBoxedPrimitive',
];

for (const name of nativeChecks) {
  if (typeof binding[name] === 'function') module.exports[name] = binding[name];
}

Object.assign(module.exports, {
  isArrayBufferView,
  isTypedArray,
  isUint8Array,
  isUint8ClampedArray,
  isUint16Array,
  isUint32Array,
  isInt8Array,
  isInt16Array,
  isInt32Array,
  isFloat32Array,
  isFloat64Array,
  isBigInt64Array,
  isBigUint64Array,
  isKeyObject,
  isCryptoKey,
});
