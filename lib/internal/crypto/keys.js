'use strict';
// KeyObject (secret, public, private) over the native KeyObjectHandle, createSecretKey /
// createPublicKey / createPrivateKey from PEM, DER and JWK, key export, and the key
// argument parsing that sign, cipher and hmac share.

const {
  binding,
  kHandle,
  kKeyObject,
  getArrayBufferOrView,
} = require('internal/crypto/util');
const {
  codes: {
    ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS,
    ERR_CRYPTO_INVALID_JWK,
    ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE,
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_THIS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
  },
} = require('internal/errors');
const {
  validateObject,
  validateOneOf,
  validateString,
} = require('internal/validators');
const { isAnyArrayBuffer } = require('util/types');
const { createCloneable, kClone } = require('internal/cloneable');
const { Buffer } = require('buffer');

const { KeyObjectHandle } = binding;
// Node's handle class has no name, so util.inspect shows a handle as `{}`.
Object.defineProperty(KeyObjectHandle, 'name', { __proto__: null, value: '' });
const kKeyType = Symbol('kKeyType');

// Numbers shared with src/bindings/crypto/keys.cc.
const kKeyTypeSecret = 0;
const kKeyTypePublic = 1;
const kKeyTypePrivate = 2;
const kKeyFormatPEM = 0;
const kKeyFormatDER = 1;
const kKeyFormatJWK = 2;
const kKeyEncodingPKCS1 = 0;
const kKeyEncodingPKCS8 = 1;
const kKeyEncodingSPKI = 2;
const kKeyEncodingSEC1 = 3;

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw new ERR_INVALID_ARG_VALUE('type', type);
    }
    if (typeof handle !== 'object' || !(handle instanceof KeyObjectHandle)) {
      throw new ERR_INVALID_ARG_TYPE('handle', 'object', handle);
    }
    // A cloneable object in place of `this` (internal/cloneable), with the same prototype.
    const self = createCloneable(new.target.prototype);
    self[kKeyType] = type;
    Object.defineProperty(self, kHandle, {
      __proto__: null, value: handle, enumerable: false, configurable: false, writable: false,
    });
    return self;
  }

  // Cloned as its key material: secret bytes, or DER (SPKI, PKCS #8).
  [kClone]() {
    const type = this[kKeyType];
    const handle = this[kHandle];
    let bytes;
    if (type === 'secret') bytes = handle.export();
    else if (type === 'public') bytes = handle.export(kKeyFormatDER, kKeyEncodingSPKI);
    else bytes = handle.export(kKeyFormatDER, kKeyEncodingPKCS8);
    return { data: { type, bytes }, deserializeInfo: 'internal/crypto/keys:ClonedKeyObject' };
  }

  get type() {
    return this[kKeyType];
  }

  static from(key) {
    if (!isCryptoKey(key)) throw new ERR_INVALID_ARG_TYPE('key', 'CryptoKey', key);
    return key[kKeyObject];
  }

  equals(otherKeyObject) {
    if (!isKeyObject(otherKeyObject)) {
      throw new ERR_INVALID_ARG_TYPE('otherKeyObject', 'KeyObject', otherKeyObject);
    }
    return otherKeyObject.type === this.type && this[kHandle].equals(otherKeyObject[kHandle]);
  }
}

Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, {
  __proto__: null, configurable: true, value: 'KeyObject',
});

class SecretKeyObject extends KeyObject {
  constructor(handle) {
    super('secret', handle);
  }

  get symmetricKeySize() {
    return this[kHandle].getSymmetricKeySize();
  }

  export(options) {
    if (options !== undefined) {
      validateObject(options, 'options');
      validateOneOf(options.format, 'options.format', [undefined, 'buffer', 'jwk']);
      if (options.format === 'jwk') {
        return { kty: 'oct', k: this[kHandle].export().toString('base64url') };
      }
    }
    return this[kHandle].export();
  }
}

// Details the handle reports, with publicExponent as a bigint like Node.
function normalizeKeyDetails(details = {}) {
  if (details.publicExponent !== undefined) {
    const bytes = details.publicExponent;
    let value = 0n;
    for (const byte of bytes) value = (value << 8n) | BigInt(byte);
    return { ...details, publicExponent: value };
  }
  return details;
}

