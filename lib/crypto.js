'use strict';
// The public `crypto` module: hashes, HMAC, random values, key derivation, ciphers,
// keys, signatures, Diffie-Hellman, primes and the Web Crypto object, each implemented
// under internal/crypto/.

const { binding } = require('internal/crypto/util');
const {
  Hash,
  Hmac,
  hash,
  getHashes,
} = require('internal/crypto/hash');
const {
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
} = require('internal/crypto/random');
const {
  pbkdf2,
  pbkdf2Sync,
  scrypt,
  scryptSync,
  hkdf,
  hkdfSync,
} = require('internal/crypto/kdf');
const {
  KeyObject,
  createSecretKey,
  createPublicKey,
  createPrivateKey,
} = require('internal/crypto/keys');
const cipher = require('internal/crypto/cipher');
const sig = require('internal/crypto/sig');
const keygen = require('internal/crypto/keygen');
const { ECDH, createECDH } = require('internal/crypto/ecdh');
const { X509Certificate, Certificate } = require('internal/crypto/x509');
const dh = require('internal/crypto/diffiehellman');
const prime = require('internal/crypto/prime');
const { deprecate, isPendingDeprecation } = require('internal/util');
const {
  codes: { ERR_CRYPTO_ENGINE_UNKNOWN, ERR_CRYPTO_FIPS_FORCED },
} = require('internal/errors');
const { validateNumber, validateString } = require('internal/validators');

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

function createCipheriv(cipherName, key, iv, options) {
  return new cipher.Cipheriv(cipherName, key, iv, options);
}

function createDecipheriv(cipherName, key, iv, options) {
  return new cipher.Decipheriv(cipherName, key, iv, options);
}

function createCipher(cipherName, password, options) {
  return new cipher.Cipher(cipherName, password, options);
}

function createDecipher(cipherName, password, options) {
  return new cipher.Decipher(cipherName, password, options);
}

function createSign(algorithm, options) {
  return new sig.Sign(algorithm, options);
}

function createVerify(algorithm, options) {
  return new sig.Verify(algorithm, options);
}

function getFips() {
  return 0;
}

function setFips(value) {
  if (value) throw new ERR_CRYPTO_FIPS_FORCED();
}

function setEngine(id, flags) {
  validateString(id, 'id');
  if (flags) validateNumber(flags, 'flags');
  flags >>>= 0;
  // No flags: the engine is used for everything.
  if (flags === 0) flags = binding.constants.ENGINE_METHOD_ALL;
  if (!binding.setEngine(id, flags)) throw new ERR_CRYPTO_ENGINE_UNKNOWN(id);
}

// rt keeps no secure heap (Node's --secure-heap option).
// `fn` as an arrow function without a name, like Node's cached list getters.
function unnamed(fn) {
  return () => fn();
}

// An accessor, as in Node, that turns into a plain data property when read or written.
function deprecatedRandomBytesAlias(key) {
  return {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() {
      const value = isPendingDeprecation() ?
        deprecate(randomBytes, `crypto.${key} is deprecated.`, 'DEP0115') : randomBytes;
      Object.defineProperty(this, key, {
        __proto__: null, enumerable: false, configurable: true, writable: true, value,
      });
      return value;
    },
    set(value) {
      Object.defineProperty(this, key, {
        __proto__: null, enumerable: true, configurable: true, writable: true, value,
      });
    },
  };
}

function secureHeapUsed() {
  return { total: 0, used: 0, utilization: 0, min: 0 };
}

let webcrypto;
function lazyWebCrypto() {
  webcrypto ??= require('internal/crypto/webcrypto');
  return webcrypto;
}

function getRandomValues(array) {
  return lazyWebCrypto().crypto.getRandomValues(array);
}

module.exports = {
  checkPrime: prime.checkPrime,
  checkPrimeSync: prime.checkPrimeSync,
  createCipheriv,
  createDecipheriv,
  createDiffieHellman: dh.createDiffieHellman,
  createDiffieHellmanGroup: dh.createDiffieHellmanGroup,
  createECDH,
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  createSecretKey,
  createSign,
  createVerify,
  diffieHellman: keygen.diffieHellman,
  generatePrime: prime.generatePrime,
  generatePrimeSync: prime.generatePrimeSync,
  getCiphers: unnamed(cipher.getCiphers),
  getCipherInfo: cipher.getCipherInfo,
  getCurves: unnamed(keygen.getCurves),
  getDiffieHellman: dh.createDiffieHellmanGroup,
  getHashes: unnamed(getHashes),
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  generateKeyPair: keygen.generateKeyPair,
  generateKeyPairSync: keygen.generateKeyPairSync,
  generateKey: keygen.generateKey,
  generateKeySync: keygen.generateKeySync,
  privateDecrypt: cipher.privateDecrypt,
  privateEncrypt: cipher.privateEncrypt,
  publicDecrypt: cipher.publicDecrypt,
  publicEncrypt: cipher.publicEncrypt,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  scrypt,
  scryptSync,
  sign: sig.signOneShot,
  setEngine,
  timingSafeEqual: binding.timingSafeEqual,
  getFips,
  setFips,
  verify: sig.verifyOneShot,
  hash,
  Certificate,
  Cipher: cipher.Cipher,
  Cipheriv: cipher.Cipheriv,
  Decipher: cipher.Decipher,
  Decipheriv: cipher.Decipheriv,
  DiffieHellman: dh.DiffieHellman,
  DiffieHellmanGroup: dh.DiffieHellmanGroup,
  ECDH,
  Hash,
  Hmac,
  KeyObject,
  Sign: sig.Sign,
  Verify: sig.Verify,
  X509Certificate,
  secureHeapUsed,
};

// defaultCipherList is the settable default of tls (--tls-cipher-list in Node).
{
  let defaultCipherList = binding.constants.defaultCoreCipherList;
  Object.defineProperty(binding.constants, 'defaultCipherList', {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() { return defaultCipherList; },
    set(value) { defaultCipherList = value; },
  });
}

Object.defineProperties(module.exports, {
  createCipher: {
    __proto__: null,
    enumerable: false,
    value: deprecate(createCipher, 'crypto.createCipher is deprecated.', 'DEP0106'),
  },
  createDecipher: {
    __proto__: null,
    enumerable: false,
    value: deprecate(createDecipher, 'crypto.createDecipher is deprecated.', 'DEP0106'),
  },
  fips: { __proto__: null, get: getFips, set: setFips },
  constants: {
    __proto__: null, configurable: false, enumerable: true, value: binding.constants,
  },
  webcrypto: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    get() { return lazyWebCrypto().crypto; },
    set: undefined,
  },
  subtle: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    get() { return lazyWebCrypto().crypto.subtle; },
    set: undefined,
  },
  getRandomValues: {
    __proto__: null,
    configurable: false,
    enumerable: true,
    get: () => getRandomValues,
    set: undefined,
  },
  // Deprecated aliases of randomBytes (DEP0115, warned under --pending-deprecation).
  prng: deprecatedRandomBytesAlias('prng'),
  pseudoRandomBytes: deprecatedRandomBytesAlias('pseudoRandomBytes'),
  rng: deprecatedRandomBytesAlias('rng'),
});
