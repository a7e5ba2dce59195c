'use strict';
// createHash, createHmac and the one-shot crypto.hash(): update/digest over the native
// Hash and Hmac, and stream.Transform behaviour through LazyTransform.

const {
  binding,
  kHandle,
  encodingId,
  toBytesForUpdate,
} = require('internal/crypto/util');
const LazyTransform = require('internal/crypto/lazy_transform');
const {
  codes: {
    ERR_CRYPTO_HASH_FINALIZED,
    ERR_CRYPTO_HASH_UPDATE_FAILED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const {
  validateEncoding,
  validateString,
  validateUint32,
} = require('internal/validators');
const { normalizeEncoding } = require('internal/util');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');

// The handles' digest() gives a string, or an ArrayBuffer for 'buffer'.
function digestOf(handle, encoding) {
  const result = handle.digest(encoding);
  return typeof result === 'string' ? result : new FastBuffer(result);
}

const kState = Symbol('kState');
const kFinalized = Symbol('kFinalized');

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  if (!(algorithm instanceof binding.Hash)) validateString(algorithm, 'algorithm');
  const xofLen = typeof options === 'object' && options !== null ?
    options.outputLength : undefined;
  if (xofLen !== undefined) validateUint32(xofLen, 'options.outputLength');
  this[kHandle] = new binding.Hash(algorithm, xofLen);
  this[kState] = { [kFinalized]: false };
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  return new Hash(this[kHandle], options);
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  this[kHandle].update(toBytesForUpdate(chunk, encoding));
  callback();
};

Hash.prototype._flush = function _flush(callback) {
  this.push(digestOf(this[kHandle], encodingId('buffer')));
  callback();
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kState][kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  if (typeof data === 'string') {
    validateEncoding(data, encoding);
    if (encoding !== undefined) data = toBytesForUpdate(data, encoding);
  } else if (!ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  if (!this[kHandle].update(data)) throw new ERR_CRYPTO_HASH_UPDATE_FAILED();
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
  const result = digestOf(this[kHandle], encodingId(outputEncoding || 'buffer'));
  state[kFinalized] = true;
  return result;
};

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const { prepareSecretKey } = require('internal/crypto/keys');
  let encoding;
  if (options && options.encoding != null) {
    validateString(options.encoding, 'options.encoding');
    encoding = options.encoding;
  }
  key = prepareSecretKey(key, encoding);
  this[kHandle] = new binding.Hmac();
  this[kHandle].init(hmac, key);
  this[kState] = { [kFinalized]: false };
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = Hash.prototype.update;

Hmac.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  outputEncoding = outputEncoding || 'buffer';
  if (state[kFinalized]) {
    const empty = Buffer.alloc(0);
    return outputEncoding === 'buffer' ? empty : empty.toString(outputEncoding);
  }
  const result = digestOf(this[kHandle], encodingId(outputEncoding));
  state[kFinalized] = true;
  return result;
};

Hmac.prototype._flush = Hash.prototype._flush;
Hmac.prototype._transform = Hash.prototype._transform;

// crypto.hash(algorithm, data, outputEncoding = 'hex')
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !ArrayBuffer.isView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  let normalized = outputEncoding;
  if (outputEncoding !== 'hex') {
    validateString(outputEncoding, 'outputEncoding');
    normalized = normalizeEncoding(outputEncoding);
    if (normalized === undefined && outputEncoding.toLowerCase() === 'buffer') {
      normalized = 'buffer';
    }
    if (normalized === undefined) {
      throw new ERR_INVALID_ARG_VALUE('outputEncoding', outputEncoding);
    }
  }
  return binding.oneShotDigest(algorithm, input, encodingId(normalized));
}

let hashes;
function getHashes() {
  if (hashes === undefined) {
    // Later spellings win over earlier ones that differ only in case, then sort.
    const byLowerCase = new Map();
    for (const name of binding.getHashes()) byLowerCase.set(name.toLowerCase(), name);
    hashes = [...byLowerCase.values()].sort();
  }
  return hashes.slice();
}

module.exports = {
  digestOf,
  Hash,
  Hmac,
  hash,
  getHashes,
};
