'use strict';

// Library objects that structuredClone() and postMessage() copy although V8 cannot: the
// keys of crypto (KeyObject, CryptoKey). Their instances are made by the native
// `Cloneable` constructor, so V8's serializer hands them to rt's C++ delegates, which
// call `clone` below; the copy is rebuilt by `deserialize`, in this thread or another.
//
// An object takes part by having a [kClone]() method that returns plain cloneable data
// and the name of a module whose exported [kDeserialize](data) makes the copy.

const { Cloneable } = internalBinding('serdes');

// Node's native base of KeyObject has no name either.
Object.defineProperty(Cloneable, 'name', { __proto__: null, value: '' });

const kClone = Symbol('kClone');
const kDeserialize = Symbol('kDeserialize');

// (object) -> { module, data } for an object made to be cloned, undefined otherwise.
function clone(object) {
  if (typeof object[kClone] !== 'function') return undefined;
  return object[kClone]();
}

// ({ module, data }) -> the copy, made by the module that cloned it.
function deserialize({ module, data }) {
  return require(module)[kDeserialize](data);
}

module.exports = { Cloneable, kClone, kDeserialize, clone, deserialize };
