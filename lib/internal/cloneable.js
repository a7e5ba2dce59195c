'use strict';

// Objects of lib/ classes that structuredClone() and postMessage() copy although V8 sees
// plain JS objects (Blob, KeyObject, CryptoKey, ...); the C++ half is src/bindings/serdes.h.
// A class makes its instances with createCloneable(prototype) and gives them a [kClone]()
// method returning { data, deserializeInfo: '<lib id>:<export>' }: `data` is cloned as
// usual, and on the receiving side that export, called with the copy of `data`, makes the
// new object. Instances without [kClone] cannot be cloned (Node's DataCloneError); those
// with [kTransferOnly] can only be transferred, which rt does not support for them yet.

const binding = internalBinding('serdes');

const kClone = Symbol('kClone');
const kTransferOnly = Symbol('kTransferOnly');

function createCloneable(prototype) {
  return binding.createCloneable(prototype);
}

function cloneHook(object) {
  if (object[kTransferOnly] === true) {
    const err = new TypeError(
      'Object that needs transfer was found in message but not listed in transferList');
    err.code = 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST';
    throw err;
  }
  if (typeof object[kClone] !== 'function') {
    const { DOMException } = require('internal/per_context/domexception');
    throw new DOMException('Cannot clone object of unsupported type.', 'DataCloneError');
  }
  const { data, deserializeInfo } = object[kClone]();
  return [deserializeInfo, data];
}

function deserializeHook(deserializeInfo, data) {
  const colon = deserializeInfo.indexOf(':');
  const make = require(deserializeInfo.slice(0, colon))[deserializeInfo.slice(colon + 1)];
  return make(data);
}

// Called once per Environment (main thread and each worker) during bootstrap.
function setupCloneable() {
  binding.setCloneableHooks(cloneHook, deserializeHook);
}

module.exports = { createCloneable, kClone, kTransferOnly, setupCloneable };
