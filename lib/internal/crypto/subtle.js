'use strict';
// crypto.subtle: SubtleCrypto's methods over the KeyObject, sign, cipher and KDF
// bindings; key import/export/generation is in internal/crypto/webcrypto_keys.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { lazyDOMException } = require('internal/util');
const { binding, encodingId } = require('internal/crypto/util');
const { isAnyArrayBuffer } = require('util/types');
const { Buffer } = require('buffer');
const { kKeyObject, kHandle } = require('internal/crypto/util');
const { isCryptoKey } = require('internal/crypto/keys');
const { Hmac } = require('internal/crypto/hash');
const { Cipheriv, Decipheriv } = require('internal/crypto/cipher');
const wk = require('internal/crypto/webcrypto_keys');
const { dom, bytes, job, kHashes } = wk;

const kDigestNames = {
  __proto__: null,
  'sha-1': 'sha1',
  'sha-256': 'sha256',
  'sha-384': 'sha384',
  'sha-512': 'sha512',
};

class SubtleCrypto {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  async digest(algorithm, data) {
    checkThis(this, 'digest', arguments.length, 2);
    algorithm = algorithmIdentifier(algorithm, 'digest', 1);
    data = bufferSource(data, 'digest', 2);
    if (typeof algorithm !== 'string') wk.requiredMember(algorithm, 'name', 'Algorithm');
    const name = typeof algorithm === 'string' ? algorithm : algorithm.name;
    const hash = kDigestNames[String(name).toLowerCase()];
    if (hash === undefined) throw lazyDOMException('Unrecognized algorithm name', 'NotSupportedError');
    const out = binding.oneShotDigest(hash, bytes(data), encodingId('buffer'));
    return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength);
  }

  async generateKey(algorithm, extractable, keyUsages) {
    checkThis(this, 'generateKey', arguments.length, 3);
    algorithm = algorithmIdentifier(algorithm, 'generateKey', 1);
    keyUsages = usageList(keyUsages, 'generateKey', 3);
    algorithm = wk.normalizeAlgorithm(algorithm, 'generateKey');
    return wk.generateKey(algorithm, !!extractable, keyUsages);
  }

  async importKey(format, keyData, algorithm, extractable, keyUsages) {
    checkThis(this, 'importKey', arguments.length, 5);
    checkFormat(format, 'importKey');
    if (format === 'jwk') {
      if (keyData != null && typeof keyData !== 'object' && typeof keyData !== 'function') {
        throw argError('importKey', 'ERR_INVALID_ARG_TYPE',
                       '2nd argument can not be converted to a dictionary');
      }
    } else {
      keyData = bufferSource(keyData, 'importKey', 2);
    }
    algorithm = algorithmIdentifier(algorithm, 'importKey', 3);
    keyUsages = usageList(keyUsages, 'importKey', 5);
    algorithm = wk.normalizeAlgorithm(algorithm, 'importKey');
    return wk.importKey(format, keyData, algorithm, !!extractable, keyUsages);
  }

  async exportKey(format, key) {
    checkThis(this, 'exportKey', arguments.length, 2);
    checkFormat(format, 'exportKey');
    checkKey(key, 'exportKey', 2);
    if (!key.extractable) throw dom('key is not extractable', 'InvalidAccessException');
    return wk.exportKey(format, key);
  }

  async sign(algorithm, key, data) {
    checkThis(this, 'sign', arguments.length, 3);
    algorithm = algorithmIdentifier(algorithm, 'sign', 1);
    checkKey(key, 'sign', 2);
    data = bufferSource(data, 'sign', 3);
    algorithm = wk.normalizeAlgorithm(algorithm, 'sign');
    return signVerify('sign', algorithm, key, bytes(data));
  }

  async verify(algorithm, key, signature, data) {
    checkThis(this, 'verify', arguments.length, 4);
    algorithm = algorithmIdentifier(algorithm, 'verify', 1);
    checkKey(key, 'verify', 2);
    signature = bufferSource(signature, 'verify', 3);
    data = bufferSource(data, 'verify', 4);
    algorithm = wk.normalizeAlgorithm(algorithm, 'verify');
    return signVerify('verify', algorithm, key, bytes(data), bytes(signature));
  }

  async encrypt(algorithm, key, data) {
    checkThis(this, 'encrypt', arguments.length, 3);
    algorithm = algorithmIdentifier(algorithm, 'encrypt', 1);
    checkKey(key, 'encrypt', 2);
    data = bufferSource(data, 'encrypt', 3);
    algorithm = wk.normalizeAlgorithm(algorithm, 'encrypt');
    return cipherOrWrap(true, algorithm, key, bytes(data), 'encrypt');
  }

  async decrypt(algorithm, key, data) {
    checkThis(this, 'decrypt', arguments.length, 3);
    algorithm = algorithmIdentifier(algorithm, 'decrypt', 1);
    checkKey(key, 'decrypt', 2);
    data = bufferSource(data, 'decrypt', 3);
    algorithm = wk.normalizeAlgorithm(algorithm, 'decrypt');
    return cipherOrWrap(false, algorithm, key, bytes(data), 'decrypt');
  }

  async deriveBits(algorithm, baseKey, length) {
    checkThis(this, 'deriveBits', arguments.length, 2);
    algorithm = algorithmIdentifier(algorithm, 'deriveBits', 1);
    checkKey(baseKey, 'deriveBits', 2);
    if (length !== undefined && length !== null) length = unsignedLong(length, 'deriveBits', 3);
    algorithm = wk.normalizeAlgorithm(algorithm, 'deriveBits');
    if (!baseKey.usages.includes('deriveBits')) {
      throw dom('baseKey does not have deriveBits usage', 'InvalidAccessError');
    }
    return deriveBits(algorithm, baseKey, length ?? null);
  }

  async deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages) {
    checkThis(this, 'deriveKey', arguments.length, 5);
    algorithm = algorithmIdentifier(algorithm, 'deriveKey', 1);
    checkKey(baseKey, 'deriveKey', 2);
    derivedKeyAlgorithm = algorithmIdentifier(derivedKeyAlgorithm, 'deriveKey', 3);
    keyUsages = usageList(keyUsages, 'deriveKey', 5);
    algorithm = wk.normalizeAlgorithm(algorithm, 'deriveBits');
    derivedKeyAlgorithm = wk.normalizeAlgorithm(derivedKeyAlgorithm, 'importKey');
    if (!baseKey.usages.includes('deriveKey')) {
      throw dom('baseKey does not have deriveKey usage', 'InvalidAccessError');
    }
    if (baseKey.algorithm.name !== algorithm.name) {
      throw dom('Key algorithm mismatch', 'InvalidAccessError');
    }
    const length = derivedLength(wk.normalizeAlgorithm(arguments[2], 'getKeyLength'));
    const bits = await deriveBits(algorithm, baseKey, length);
    return wk.importKey('raw', bits, derivedKeyAlgorithm, !!extractable, keyUsages);
  }

  async wrapKey(format, key, wrappingKey, wrapAlgorithm) {
    checkThis(this, 'wrapKey', arguments.length, 4);
    checkFormat(format, 'wrapKey');
    checkKey(key, 'wrapKey', 2);
    checkKey(wrappingKey, 'wrapKey', 3);
    wrapAlgorithm = algorithmIdentifier(wrapAlgorithm, 'wrapKey', 4);
    wrapAlgorithm = wk.normalizeAlgorithm(wrapAlgorithm, 'wrapKey');
    if (!key.extractable) throw dom('key is not extractable', 'InvalidAccessException');
    let exported = wk.exportKey(format, key);
    if (format === 'jwk') {
      exported = Buffer.from(JSON.stringify(exported), 'utf8');
      if (wrapAlgorithm.name === 'AES-KW' && exported.length % 8 !== 0) {
        exported = Buffer.concat([exported, Buffer.alloc(8 - (exported.length % 8), 0x20)]);
      }
    }
    return cipherOrWrap(true, wrapAlgorithm, wrappingKey, bytes(exported), 'wrapKey');
  }

  async unwrapKey(format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm,
                  extractable, keyUsages) {
    checkThis(this, 'unwrapKey', arguments.length, 7);
    checkFormat(format, 'unwrapKey');
    wrappedKey = bufferSource(wrappedKey, 'unwrapKey', 2);
    checkKey(unwrappingKey, 'unwrapKey', 3);
    unwrapAlgorithm = algorithmIdentifier(unwrapAlgorithm, 'unwrapKey', 4);
    unwrappedKeyAlgorithm = algorithmIdentifier(unwrappedKeyAlgorithm, 'unwrapKey', 5);
    keyUsages = usageList(keyUsages, 'unwrapKey', 7);
    unwrapAlgorithm = wk.normalizeAlgorithm(unwrapAlgorithm, 'unwrapKey');
    unwrappedKeyAlgorithm = wk.normalizeAlgorithm(unwrappedKeyAlgorithm, 'importKey');
    let keyData = await cipherOrWrap(false, unwrapAlgorithm, unwrappingKey, bytes(wrappedKey),
                                     'unwrapKey');
    if (format === 'jwk') {
      try {
        keyData = JSON.parse(Buffer.from(keyData).toString('utf8'));
      } catch {
        throw dom('Invalid wrapped JWK key', 'DataError');
      }
    }
    return wk.importKey(format, keyData, unwrappedKeyAlgorithm, !!extractable, keyUsages);
  }
}

