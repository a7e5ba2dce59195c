'use strict';
// generateKeyPair(Sync) for rsa, rsa-pss, dsa, ec, dh, ed25519/ed448 and x25519/x448, generateKey(Sync)
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
    ERR_INCOMPATIBLE_OPTION_PAIR,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_OPTION,
  },
} = require('internal/errors');
const {
  validateBuffer,
  validateFunction,
  validateInt32,
  validateInteger,
  validateObject,
  validateOneOf,
  validateString,
  validateUint32,
} = require('internal/validators');
const { randomBytes } = require('internal/crypto/random');
const { customPromisifyArgs } = require('internal/util');

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
      if (type === 'rsa') return { args: [type, modulusLength, publicExponent], encodings };
      return { args: [type, modulusLength, publicExponent, ...pssParams(options)], encodings };
    }
    case 'dsa': {
      validateObject(options, 'options');
      const { modulusLength } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      let { divisorLength } = options;
      if (divisorLength == null) {
        divisorLength = -1;
      } else {
        validateInt32(divisorLength, 'options.divisorLength', 0);
      }
      return { args: [type, modulusLength, divisorLength], encodings };
    }
    case 'dh':
      validateObject(options, 'options');
      return { args: [type, ...dhParams(options)], encodings };
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

// [hash, mgf1Hash, saltLength] of an RSA-PSS key; `hash` and `mgf1Hash` are the
// deprecated (DEP0154) names of `hashAlgorithm` and `mgf1HashAlgorithm`.
function pssParams(options) {
  const { hash, mgf1Hash, hashAlgorithm, mgf1HashAlgorithm, saltLength } = options;
  if (saltLength !== undefined) validateInt32(saltLength, 'options.saltLength', 0);
  if (hashAlgorithm !== undefined) validateString(hashAlgorithm, 'options.hashAlgorithm');
  if (mgf1HashAlgorithm !== undefined) {
    validateString(mgf1HashAlgorithm, 'options.mgf1HashAlgorithm');
  }
  if (hash !== undefined) {
    process.emitWarning('"options.hash" is deprecated, use "options.hashAlgorithm" instead.',
                        'DeprecationWarning', 'DEP0154');
    validateString(hash, 'options.hash');
    if (hashAlgorithm && hash !== hashAlgorithm) {
      throw new ERR_INVALID_ARG_VALUE('options.hash', hash);
    }
  }
  if (mgf1Hash !== undefined) {
    process.emitWarning('"options.mgf1Hash" is deprecated, use "options.mgf1HashAlgorithm" ' +
                        'instead.', 'DeprecationWarning', 'DEP0154');
    validateString(mgf1Hash, 'options.mgf1Hash');
    if (mgf1HashAlgorithm && mgf1Hash !== mgf1HashAlgorithm) {
      throw new ERR_INVALID_ARG_VALUE('options.mgf1Hash', mgf1Hash);
    }
  }
  return [hashAlgorithm || hash, mgf1HashAlgorithm || mgf1Hash, saltLength];
}

// [group] or [prime bytes or primeLength, generator] of a DH key pair.
function dhParams({ group, primeLength, prime, generator }) {
  if (group != null) {
    if (prime != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'prime');
    if (primeLength != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'primeLength');
    if (generator != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'generator');
    validateString(group, 'options.group');
    return [group, 2];
  }
  if (prime != null) {
    if (primeLength != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('prime', 'primeLength');
    validateBuffer(prime, 'options.prime');
  } else if (primeLength != null) {
    validateInt32(primeLength, 'options.primeLength', 0);
  } else {
    throw new ERR_MISSING_OPTION('At least one of the group, prime, or primeLength options');
  }
  if (generator != null) validateInt32(generator, 'options.generator', 0);
  return [prime ?? primeLength, generator ?? 2];
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
// util.promisify(generateKeyPair) resolves to { publicKey, privateKey }.
Object.defineProperty(generateKeyPair, customPromisifyArgs, {
  __proto__: null, value: ['publicKey', 'privateKey'], enumerable: false,
});

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
