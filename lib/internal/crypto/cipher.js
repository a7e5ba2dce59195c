'use strict';
// Cipheriv and Decipheriv (stream.Transform-like through LazyTransform), the deprecated
// password-based Cipher and Decipher, getCiphers, getCipherInfo, and RSA
// publicEncrypt/privateDecrypt/privateEncrypt/publicDecrypt.

const {
  binding,
  kHandle,
  getArrayBufferOrView,
  getStringOption,
  toBytesForUpdate,
} = require('internal/crypto/util');
const LazyTransform = require('internal/crypto/lazy_transform');
const {
  codes: {
    ERR_CRYPTO_INVALID_STATE,
    ERR_INTERNAL_ASSERTION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const {
  validateEncoding,
  validateInt32,
  validateObject,
  validateString,
} = require('internal/validators');
const { normalizeEncoding } = require('internal/util');
const { StringDecoder } = require('string_decoder');
const { Buffer } = require('buffer');

function getUIntOption(options, key) {
  let value;
  if (options && (value = options[key]) != null) {
    if (value >>> 0 !== value) throw new ERR_INVALID_ARG_VALUE(`options.${key}`, value);
    return value;
  }
  return -1;
}

function getDecoder(decoder, encoding) {
  const normalized = normalizeEncoding(encoding);
  decoder = decoder || new StringDecoder(encoding);
  if (decoder.encoding !== normalized) {
    if (normalized === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    throw new ERR_INTERNAL_ASSERTION('Cannot change encoding');
  }
  return decoder;
}

function initCipher(self, cipher, key, iv, options, encrypt) {
  validateString(cipher, 'cipher');
  const encoding = getStringOption(options, 'encoding');
  const { prepareSecretKey } = require('internal/crypto/keys');
  key = prepareSecretKey(key, encoding);
  iv = iv === null ? null : getArrayBufferOrView(iv, 'iv');
  const authTagLength = getUIntOption(options, 'authTagLength');
  self[kHandle] = new binding.CipherBase(encrypt);
  self[kHandle].initiv(cipher, key, iv, authTagLength);
  self._decoder = null;
  LazyTransform.call(self, options);
}

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  initCipher(this, cipher, key, iv, options, true);
}
Object.setPrototypeOf(Cipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Cipheriv, LazyTransform);

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  initCipher(this, cipher, key, iv, options, false);
}
Object.setPrototypeOf(Decipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Decipheriv, LazyTransform);

// OpenSSL's EVP_BytesToKey with MD5, one round and no salt: what createCipher derives its
// key and IV with.
function bytesToKey(password, keyLength, ivLength) {
  const { Hash } = require('internal/crypto/hash');
  const blocks = [];
  let block = Buffer.alloc(0);
  for (let size = 0; size < keyLength + ivLength; size += block.length) {
    block = new Hash('md5').update(block).update(password).digest();
    blocks.push(block);
  }
  const bytes = Buffer.concat(blocks);
  return { key: bytes.subarray(0, keyLength), iv: bytes.subarray(keyLength, keyLength + ivLength) };
}

function initPasswordCipher(self, cipher, password, options, encrypt) {
  validateString(cipher, 'cipher');
  password = getArrayBufferOrView(password, 'password');
  const info = getCipherInfo(cipher);
  const { key, iv } = info === undefined ? { key: Buffer.alloc(0), iv: null } :
    bytesToKey(Buffer.from(password.buffer ?? password, password.byteOffset,
                           password.byteLength),
               info.keyLength, info.ivLength ?? 0);
  const authTagLength = getUIntOption(options, 'authTagLength');
  self[kHandle] = new binding.CipherBase(encrypt);
  self[kHandle].initiv(cipher, key, info?.ivLength ? iv : null, authTagLength);
  if (info?.mode === 'ctr' || info.mode === 'gcm' || info.mode === 'ccm') {
    process.emitWarning(`Use Cipheriv for counter mode of ${cipher}`);
  }
  self._decoder = null;
  LazyTransform.call(self, options);
}

function Cipher(cipher, password, options) {
  if (!(this instanceof Cipher)) return new Cipher(cipher, password, options);
  initPasswordCipher(this, cipher, password, options, true);
}
Object.setPrototypeOf(Cipher.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Cipher, LazyTransform);

function Decipher(cipher, password, options) {
  if (!(this instanceof Decipher)) return new Decipher(cipher, password, options);
  initPasswordCipher(this, cipher, password, options, false);
}
Object.setPrototypeOf(Decipher.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Decipher, LazyTransform);

const methods = {
  _transform(chunk, encoding, callback) {
    this.push(this[kHandle].update(toBytesForUpdate(chunk, encoding)));
    callback();
  },

  _flush(callback) {
    try {
      this.push(this[kHandle].final());
    } catch (e) {
      callback(e);
      return;
    }
    callback();
  },

  update(data, inputEncoding, outputEncoding) {
    if (typeof data === 'string') {
      validateEncoding(data, inputEncoding);
      data = toBytesForUpdate(data, inputEncoding);
    } else if (!ArrayBuffer.isView(data)) {
      throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
    }
    const ret = this[kHandle].update(data);
    if (outputEncoding && outputEncoding !== 'buffer') {
      this._decoder = getDecoder(this._decoder, outputEncoding);
      return this._decoder.write(ret);
    }
    return ret;
  },

  final(outputEncoding) {
    const ret = this[kHandle].final();
    if (outputEncoding && outputEncoding !== 'buffer') {
      this._decoder = getDecoder(this._decoder, outputEncoding);
      return this._decoder.end(ret);
    }
    return ret;
  },

  setAutoPadding(ap) {
    if (!this[kHandle].setAutoPadding(!!ap)) throw new ERR_CRYPTO_INVALID_STATE('setAutoPadding');
    return this;
  },

  setAAD(aadbuf, options) {
    const encoding = getStringOption(options, 'encoding');
    const plaintextLength = getUIntOption(options, 'plaintextLength');
    aadbuf = getArrayBufferOrView(aadbuf, 'aadbuf', encoding);
    if (!this[kHandle].setAAD(aadbuf, plaintextLength)) {
      throw new ERR_CRYPTO_INVALID_STATE('setAAD');
    }
    return this;
  },
};

for (const Class of [Cipheriv, Decipheriv, Cipher, Decipher]) {
  for (const name of Object.keys(methods)) {
    Object.defineProperty(Class.prototype, name, {
      __proto__: null, value: methods[name], writable: true, enumerable: true, configurable: true,
    });
  }
}

function getAuthTag() {
  const ret = this[kHandle].getAuthTag();
  if (ret === undefined) throw new ERR_CRYPTO_INVALID_STATE('getAuthTag');
  return ret;
}
Cipheriv.prototype.getAuthTag = Cipher.prototype.getAuthTag = getAuthTag;

function setAuthTag(tagbuf, encoding) {
  tagbuf = getArrayBufferOrView(tagbuf, 'buffer', encoding);
  if (!this[kHandle].setAuthTag(tagbuf)) throw new ERR_CRYPTO_INVALID_STATE('setAuthTag');
  return this;
}
Decipheriv.prototype.setAuthTag = Decipher.prototype.setAuthTag = setAuthTag;

let ciphers;
function getCiphers() {
  if (ciphers === undefined) {
    // Later spellings win over earlier ones that differ only in case, then sort.
    const byLowerCase = new Map();
    for (const name of binding.getCiphers()) byLowerCase.set(name.toLowerCase(), name);
    ciphers = [...byLowerCase.values()].sort();
  }
  return ciphers.slice();
}

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string' && typeof nameOrNid !== 'number') {
    throw new ERR_INVALID_ARG_TYPE('nameOrNid', ['string', 'number'], nameOrNid);
  }
  if (typeof nameOrNid === 'number') validateInt32(nameOrNid, 'nameOrNid');
  let keyLength, ivLength;
  if (options !== undefined) {
    validateObject(options, 'options');
    ({ keyLength, ivLength } = options);
    if (keyLength !== undefined) validateInt32(keyLength, 'options.keyLength');
    if (ivLength !== undefined) validateInt32(ivLength, 'options.ivLength');
  }
  const info = binding.getCipherInfo({}, nameOrNid, keyLength, ivLength);
  if (info !== undefined) info.name = info.name.toLowerCase();
  return info;
}