const kAsymmetricKeyType = Symbol('kAsymmetricKeyType');
const kAsymmetricKeyDetails = Symbol('kAsymmetricKeyDetails');

class AsymmetricKeyObject extends KeyObject {
  get asymmetricKeyType() {
    return this[kAsymmetricKeyType] ??= this[kHandle].getAsymmetricKeyType();
  }

  get asymmetricKeyDetails() {
    switch (this.asymmetricKeyType) {
      case 'rsa':
      case 'rsa-pss':
      case 'dsa':
      case 'ec':
        return this[kAsymmetricKeyDetails] ??=
          normalizeKeyDetails(this[kHandle].keyDetail({}));
      default:
        return {};
    }
  }
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('public', handle);
  }

  export(options) {
    if (options && options.format === 'jwk') return this[kHandle].exportJwk({}, false);
    const { format, type } = parsePublicKeyEncoding(options, this.asymmetricKeyType);
    return this[kHandle].export(format, type);
  }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(handle) {
    super('private', handle);
  }

  export(options) {
    if (options && options.format === 'jwk') {
      if (options.passphrase !== undefined) {
        throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS('jwk', 'does not support encryption');
      }
      return this[kHandle].exportJwk({}, false);
    }
    const { format, type, cipher, passphrase } =
      parsePrivateKeyEncoding(options, this.asymmetricKeyType);
    return this[kHandle].export(format, type, cipher, passphrase);
  }
}

function isKeyObject(obj) {
  return obj != null && obj[kKeyType] !== undefined && obj instanceof KeyObject;
}

function isCryptoKey(obj) {
  return obj != null && obj[kKeyObject] !== undefined;
}

// --- Encodings (format/type/cipher/passphrase) ------------------------------------

function parseKeyFormat(formatStr, defaultFormat, optionName) {
  if (formatStr === undefined && defaultFormat !== undefined) return defaultFormat;
  if (formatStr === 'pem') return kKeyFormatPEM;
  if (formatStr === 'der') return kKeyFormatDER;
  if (formatStr === 'jwk') return kKeyFormatJWK;
  throw new ERR_INVALID_ARG_VALUE(optionName, formatStr);
}

function parseKeyType(typeStr, required, keyType, isPublic, optionName) {
  if (typeStr === undefined && !required) return undefined;
  if (typeStr === 'pkcs1') {
    if (keyType !== undefined && keyType !== 'rsa') {
      throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(typeStr, 'can only be used for RSA keys');
    }
    return kKeyEncodingPKCS1;
  } else if (typeStr === 'spki' && isPublic !== false) {
    return kKeyEncodingSPKI;
  } else if (typeStr === 'pkcs8' && isPublic !== true) {
    return kKeyEncodingPKCS8;
  } else if (typeStr === 'sec1' && isPublic !== true) {
    if (keyType !== undefined && keyType !== 'ec') {
      throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(typeStr, 'can only be used for EC keys');
    }
    return kKeyEncodingSEC1;
  }
  throw new ERR_INVALID_ARG_VALUE(optionName, typeStr);
}

function option(name, objName) {
  return objName === undefined ? `options.${name}` : `options.${objName}.${name}`;
}

function parseKeyFormatAndType(enc, keyType, isPublic, objName) {
  const { format: formatStr, type: typeStr } = enc;
  const isInput = keyType === undefined;
  const format = parseKeyFormat(formatStr, isInput ? kKeyFormatPEM : undefined,
                                option('format', objName));
  const isRequired = (!isInput || format === kKeyFormatDER) && format !== kKeyFormatJWK;
  const type = parseKeyType(typeStr, isRequired, keyType, isPublic, option('type', objName));
  return { format, type };
}

function isStringOrBuffer(val) {
  return typeof val === 'string' || ArrayBuffer.isView(val) || isAnyArrayBuffer(val);
}

