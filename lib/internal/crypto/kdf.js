'use strict';
// pbkdf2, scrypt and hkdf: validation here, derivation in the binding (sync, or on
// the thread pool for the callback forms).

const { binding, runJob, getArrayBufferOrView, toBuf } = require('internal/crypto/util');
const {
  codes: {
    ERR_CRYPTO_SCRYPT_INVALID_PARAMETER,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateFunction,
  validateInt32,
  validateInteger,
  validateString,
  validateUint32,
} = require('internal/validators');
const { kMaxLength } = require('buffer');
const { isAnyArrayBuffer } = require('util/types');

function checkPbkdf2(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  // OpenSSL takes these as signed ints.
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  return [password, salt, iterations, keylen, digest];
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const args = checkPbkdf2(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  runJob('pbkdf2', args, (err, result) => {
    if (err) return callback(err);
    callback(null, result);
  });
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  return binding.pbkdf2(...checkPbkdf2(password, salt, iterations, keylen, digest));
}

const scryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function checkScrypt(password, salt, keylen, options) {
  password = getArrayBufferOrView(password, 'password');
  salt = getArrayBufferOrView(salt, 'salt');
  validateInt32(keylen, 'keylen', 0);
  let { N, r, p, maxmem } = scryptDefaults;
  if (options && options !== scryptDefaults) {
    const hasN = options.N !== undefined;
    if (hasN) {
      N = options.N;
      validateUint32(N, 'N');
    }
    if (options.cost !== undefined) {
      if (hasN) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      N = options.cost;
      validateUint32(N, 'cost');
    }
    const hasR = options.r !== undefined;
    if (hasR) {
      r = options.r;
      validateUint32(r, 'r');
    }
    if (options.blockSize !== undefined) {
      if (hasR) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      r = options.blockSize;
      validateUint32(r, 'blockSize');
    }
    const hasP = options.p !== undefined;
    if (hasP) {
      p = options.p;
      validateUint32(p, 'p');
    }
    if (options.parallelization !== undefined) {
      if (hasP) throw new ERR_CRYPTO_SCRYPT_INVALID_PARAMETER();
      p = options.parallelization;
      validateUint32(p, 'parallelization');
    }
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateInteger(maxmem, 'maxmem', 0);
    }
    if (N === 0) N = scryptDefaults.N;
    if (r === 0) r = scryptDefaults.r;
    if (p === 0) p = scryptDefaults.p;
    if (maxmem === 0) maxmem = scryptDefaults.maxmem;
  }
  return [password, salt, N, r, p, maxmem, keylen];
}

function scrypt(password, salt, keylen, options, callback = scryptDefaults) {
  if (callback === scryptDefaults) {
    callback = options;
    options = scryptDefaults;
  }
  const args = checkScrypt(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  runJob('scrypt', args, (err, result) => {
    if (err) return callback(err);
    callback(null, result);
  });
}

function scryptSync(password, salt, keylen, options = scryptDefaults) {
  return binding.scrypt(...checkScrypt(password, salt, keylen, options));
}

function validateByteSource(value, name) {
  value = toBuf(value);
  if (isAnyArrayBuffer(value) || ArrayBuffer.isView(value)) return value;
  throw new ERR_INVALID_ARG_TYPE(
    name, ['string', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'], value);
}

// The input keying material as bytes: strings, buffers or a secret KeyObject.
function prepareIkm(key) {
  const keys = require('internal/crypto/keys');
  if (keys.isKeyObject(key)) return keys.secretKeyBytes(key, 'ikm');
  if (isAnyArrayBuffer(key)) return key;
  key = toBuf(key);
  if (!ArrayBuffer.isView(key)) {
    throw new ERR_INVALID_ARG_TYPE(
      'ikm', ['string', 'SecretKeyObject', 'ArrayBuffer', 'TypedArray', 'DataView', 'Buffer'],
      key);
  }
  return key;
}

function checkHkdf(hash, key, salt, info, length) {
  validateString(hash, 'digest');
  key = prepareIkm(key);
  salt = validateByteSource(salt, 'salt');
  info = validateByteSource(info, 'info');
  validateInteger(length, 'length', 0, kMaxLength);
  if (info.byteLength > 1024) {
    throw new ERR_OUT_OF_RANGE('info', 'must not contain more than 1024 bytes', info.byteLength);
  }
  return [hash, key, salt, info, length];
}

function hkdf(hash, key, salt, info, length, callback) {
  const args = checkHkdf(hash, key, salt, info, length);
  validateFunction(callback, 'callback');
  runJob('hkdf', args, (err, bits) => {
    if (err) return callback(err);
    callback(null, bits);
  });
}

function hkdfSync(hash, key, salt, info, length) {
  return binding.hkdf(...checkHkdf(hash, key, salt, info, length));
}

module.exports = {
  pbkdf2,
  pbkdf2Sync,
  scrypt,
  scryptSync,
  hkdf,
  hkdfSync,
};
