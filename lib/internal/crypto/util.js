'use strict';
// Shared pieces of the crypto modules: the native binding (with the Buffer prototype
// handed to it), the crypto error codes, byte conversions of arguments, and the
// helper that runs a native job sync or with a callback.

const binding = internalBinding('crypto');
const { FastBuffer } = require('internal/buffer');
const { Buffer } = require('buffer');
const errors = require('internal/errors');
const { normalizeEncoding, encodingsMap } = require('internal/util');
const { isAnyArrayBuffer } = require('util/types');

binding.setBufferPrototype(FastBuffer.prototype);

// Codes thrown only by crypto; registered here when the table lacks them.
const cryptoCodes = [
  ['ERR_CRYPTO_INVALID_AUTH_TAG', 'Invalid authentication tag length: %s', TypeError],
  ['ERR_CRYPTO_INVALID_CURVE', 'Invalid EC curve name', TypeError],
  ['ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector', TypeError],
  ['ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length', RangeError],
  ['ERR_CRYPTO_INVALID_KEYPAIR', 'Invalid key pair', RangeError],
  ['ERR_CRYPTO_INVALID_KEYTYPE', 'Invalid key type', TypeError],
  ['ERR_CRYPTO_INVALID_MESSAGELEN', 'Invalid message length', RangeError],
  ['ERR_CRYPTO_JWK_UNSUPPORTED_CURVE', 'Unsupported JWK EC curve: %s.', Error],
  ['ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE', 'Unsupported JWK Key Type.', Error],
  ['ERR_CRYPTO_OPERATION_FAILED', '%s', Error],
  ['ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length',
    RangeError],
  ['ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher', Error],
  ['ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group', Error],
  ['ERR_CRYPTO_UNSUPPORTED_OPERATION', 'Unsupported crypto operation', Error],
];
for (const [code, message, Base] of cryptoCodes) {
  if (errors.codes[code] === undefined) errors.E(code, message, Base);
}

const { ERR_INVALID_ARG_TYPE } = errors.codes;

const kHandle = Symbol('kHandle');
const kKeyObject = Symbol('kKeyObject');

// The id of an output encoding for the binding: unknown names mean a Buffer.
function encodingId(encoding) {
  if (encoding === 'hex') return encodingsMap.hex;
  const normalized = normalizeEncoding(encoding);
  return normalized === undefined || encoding === 'buffer' ? encodingsMap.buffer :
    encodingsMap[normalized];
}

// A string in `encoding` (not UTF-8) becomes its bytes; the binding reads UTF-8 strings
// itself.
function toBytesForUpdate(data, encoding) {
  if (typeof data === 'string' && encoding !== undefined && encoding !== 'utf8') {
    const normalized = normalizeEncoding(encoding);
    if (normalized !== undefined && normalized !== 'utf8') return Buffer.from(data, normalized);
  }
  return data;
}

function getArrayBufferOrView(buffer, name, encoding) {
  if (isAnyArrayBuffer(buffer)) return buffer;
  if (typeof buffer === 'string') {
    if (encoding === 'buffer') encoding = 'utf8';
    return Buffer.from(buffer, encoding);
  }
  if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(
      name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  return buffer;
}

function getStringOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) {
    const { validateString } = require('internal/validators');
    validateString(value, `options.${key}`);
  }
  return value;
}

// Runs binding[name](...args) with a CryptoJobReq whose completion calls
// callback(err, result); errors thrown while starting are thrown.
function runJob(name, args, callback) {
  const req = new binding.CryptoJobReq();
  req.oncomplete = callback;
  binding[name](...args, req);
}

function toBuf(value, encoding) {
  if (typeof value === 'string') {
    if (encoding === 'buffer') encoding = 'utf8';
    return Buffer.from(value, encoding);
  }
  return value;
}

module.exports = {
  binding,
  kHandle,
  kKeyObject,
  encodingId,
  toBytesForUpdate,
  getArrayBufferOrView,
  getStringOption,
  runJob,
  toBuf,
};