function parseKeyEncoding(enc, keyType, isPublic, objName) {
  validateObject(enc, 'options');
  const isInput = keyType === undefined;
  const { format, type } = parseKeyFormatAndType(enc, keyType, isPublic, objName);
  let cipher, passphrase, encoding;
  if (isPublic !== true) {
    ({ cipher, passphrase, encoding } = enc);
    if (!isInput) {
      if (cipher != null) {
        if (typeof cipher !== 'string') {
          throw new ERR_INVALID_ARG_VALUE(option('cipher', objName), cipher);
        }
        if (format === kKeyFormatDER &&
            (type === kKeyEncodingPKCS1 || type === kKeyEncodingSEC1)) {
          throw new ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS(
            type === kKeyEncodingPKCS1 ? 'pkcs1' : 'sec1', 'does not support encryption');
        }
      } else if (passphrase !== undefined) {
        throw new ERR_INVALID_ARG_VALUE(option('cipher', objName), cipher);
      }
    }
    if ((isInput && passphrase !== undefined && !isStringOrBuffer(passphrase)) ||
        (!isInput && cipher != null && !isStringOrBuffer(passphrase))) {
      throw new ERR_INVALID_ARG_VALUE(option('passphrase', objName), passphrase);
    }
  }
  if (passphrase !== undefined) passphrase = getArrayBufferOrView(passphrase, 'key.passphrase', encoding);
  return { format, type, cipher, passphrase };
}

function parsePublicKeyEncoding(enc, keyType, objName) {
  return parseKeyEncoding(enc, keyType, keyType ? true : undefined, objName);
}

function parsePrivateKeyEncoding(enc, keyType, objName) {
  return parseKeyEncoding(enc, keyType, false, objName);
}

// --- Key input ------------------------------------------------------------------

function prepareSecretKey(key, encoding, bufferOnly = false) {
  if (!bufferOnly) {
    if (isKeyObject(key)) {
      if (key.type !== 'secret') {
        throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
      }
      return key[kHandle].export();
    } else if (isCryptoKey(key)) {
      if (key.type !== 'secret') {
        throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
      }
      return key[kKeyObject][kHandle].export();
    }
  }
  if (typeof key !== 'string' && !ArrayBuffer.isView(key) && !isAnyArrayBuffer(key)) {
    throw new ERR_INVALID_ARG_TYPE(
      'key',
      bufferOnly ? ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'] :
        ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'KeyObject', 'CryptoKey'],
      key);
  }
  return getArrayBufferOrView(key, 'key', encoding);
}

// The bytes of a secret KeyObject given where `name` expects one.
function secretKeyBytes(key, name) {
  if (key.type !== 'secret') throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'secret');
  return key[kHandle].export();
}

function createSecretKey(key, encoding) {
  key = prepareSecretKey(key, encoding, true);
  const handle = new KeyObjectHandle();
  handle.initSecret(key);
  return new SecretKeyObject(handle);
}

function getKeyObjectHandleFromJwk(key, ctx) {
  validateObject(key, 'key');
  validateOneOf(key.kty, 'key.kty', ['RSA', 'EC', 'OKP']);
  const isPublic = ctx === kConsumePublic || ctx === kCreatePublic;
  const handle = new KeyObjectHandle();
  if (key.kty === 'OKP') {
    validateString(key.crv, 'key.crv');
    validateOneOf(key.crv, 'key.crv', ['Ed25519', 'Ed448', 'X25519', 'X448']);
    validateString(key.x, 'key.x');
    if (!isPublic) validateString(key.d, 'key.d');
    const x = Buffer.from(key.x, 'base64');
    const d = isPublic ? undefined : Buffer.from(key.d, 'base64');
    const type = handle.initOkpRaw(key.crv, isPublic ? x : d, isPublic);
    if (type === undefined) throw new ERR_CRYPTO_INVALID_JWK();
    return handle;
  }
  if (key.kty === 'EC') {
    validateString(key.crv, 'key.crv');
    validateOneOf(key.crv, 'key.crv', ['P-256', 'secp256k1', 'P-384', 'P-521']);
    validateString(key.x, 'key.x');
    validateString(key.y, 'key.y');
    if (!isPublic) validateString(key.d, 'key.d');
  } else {
    validateString(key.n, 'key.n');
    validateString(key.e, 'key.e');
    if (!isPublic) {
      for (const name of ['d', 'p', 'q', 'dp', 'dq', 'qi']) validateString(key[name], `key.${name}`);
    }
  }
  const jwk = { ...key };
  if (isPublic) delete jwk.d;
  const type = handle.initJwk(jwk, key.crv);
  if (type === undefined) throw new ERR_CRYPTO_INVALID_JWK();
  return handle;
}

