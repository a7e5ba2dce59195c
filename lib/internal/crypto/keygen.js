'use strict';
// generateKeyPair(Sync) for rsa, ec, ed25519/ed448 and x25519/x448, generateKey(Sync)
// for hmac and aes, diffieHellman() over KeyObjects, getCurves.

const { binding, runJob } = require('internal/crypto/util');
const {
  KeyObject,
  PublicKeyObject,
  PrivateKeyObject,
  createSecretKey,
  parsePublicKeyEncoding,
  parsePrivateKeyEncoding,
} = require('internal/crypto/keys');
const { kHandle } = require('internal/crypto/util');
const {
  codes: {
    ERR_CRYPTO_INCOMPATIBLE_KEY,
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const {
  validateFunction,
  validateInteger,
  validateObject,
  validateOneOf,
  validateString,
  validateUint32,
} = require('internal/validators');
const { randomBytes } = require('internal/crypto/random');

function parseKeyPairEncoding(keyType, options = {}) {
  const { publicKeyEncoding, privateKeyEncoding } = options;
  let publicEncoding;
  if (publicKeyEncoding == null) {
    publicEncoding = undefined;
  } else if (typeof publicKeyEncoding === 'object') {
    publicEncoding = parsePublicKeyEncoding(publicKeyEncoding, keyType, 'publicKeyEncoding');
  } else {
    throw new ERR_INVALID_ARG_VALUE('options.publicKeyEncoding', publicKeyEncoding);
  }
  let privateEncoding;
  if (privateKeyEncoding == null) {
    privateEncoding = undefined;
  } else if (typeof privateKeyEncoding === 'object') {
    privateEncoding = parsePrivateKeyEncoding(privateKeyEncoding, keyType, 'privateKeyEncoding');
  } else {
    throw new ERR_INVALID_ARG_VALUE('options.privateKeyEncoding', privateKeyEncoding);
  }
  return { publicEncoding, privateEncoding };
}

// The binding arguments for `type`, after Node's validation.
function keyPairArgs(type, options) {
  validateString(type, 'type');
  const encodings = parseKeyPairEncoding(type, options);
  if (options !== undefined) validateObject(options, 'options');
  switch (type) {
    case 'rsa':
    case 'rsa-pss': {
      validateObject(options, 'options');
      const { modulusLength } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      let { publicExponent } = options;
      if (publicExponent == null) {
        publicExponent = 0x10001;
      } else {
        validateUint32(publicExponent, 'options.publicExponent');
      }
      return { args: [type, modulusLength, publicExponent], encodings };
    }
    case 'ec': {
      validateObject(options, 'options');
      const { namedCurve } = options;
      validateString(namedCurve, 'options.namedCurve');
      const { paramEncoding } = options;
      if (paramEncoding != null && paramEncoding !== 'named' && paramEncoding !== 'explicit') {
        throw new ERR_INVALID_ARG_VALUE('options.paramEncoding', paramEncoding);
      }
      return { args: [type, namedCurve, paramEncoding === 'explicit'], encodings };
    }
    case 'ed25519':
    case 'ed448':
    case 'x25519':
    case 'x448':
      return { args: [type], encodings };
    default:
      throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
}

function wrapPair([publicHandle, privateHandle], { publicEncoding, privateEncoding }) {
  const publicKey = publicEncoding === undefined ? new PublicKeyObject(publicHandle) :
    publicHandle.export(publicEncoding.format, publicEncoding.type);
  const privateKey = privateEncoding === undefined ? new PrivateKeyObject(privateHandle) :
    privateHandle.export(privateEncoding.format, privateEncoding.type, privateEncoding.cipher,
                         privateEncoding.passphrase);
  return { publicKey, privateKey };
}

function finishPair(handles, encodings) {
  const jwk = {
    publicEncoding: encodings.publicEncoding?.format === 2 ? undefined : encodings.publicEncoding,
    privateEncoding: encodings.privateEncoding?.format === 2 ? undefined :
      encodings.privateEncoding,
  };
  const pair = wrapPair(handles, jwk);
  if (encodings.publicEncoding?.format === 2) {
    pair.publicKey = pair.publicKey.export({ format: 'jwk' });
  }
  if (encodings.privateEncoding?.format === 2) {
    pair.privateKey = pair.privateKey.export({ format: 'jwk' });
  }
  return pair;
}

function generateKeyPairSync(type, options) {
  const { args, encodings } = keyPairArgs(type, options);
  return finishPair(binding.generateKeyPair(...args), encodings);
}

function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const { args, encodings } = keyPairArgs(type, options);
  runJob('generateKeyPair', args, (err, handles) => {
    if (err) return callback(err);
    let pair;
    try {
      pair = finishPair(handles, encodings);
    } catch (e) {
      return callback(e);
    }
    callback(null, pair.publicKey, pair.privateKey);
  });
}

function secretKeyLength(type, options) {
  validateString(type, 'type');
  validateObject(options, 'options');
  const { length } = options;
  switch (type) {
    case 'hmac':
      validateInteger(length, 'options.length', 8, 2 ** 31 - 1);
      break;
    case 'aes':
      validateOneOf(length, 'options.length', [128, 192, 256]);
      break;
    default:
      throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
  return Math.floor(length / 8);
}

function generateKeySync(type, options) {
  return createSecretKey(randomBytes(secretKeyLength(type, options)));
}

function generateKey(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const length = secretKeyLength(type, options);
  randomBytes(length, (err, bytes) => {
    if (err) return callback(err);
    callback(null, createSecretKey(bytes));
  });
}

const dhEnabledKeyTypes = new Set(['dh', 'ec', 'x448', 'x25519']);

function diffieHellman(options) {
  validateObject(options, 'options');
  const { privateKey, publicKey } = options;
  if (!(privateKey instanceof KeyObject)) {
    throw new ERR_INVALID_ARG_VALUE('options.privateKey', privateKey);
  }
  if (!(publicKey instanceof KeyObject)) {
    throw new ERR_INVALID_ARG_VALUE('options.publicKey', publicKey);
  }
  if (privateKey.type !== 'private') {
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(privateKey.type, 'private');
  }
  if (publicKey.type !== 'public' && publicKey.type !== 'private') {
    throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(publicKey.type, 'private or public');
  }
  const privateType = privateKey.asymmetricKeyType;
  const publicType = publicKey.asymmetricKeyType;
  if (privateType !== publicType || !dhEnabledKeyTypes.has(privateType)) {
    throw new ERR_CRYPTO_INCOMPATIBLE_KEY('key types for Diffie-Hellman',
                                          `${privateType} and ${publicType}`);
  }
  return binding.deriveSecret(privateKey[kHandle], publicKey[kHandle]);
}

let curves;
function getCurves() {
  curves ??= [...new Set(binding.getCurves())].sort();
  return curves.slice();
}

module.exports = {
  generateKeyPair,
  generateKeyPairSync,
  generateKey,
  generateKeySync,
  diffieHellman,
  getCurves,
};