for (const name of ['encrypt', 'decrypt', 'sign', 'verify', 'digest', 'generateKey', 'deriveKey',
                    'deriveBits', 'importKey', 'exportKey', 'wrapKey', 'unwrapKey']) {
  Object.defineProperty(SubtleCrypto.prototype, name, { __proto__: null, enumerable: true });
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'SubtleCrypto', enumerable: false, configurable: true, writable: false,
});

const subtle = Object.create(SubtleCrypto.prototype);


const kOrdinals = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th'];

function argError(method, code, text) {
  const err = new TypeError(`Failed to execute '${method}' on 'SubtleCrypto': ${text}`);
  err.code = code;
  return err;
}

// WebIDL's AlgorithmIdentifier: an object, or else a string.
function algorithmIdentifier(value, method, position) {
  if ((typeof value === 'object' && value !== null) || typeof value === 'function') return value;
  if (typeof value === 'symbol') {
    throw argError(method, 'ERR_INVALID_ARG_TYPE',
                   `${kOrdinals[position - 1]} argument is a Symbol and cannot be converted to ` +
                   'a string.');
  }
  return String(value);
}

// WebIDL's unsigned long (without [EnforceRange]): modulo 2^32, 0 for NaN and infinities.
function unsignedLong(value, method, position) {
  if (typeof value === 'symbol' || typeof value === 'bigint') {
    throw argError(method, 'ERR_INVALID_ARG_TYPE',
                   `${kOrdinals[position - 1]} argument is a ` +
                   `${typeof value === 'symbol' ? 'Symbol' : 'BigInt'} and cannot be converted ` +
                   'to a number.');
  }
  const number = Number(value);
  if (!Number.isFinite(number)) return 0;
  return ((Math.trunc(number) % 2 ** 32) + 2 ** 32) % 2 ** 32;
}