const kConsumePublic = 0;
const kConsumePrivate = 1;
const kCreatePublic = 2;
const kCreatePrivate = 3;

function getKeyObjectHandle(key, ctx) {
  if (ctx === kCreatePrivate) {
    throw new ERR_INVALID_ARG_TYPE(
      'key', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], key);
  }
  if (key.type !== 'private') {
    if (ctx === kConsumePrivate || ctx === kCreatePublic) {
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private');
    }
    if (key.type !== 'public') {
      throw new ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE(key.type, 'private or public');
    }
  }
  return key[kHandle];
}

function prepareAsymmetricKey(key, ctx) {
  if (isKeyObject(key)) return { data: getKeyObjectHandle(key, ctx) };
  if (isCryptoKey(key)) return { data: getKeyObjectHandle(key[kKeyObject], ctx) };
  if (isStringOrBuffer(key)) {
    return { format: kKeyFormatPEM, data: getArrayBufferOrView(key, 'key') };
  }
  if (typeof key === 'object' && key !== null) {
    const { key: data, encoding, format } = key;
    if (isKeyObject(data)) return { data: getKeyObjectHandle(data, ctx) };
    if (isCryptoKey(data)) return { data: getKeyObjectHandle(data[kKeyObject], ctx) };
    if (format === 'jwk') {
      validateObject(data, 'key.key');
      return { data: getKeyObjectHandleFromJwk(data, ctx), format: 'jwk' };
    }
    const isPublic = ctx === kConsumePrivate || ctx === kCreatePrivate ? false : undefined;
    if (!isStringOrBuffer(data)) {
      throw new ERR_INVALID_ARG_TYPE(
        'key.key',
        ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView',
          ...(ctx !== kCreatePrivate ? ['KeyObject', 'CryptoKey'] : [])],
        data);
    }
    return {
      data: getArrayBufferOrView(data, 'key', encoding),
      ...parseKeyEncoding(key, undefined, isPublic),
    };
  }
  throw new ERR_INVALID_ARG_TYPE(
    'key',
    ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView',
      ...(ctx !== kCreatePrivate ? ['KeyObject', 'CryptoKey'] : [])],
    key);
}

// A native handle for `key` as sign, verify, publicEncrypt etc. take it.
function preparePrivateKey(key) {
  return toHandle(prepareAsymmetricKey(key, kConsumePrivate), kKeyTypePrivate);
}

function preparePublicOrPrivateKey(key) {
  return toHandle(prepareAsymmetricKey(key, kConsumePublic), kKeyTypePublic);
}

function toHandle({ data, format, type, passphrase }, kind) {
  if (data instanceof KeyObjectHandle) return data;
  const handle = new KeyObjectHandle();
  handle.init(kind, data, format, type, passphrase);
  return handle;
}

function createPublicKey(key) {
  const { data, format, type, passphrase } = prepareAsymmetricKey(key, kCreatePublic);
  if (data instanceof KeyObjectHandle) {
    return new PublicKeyObject(format === 'jwk' ? data : data.toPublic());
  }
  const handle = new KeyObjectHandle();
  handle.init(kKeyTypePublic, data, format, type, passphrase);
  return new PublicKeyObject(handle);
}

function createPrivateKey(key) {
  const { data, format, type, passphrase } = prepareAsymmetricKey(key, kCreatePrivate);
  if (data instanceof KeyObjectHandle) return new PrivateKeyObject(data);
  const handle = new KeyObjectHandle();
  handle.init(kKeyTypePrivate, data, format, type, passphrase);
  return new PrivateKeyObject(handle);
}

