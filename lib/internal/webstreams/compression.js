'use strict';
// CompressionStream and DecompressionStream on lib/zlib.js's streams.

const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_THIS },
} = require('internal/errors');
const { kEnumerableProperty } = require('internal/util');
const { newReadableWritablePairFromDuplex } = require('internal/webstreams/adapters');
const { defineInspect, isBrand, kState, kType } = require('internal/webstreams/util');

let zlib;

function createZlib(format, compress) {
  zlib ??= require('zlib');
  switch (format) {
    case 'deflate': return compress ? zlib.createDeflate() : zlib.createInflate();
    case 'deflate-raw': return compress ? zlib.createDeflateRaw() : zlib.createInflateRaw();
    case 'gzip': return compress ? zlib.createGzip() : zlib.createGunzip();
    default: throw new ERR_INVALID_ARG_VALUE('format', format);
  }
}

class CompressionStream {
  constructor(format) {
    this[kType] = 'CompressionStream';
    this[kState] = newReadableWritablePairFromDuplex(createZlib(format, true));
  }

  get readable() {
    if (!isBrand(this, 'CompressionStream')) throw new ERR_INVALID_THIS('CompressionStream');
    return this[kState].readable;
  }

  get writable() {
    if (!isBrand(this, 'CompressionStream')) throw new ERR_INVALID_THIS('CompressionStream');
    return this[kState].writable;
  }
}

class DecompressionStream {
  constructor(format) {
    this[kType] = 'DecompressionStream';
    this[kState] = newReadableWritablePairFromDuplex(createZlib(format, false));
  }

  get readable() {
    if (!isBrand(this, 'DecompressionStream')) throw new ERR_INVALID_THIS('DecompressionStream');
    return this[kState].readable;
  }

  get writable() {
    if (!isBrand(this, 'DecompressionStream')) throw new ERR_INVALID_THIS('DecompressionStream');
    return this[kState].writable;
  }
}

for (const Class of [CompressionStream, DecompressionStream]) {
  Object.defineProperties(Class.prototype, {
    readable: kEnumerableProperty,
    writable: kEnumerableProperty,
    [Symbol.toStringTag]: { __proto__: null, value: Class.name, configurable: true },
  });
  defineInspect(Class, (self) => ({
    readable: self[kState].readable,
    writable: self[kState].writable,
  }));
}

module.exports = { CompressionStream, DecompressionStream };