function checkThis(self, method, count, required) {
  if (self !== subtle) throw new ERR_INVALID_THIS('SubtleCrypto');
  if (count < required) {
    throw argError(method, 'ERR_MISSING_ARGS',
                   `${required} arguments required, but only ${count} present.`);
  }
}

function checkFormat(format, method) {
  if (!['raw', 'pkcs8', 'spki', 'jwk'].includes(format)) {
    throw argError(method, 'ERR_INVALID_ARG_VALUE',
                   `1st argument value '${format}' is not a valid enum value of type KeyFormat.`);
  }
}

function checkKey(key, method, position) {
  if (!isCryptoKey(key)) {
    throw argError(method, 'ERR_INVALID_ARG_TYPE',
                   `${kOrdinals[position - 1]} argument is not of type CryptoKey.`);
  }
}

// WebIDL's BufferSource: an ArrayBuffer or a view, as it is.
function bufferSource(value, method, position) {
  if (!ArrayBuffer.isView(value) && !isAnyArrayBuffer(value)) {
    throw argError(method, 'ERR_INVALID_ARG_TYPE',
                   `${kOrdinals[position - 1]} argument is not instance of ArrayBuffer, Buffer, ` +
                   'TypedArray, or DataView.');
  }
  return value;
}

const kKeyUsages = ['encrypt', 'decrypt', 'sign', 'verify', 'deriveKey', 'deriveBits', 'wrapKey',
                    'unwrapKey'];