// --- CryptoKey (Web Crypto) -----------------------------------------------------

class CryptoKey {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get type() {
    checkCryptoKeyThis(this);
    return this[kKeyObject].type;
  }

  get extractable() {
    checkCryptoKeyThis(this);
    return this[kExtractable];
  }

  get algorithm() {
    checkCryptoKeyThis(this);
    return this[kAlgorithm];
  }

  get usages() {
    checkCryptoKeyThis(this);
    return this[kKeyUsages];
  }
}

function checkCryptoKeyThis(self) {
  if (!isCryptoKey(self)) throw new ERR_INVALID_THIS('CryptoKey');
}

// The prototype of the keys rt makes, as in Node: one step below CryptoKey.prototype.
const internalCryptoKeyPrototype = Object.create(CryptoKey.prototype, {
  constructor: { __proto__: null, value: CryptoKey, writable: true, configurable: true },
});
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'CryptoKey', configurable: true,
});
for (const name of ['type', 'extractable', 'algorithm', 'usages']) {
  Object.defineProperty(CryptoKey.prototype, name, { __proto__: null, enumerable: true });
}
Object.defineProperty(CryptoKey.prototype, Symbol.for('nodejs.util.inspect.custom'), {
  __proto__: null,
  configurable: true,
  writable: true,
  value(depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    const shown = {
      type: this.type, extractable: this.extractable, algorithm: this.algorithm,
      usages: this.usages,
    };
    return `CryptoKey ${inspect(shown, opts)}`;
  },
});
const kExtractable = Symbol('kExtractable');
const kAlgorithm = Symbol('kAlgorithm');
const kKeyUsages = Symbol('kKeyUsages');

// A CryptoKey over `keyObject` (the constructor is not for users).
function createCryptoKey(keyObject, algorithm, extractable, usages) {
  const hidden = (value) => ({ __proto__: null, value, enumerable: false });
  return Object.defineProperties(createCloneable(internalCryptoKeyPrototype), {
    [kKeyObject]: hidden(keyObject),
    [kAlgorithm]: hidden(algorithm),
    [kExtractable]: hidden(extractable),
    [kKeyUsages]: hidden(usages),
  });
}

Object.defineProperty(internalCryptoKeyPrototype, kClone, {
  __proto__: null,
  value() {
    return {
      data: {
        keyObject: this[kKeyObject],
        algorithm: this[kAlgorithm],
        extractable: this[kExtractable],
        usages: this[kKeyUsages],
      },
      deserializeInfo: 'internal/crypto/keys:ClonedCryptoKey',
    };
  },
});

// The receiving sides of cloned keys (internal/cloneable).
function ClonedKeyObject({ type, bytes }) {
  const handle = new KeyObjectHandle();
  if (type === 'secret') {
    handle.initSecret(bytes);
    return new SecretKeyObject(handle);
  }
  if (type === 'public') {
    handle.init(kKeyTypePublic, bytes, kKeyFormatDER, kKeyEncodingSPKI);
    return new PublicKeyObject(handle);
  }
  handle.init(kKeyTypePrivate, bytes, kKeyFormatDER, kKeyEncodingPKCS8);
  return new PrivateKeyObject(handle);
}

function ClonedCryptoKey({ keyObject, algorithm, extractable, usages }) {
  return createCryptoKey(keyObject, algorithm, extractable, usages);
}

module.exports = {
  ClonedCryptoKey,
  ClonedKeyObject,
  KeyObject,
  SecretKeyObject,
  PublicKeyObject,
  PrivateKeyObject,
  CryptoKey,
  createCryptoKey,
  isKeyObject,
  isCryptoKey,
  createSecretKey,
  createPublicKey,
  createPrivateKey,
  prepareSecretKey,
  secretKeyBytes,
  preparePrivateKey,
  preparePublicOrPrivateKey,
  parsePublicKeyEncoding,
  parsePrivateKeyEncoding,
  kKeyTypePublic,
  kKeyTypePrivate,
};