// RSA encryption with a key: publicEncrypt/privateDecrypt default to OAEP,
// privateEncrypt/publicDecrypt to PKCS#1 v1.5.
const RSA_PKCS1_PADDING = 1;
const RSA_PKCS1_OAEP_PADDING = 4;
const kPublicEncrypt = 0;
const kPrivateDecrypt = 1;
const kPrivateEncrypt = 2;
const kPublicDecrypt = 3;

function rsaFunctionFor(mode, defaultPadding, keyType) {
  return (options, buffer) => {
    const keys = require('internal/crypto/keys');
    const key = keyType === 'private' ? keys.preparePrivateKey(options) :
      keys.preparePublicOrPrivateKey(options);
    const padding = options.padding || defaultPadding;
    const { oaepHash, encoding } = options;
    let { oaepLabel } = options;
    if (oaepHash !== undefined) validateString(oaepHash, 'key.oaepHash');
    if (oaepLabel !== undefined) oaepLabel = getArrayBufferOrView(oaepLabel, 'key.oaepLabel', encoding);
    buffer = getArrayBufferOrView(buffer, 'buffer', encoding);
    if (mode === kPrivateDecrypt && padding === RSA_PKCS1_PADDING) {
      const err = new TypeError('RSA_PKCS1_PADDING is no longer supported for private ' +
                                'decryption, this can be reverted with ' +
                                '--security-revert=CVE-2023-46809');
      err.code = 'ERR_INVALID_ARG_VALUE';
      throw err;
    }
    if (oaepLabel !== undefined && !ArrayBuffer.isView(oaepLabel)) {
      oaepLabel = new Uint8Array(oaepLabel);
    }
    return binding.rsaCipher(mode, key, buffer, padding, oaepHash, oaepLabel);
  };
}

const publicEncrypt = rsaFunctionFor(kPublicEncrypt, RSA_PKCS1_OAEP_PADDING, 'public');
const publicDecrypt = rsaFunctionFor(kPublicDecrypt, RSA_PKCS1_PADDING, 'public');
const privateEncrypt = rsaFunctionFor(kPrivateEncrypt, RSA_PKCS1_PADDING, 'private');
const privateDecrypt = rsaFunctionFor(kPrivateDecrypt, RSA_PKCS1_OAEP_PADDING, 'private');

module.exports = {
  publicEncrypt,
  publicDecrypt,
  privateEncrypt,
  privateDecrypt,
  Cipheriv,
  Decipheriv,
  Cipher,
  Decipher,
  getCiphers,
  getCipherInfo,
};