// WebIDL's sequence<KeyUsage>.
function usageList(usages, method, position) {
  const ordinal = kOrdinals[position - 1];
  if (usages === null || (typeof usages !== 'object' && typeof usages !== 'function') ||
      typeof usages[Symbol.iterator] !== 'function') {
    throw argError(method, 'ERR_INVALID_ARG_TYPE',
                   `${ordinal} argument can not be converted to sequence.`);
  }
  const list = [...usages].map(String);
  list.forEach((usage, index) => {
    if (!kKeyUsages.includes(usage)) {
      throw argError(method, 'ERR_INVALID_ARG_VALUE',
                     `${ordinal} argument, index ${index} value '${usage}' is not a valid enum ` +
                     'value of type KeyUsage.');
    }
  });
  return list;
}

function toArrayBuffer(buf) {
  if (isAnyArrayBuffer(buf)) return buf;
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
}

// Node's OperationError carries the failure of its crypto job as `cause`.
function operationFailed(cause) {
  if (cause === undefined) {
    return dom('The operation failed for an operation-specific reason', 'OperationError');
  }
  return dom('The operation failed for an operation-specific reason',
             { name: 'OperationError', cause: jobError(cause) });
}

// An error as Node's crypto jobs report it: OpenSSL's message (and older errors) without
// library/reason/code; an authentication failure is the job's own message.
function jobError(err) {
  let message;
  if (err?.message === 'Unsupported state or unable to authenticate data') {
    message = 'Cipher job failed';
  } else if (err?.library !== undefined) {
    message = err.message;
  } else {
    return err;
  }
  // Made on the thread pool in Node, so without JS frames.
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  const plain = new Error(message);
  Error.stackTraceLimit = limit;
  if (err.opensslErrorStack !== undefined) plain.opensslErrorStack = err.opensslErrorStack;
  return plain;
}

const kDigestBytes = { 'SHA-1': 20, 'SHA-256': 32, 'SHA-384': 48, 'SHA-512': 64 };

// --- sign / verify --------------------------------------------------------------

const RSA_PKCS1_PADDING = 1;
const RSA_PKCS1_PSS_PADDING = 6;

function signVerify(usage, algorithm, key, data, signature) {
  if (!key.usages.includes(usage) || algorithm.name !== key.algorithm.name) {
    throw dom(`Unable to use this key to ${usage}`, 'InvalidAccessError');
  }
  const handle = key[kKeyObject][kHandle];
  const { name } = algorithm;
  if (name === 'HMAC') {
    const mac = new Hmac(kHashes[key.algorithm.hash.name], key[kKeyObject]).update(data).digest();
    if (usage === 'sign') return toArrayBuffer(mac);
    return mac.length === signature.length && require('crypto').timingSafeEqual(mac, signature);
  }
  let hash;
  let padding;
  let saltLength;
  let dsaEncoding;
  switch (name) {
    case 'ECDSA':
      hash = kHashes[algorithm.hash];
      dsaEncoding = 1;
      break;
    case 'Ed25519':
      break;
    case 'Ed448':
      wk.warnExperimental(name);
      if (algorithm.context !== undefined && algorithm.context.byteLength !== 0) {
        throw dom('Non zero-length context is not yet supported.', 'NotSupportedError');
      }
      break;
    case 'RSASSA-PKCS1-v1_5':
      hash = kHashes[key.algorithm.hash.name];
      padding = RSA_PKCS1_PADDING;
      break;
    case 'RSA-PSS': {
      hash = kHashes[key.algorithm.hash.name];
      padding = RSA_PKCS1_PSS_PADDING;
      saltLength = algorithm.saltLength;
      const max = Math.ceil((key.algorithm.modulusLength - 1) / 8) -
        kDigestBytes[key.algorithm.hash.name] - 2;
      if (saltLength > max) {
        return Promise.reject(operationFailed(
          new ERR_OUT_OF_RANGE('algorithm.saltLength', `>= 0 && <= ${max}`, saltLength)));
      }
      break;
    }
  }
  // On the thread pool, as Node's sign jobs run.
  if (usage === 'sign') {
    return job('sign', [handle, data, hash, padding, saltLength, dsaEncoding])
      .then(toArrayBuffer, (err) => { throw operationFailed(err); });
  }
  return job('verify', [handle, data, signature, hash, padding, saltLength, dsaEncoding])
    .catch(() => false);
}

// --- encrypt / decrypt / wrap ---------------------------------------------------

function checkCipherKey(algorithm, key, usage) {
  if (algorithm.name !== key.algorithm.name || !key.usages.includes(usage)) {
    throw dom('The requested operation is not valid for the provided key', 'InvalidAccessError');
  }
}

function runCipher(cipherName, keyObject, iv, encrypt, data, options, extra) {
  try {
    const cipher = encrypt ? new Cipheriv(cipherName, keyObject, iv, options) :
      new Decipheriv(cipherName, keyObject, iv, options);
    if (extra) extra(cipher);
    return Buffer.concat([cipher.update(data), cipher.final()]);
  } catch (err) {
    throw operationFailed(err);
  }
}

const kGcmTagLengths = [32, 64, 96, 104, 112, 120, 128];

function aesGcm(encrypt, algorithm, key, data) {
  const { tagLength = 128 } = algorithm;
  if (!kGcmTagLengths.includes(tagLength)) {
    throw dom(`${tagLength} is not a valid AES-GCM tag length`, 'OperationError');
  }
  const iv = bytes(algorithm.iv);
  const tagBytes = tagLength / 8;
  const cipherName = `aes-${key.algorithm.length}-gcm`;
  const aad = algorithm.additionalData === undefined ? undefined : bytes(algorithm.additionalData);
  const options = { authTagLength: tagBytes };
  if (encrypt) {
    let cipher;
    const out = runCipher(cipherName, key[kKeyObject], iv, true, data, options, (c) => {
      cipher = c;
      if (aad !== undefined) c.setAAD(aad);
    });
    return Buffer.concat([out, cipher.getAuthTag()]);
  }
  if (data.length < tagBytes) throw dom('The provided data is too small.', 'OperationError');
  const body = data.subarray(0, data.length - tagBytes);
  const tag = data.subarray(data.length - tagBytes);
  return runCipher(cipherName, key[kKeyObject], iv, false, body, options, (c) => {
    c.setAuthTag(tag);
    if (aad !== undefined) c.setAAD(aad);
  });
}

function aesCtr(encrypt, algorithm, key, data) {
  const counter = bytes(algorithm.counter);
  const length = algorithm.length;
  if (counter.length !== 16) {
    throw dom('algorithm.counter must contain exactly 16 bytes', 'OperationError');
  }
  if (!(length >= 1 && length <= 128)) {
    throw dom('AES-CTR algorithm.length must be between 1 and 128', 'OperationError');
  }
  const cipherName = `aes-${key.algorithm.length}-ctr`;
  // Only the low `length` bits of the counter count; OpenSSL carries into all 128, so a
  // message that wraps the counter is done in two parts.
  const value = BigInt(`0x${counter.toString('hex')}`);
  const mask = (1n << BigInt(length)) - 1n;
  const blocksLeft = mask - (value & mask) + 1n;
  const blocks = BigInt(Math.ceil(data.length / 16));
  if (length === 128 || blocks <= blocksLeft) {
    return runCipher(cipherName, key[kKeyObject], counter, encrypt, data);
  }
  if (blocks > mask + 1n) throw dom('The counter would wrap around', 'OperationError');
  const split = Number(blocksLeft) * 16;
  const wrapped = Buffer.from((value & ~mask).toString(16).padStart(32, '0'), 'hex');
  return Buffer.concat([
    runCipher(cipherName, key[kKeyObject], counter, encrypt, data.subarray(0, split)),
    runCipher(cipherName, key[kKeyObject], wrapped, encrypt, data.subarray(split)),
  ]);
}

function cipherOrWrap(encrypt, algorithm, key, data, usage) {
  checkCipherKey(algorithm, key, usage);
  let out;
  switch (algorithm.name) {
    case 'AES-GCM':
      out = aesGcm(encrypt, algorithm, key, data);
      break;
    case 'AES-CBC': {
      const iv = bytes(algorithm.iv);
      if (iv.length !== 16) throw dom('algorithm.iv must contain exactly 16 bytes', 'OperationError');
      out = runCipher(`aes-${key.algorithm.length}-cbc`, key[kKeyObject], iv, encrypt, data);
      break;
    }
    case 'AES-CTR':
      out = aesCtr(encrypt, algorithm, key, data);
      break;
    case 'AES-KW':
      out = runCipher(`id-aes${key.algorithm.length}-wrap`, key[kKeyObject],
                      Buffer.from('A6A6A6A6A6A6A6A6', 'hex'), encrypt, data);
      break;
    case 'RSA-OAEP': {
      const label = algorithm.label === undefined ? undefined :
        new Uint8Array(bytes(algorithm.label));
      if (key.type !== (encrypt ? 'public' : 'private')) {
        throw dom('The requested operation is not valid for the provided key',
                  'InvalidAccessError');
      }
      try {
        out = binding.rsaCipher(encrypt ? 0 : 1, key[kKeyObject][kHandle], data, 4,
                                kHashes[key.algorithm.hash.name], label);
      } catch (err) {
        throw operationFailed(err);
      }
      break;
    }
  }
  return toArrayBuffer(out);
}

// --- deriveBits / deriveKey -----------------------------------------------------

function checkDeriveLength(length) {
  if (length === null) throw dom('length cannot be null', 'OperationError');
  if (length % 8 !== 0) throw dom('length must be a multiple of 8', 'OperationError');
}

async function deriveBits(algorithm, baseKey, length) {
  const { name } = algorithm;
  if (name !== baseKey.algorithm.name) throw dom('Key algorithm mismatch', 'InvalidAccessError');
  const secret = baseKey[kKeyObject][kHandle];
  switch (name) {
    case 'PBKDF2': {
      checkDeriveLength(length);
      const salt = bytes(algorithm.salt);
      const iterations = algorithm.iterations;
      if (iterations === 0) throw dom('iterations cannot be zero', 'OperationError');
      try {
        return toArrayBuffer(await job('pbkdf2', [secret.export(), salt, iterations, length / 8,
                                                  kHashes[algorithm.hash]]));
      } catch (err) {
        throw operationFailed(err);
      }
    }
    case 'HKDF': {
      checkDeriveLength(length);
      const salt = bytes(algorithm.salt);
      const info = bytes(algorithm.info);
      try {
        return toArrayBuffer(await job('hkdf', [kHashes[algorithm.hash], secret.export(), salt,
                                                info, length / 8]));
      } catch (err) {
        throw operationFailed(err);
      }
    }
    default: {
      const publicKey = algorithm.public;
      if (publicKey.type !== 'public') {
        throw dom('algorithm.public must be a public key', 'InvalidAccessError');
      }
      if (!['ECDH', 'X25519', 'X448'].includes(publicKey.algorithm.name)) {
        throw dom('Keys must be ECDH, X25519, or X448 keys', 'InvalidAccessError');
      }
      if (publicKey.algorithm.name !== name) {
        throw dom('The public and private keys must be of the same type', 'InvalidAccessError');
      }
      if (name === 'ECDH' && publicKey.algorithm.namedCurve !== baseKey.algorithm.namedCurve) {
        throw dom('Named curve mismatch', 'InvalidAccessError');
      }
      let bits;
      try {
        bits = binding.deriveSecret(secret, publicKey[kKeyObject][kHandle]);
      } catch (err) {
        throw operationFailed(err);
      }
      if (length === null) return toArrayBuffer(bits);
      if (length > bits.length * 8) throw dom('derived bit length is too small', 'OperationError');
      const out = Buffer.from(bits.subarray(0, Math.ceil(length / 8)));
      if (length % 8) out[out.length - 1] &= 0xff << (8 - (length % 8));
      return toArrayBuffer(out);
    }
  }
}

function derivedLength(algorithm) {
  switch (algorithm.name) {
    case 'AES-GCM': case 'AES-CBC': case 'AES-CTR': case 'AES-KW':
      if (algorithm.length !== 128 && algorithm.length !== 192 && algorithm.length !== 256) {
        throw dom('AES key length must be 128, 192, or 256 bits', 'OperationError');
      }
      return algorithm.length;
    case 'HMAC':
      return algorithm.length ?? wk.kHashBlockBits[algorithm.hash];
    case 'HKDF': case 'PBKDF2':
      return null;
    default:
      throw dom('Unrecognized algorithm name', 'NotSupportedError');
  }
}

module.exports = { SubtleCrypto, subtle };
