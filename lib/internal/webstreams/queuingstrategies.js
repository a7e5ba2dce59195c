'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy.

const {
  codes: { ERR_INVALID_THIS, ERR_MISSING_OPTION },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const { kEnumerableProperty } = require('internal/util');
const { defineInspect, isBrand, kState, kType } = require('internal/webstreams/util');

function readHighWaterMark(init) {
  validateObject(init, 'init');
  if (init.highWaterMark === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
  return +init.highWaterMark;
}

// One size function per class, shared by every instance, as the standard asks.
const byteLengthSize = { size(chunk) { return chunk.byteLength; } }.size;
const countSize = { size() { return 1; } }.size;

class ByteLengthQueuingStrategy {
  constructor(init) {
    this[kType] = 'ByteLengthQueuingStrategy';
    this[kState] = { highWaterMark: readHighWaterMark(init) };
  }

  get highWaterMark() {
    if (!isBrand(this, 'ByteLengthQueuingStrategy')) {
      throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    }
    return this[kState].highWaterMark;
  }

  get size() {
    if (!isBrand(this, 'ByteLengthQueuingStrategy')) {
      throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    }
    return byteLengthSize;
  }
}

class CountQueuingStrategy {
  constructor(init) {
    this[kType] = 'CountQueuingStrategy';
    this[kState] = { highWaterMark: readHighWaterMark(init) };
  }

  get highWaterMark() {
    if (!isBrand(this, 'CountQueuingStrategy')) throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return this[kState].highWaterMark;
  }

  get size() {
    if (!isBrand(this, 'CountQueuingStrategy')) throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return countSize;
  }
}

for (const Class of [ByteLengthQueuingStrategy, CountQueuingStrategy]) {
  Object.defineProperties(Class.prototype, {
    highWaterMark: kEnumerableProperty,
    size: kEnumerableProperty,
    [Symbol.toStringTag]: { __proto__: null, value: Class.name, configurable: true },
  });
  defineInspect(Class, (self) => ({ highWaterMark: self.highWaterMark }));
}

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };
