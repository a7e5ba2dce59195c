'use strict';
// Web Crypto keys: algorithm normalization, usages, and importKey / exportKey /
// generateKey for each algorithm, as CryptoKeys over KeyObjects.

const { binding, kHandle, kKeyObject, runJob } = require('internal/crypto/util');
const {
  SecretKeyObject,
  PublicKeyObject,
  PrivateKeyObject,
  createCryptoKey,
  isCryptoKey,
} = require('internal/crypto/keys');
const { isAnyArrayBuffer } = require('util/types');
const { emitExperimentalWarning, lazyDOMException } = require('internal/util');
const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { randomBytes } = require('internal/crypto/random');

const { KeyObjectHandle } = binding;

const kNames = {};
for (const name of ['HMAC', 'AES-GCM', 'AES-CBC', 'AES-CTR', 'AES-KW', 'ECDSA', 'ECDH',
                    'Ed25519', 'X25519', 'Ed448', 'X448', 'RSASSA-PKCS1-v1_5', 'RSA-PSS',
                    'RSA-OAEP', 'PBKDF2', 'HKDF', 'SHA-1', 'SHA-256', 'SHA-384', 'SHA-512']) {
  kNames[name.toLowerCase()] = name;
}

const kHashes = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };
const kHashBlockBits = { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 };
const kCurves = { 'P-256': 'prime256v1', 'P-384': 'secp384r1', 'P-521': 'secp521r1' };
const kCurveByOpenSSL = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' };
const kCurveBytes = { 'P-256': 32, 'P-384': 48, 'P-521': 66 };

// Node 20 calls these two experimental, once per process and algorithm.
function warnExperimental(name) {
  if (name === 'Ed448' || name === 'X448') {
    emitExperimentalWarning(`The ${name} Web Crypto API algorithm`);
  }
}

const kCfrg = ['Ed25519', 'Ed448', 'X25519', 'X448'];
const kCfrgRawBytes = { Ed25519: 32, X25519: 32, Ed448: 57, X448: 56 };

function dom(message, name) {
  return lazyDOMException(message, name);
}

function requiredMember(algorithm, member, dict) {
  if (algorithm[member] === undefined) {
    const err = new TypeError(
      `Failed to normalize algorithm: passed algorithm can not be converted to '${dict}' ` +
      `because '${member}' is required in '${dict}'.`);
    err.code = 'ERR_MISSING_OPTION';
    throw err;
  }
  return algorithm[member];
}

function algorithmName(algorithm) {
  const name = typeof algorithm === 'string' ? algorithm : algorithm?.name;
  const canonical = kNames[String(name).toLowerCase()];
  if (canonical === undefined) throw dom('Unrecognized algorithm name', 'NotSupportedError');
  return canonical;
}

function normalizeHash(hash) {
  const name = algorithmName(hash);
  if (kHashes[name] === undefined) throw dom('Unrecognized algorithm name', 'NotSupportedError');
  return name;
}

// Which algorithms each operation accepts.
const kOps = {
  sign: ['HMAC', 'ECDSA', 'Ed25519', 'Ed448', 'RSASSA-PKCS1-v1_5', 'RSA-PSS'],
  encrypt: ['AES-GCM', 'AES-CBC', 'AES-CTR', 'RSA-OAEP'],
  deriveBits: ['PBKDF2', 'HKDF', 'ECDH', 'X25519', 'X448'],
  wrapKey: ['AES-GCM', 'AES-CBC', 'AES-CTR', 'RSA-OAEP', 'AES-KW'],
  generateKey: ['HMAC', 'AES-GCM', 'AES-CBC', 'AES-CTR', 'AES-KW', 'ECDSA', 'ECDH', 'Ed25519',
                'X25519', 'Ed448', 'X448', 'RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP'],
  importKey: ['HMAC', 'AES-GCM', 'AES-CBC', 'AES-CTR', 'AES-KW', 'ECDSA', 'ECDH', 'Ed25519',
              'X25519', 'Ed448', 'X448', 'RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP', 'PBKDF2',
              'HKDF'],
  getKeyLength: ['AES-GCM', 'AES-CBC', 'AES-CTR', 'AES-KW', 'HMAC', 'HKDF', 'PBKDF2'],
};
kOps.verify = kOps.sign;
kOps.decrypt = kOps.encrypt;
kOps.unwrapKey = kOps.wrapKey;

// The parameter dictionary of each operation and algorithm, and its members as Node
// converts them: sorted by name, [member, type, required]. Numbers are WebIDL integers
// with [EnforceRange] and the given maximum.
const kULong = 4294967295;
const kDictionaries = {
  RsaHashedKeyGenParams: [['hash', 'hash', true], ['modulusLength', kULong, true],
                          ['publicExponent', 'Uint8Array', true]],
  RsaHashedImportParams: [['hash', 'hash', true]],
  EcKeyGenParams: [['namedCurve', 'string', true]],
  EcKeyImportParams: [['namedCurve', 'string', true]],
  HmacKeyGenParams: [['hash', 'hash', true], ['length', kULong, false]],
  HmacImportParams: [['hash', 'hash', true], ['length', kULong, false]],
  AesKeyGenParams: [['length', 65535, true]],
  AesDerivedKeyParams: [['length', 65535, true]],
  EcdsaParams: [['hash', 'hash', true]],
  RsaPssParams: [['saltLength', kULong, true]],
  Ed448Params: [['context', 'BufferSource', false]],
  EcdhKeyDeriveParams: [['public', 'CryptoKey', true]],
  HkdfParams: [['hash', 'hash', true], ['info', 'BufferSource', true],
               ['salt', 'BufferSource', true]],
  Pbkdf2Params: [['hash', 'hash', true], ['iterations', kULong, true],
                 ['salt', 'BufferSource', true]],
  AesCbcParams: [['iv', 'BufferSource', true]],
  AesCtrParams: [['counter', 'BufferSource', true], ['length', 255, true]],
  AesGcmParams: [['additionalData', 'BufferSource', false], ['iv', 'BufferSource', true],
                 ['tagLength', 255, false]],
  RsaOaepParams: [['label', 'BufferSource', false]],
};

const kCipherDictionaries = {
  'RSA-OAEP': 'RsaOaepParams', 'AES-CTR': 'AesCtrParams', 'AES-CBC': 'AesCbcParams',
  'AES-GCM': 'AesGcmParams',
};
const kRsaNames = ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP'];
const kAesNames = ['AES-CTR', 'AES-CBC', 'AES-GCM', 'AES-KW'];
const kDictionaryOf = {
  generateKey: {
    ...Object.fromEntries(kRsaNames.map((n) => [n, 'RsaHashedKeyGenParams'])),
    ...Object.fromEntries(kAesNames.map((n) => [n, 'AesKeyGenParams'])),
    ECDSA: 'EcKeyGenParams', ECDH: 'EcKeyGenParams', HMAC: 'HmacKeyGenParams',
  },
  importKey: {
    ...Object.fromEntries(kRsaNames.map((n) => [n, 'RsaHashedImportParams'])),
    ECDSA: 'EcKeyImportParams', ECDH: 'EcKeyImportParams', HMAC: 'HmacImportParams',
  },
  sign: { ECDSA: 'EcdsaParams', 'RSA-PSS': 'RsaPssParams', Ed448: 'Ed448Params' },
  deriveBits: {
    ECDH: 'EcdhKeyDeriveParams', X25519: 'EcdhKeyDeriveParams', X448: 'EcdhKeyDeriveParams',
    HKDF: 'HkdfParams', PBKDF2: 'Pbkdf2Params',
  },
  encrypt: kCipherDictionaries,
  getKeyLength: {
    ...Object.fromEntries(kAesNames.map((n) => [n, 'AesDerivedKeyParams'])),
    HMAC: 'HmacImportParams',
  },
};
kDictionaryOf.verify = kDictionaryOf.sign;
kDictionaryOf.decrypt = kDictionaryOf.wrapKey = kDictionaryOf.unwrapKey = kCipherDictionaries;

function memberError(member, dict, text, code = 'ERR_INVALID_ARG_TYPE') {
  const err = new TypeError(`Failed to normalize algorithm: '${member}' of '${dict}' ` +
                            `(passed algorithm) ${text}`);
  err.code = code;
  return err;
}

function convertMember(value, type, member, dict) {
  switch (type) {
    case 'hash':
      // Only the WebIDL conversion here; the hash is normalized once the whole dictionary
      // has been converted, as in Node.
      if ((typeof value === 'object' && value !== null) || typeof value === 'function') {
        return value;
      }
      // Falls through.
    case 'string':
      if (typeof value === 'symbol') {
        throw memberError(member, dict, 'is a Symbol and cannot be converted to a string.');
      }
      return String(value);
    case 'BufferSource':
      if (!ArrayBuffer.isView(value) && !isAnyArrayBuffer(value)) {
        throw memberError(member, dict,
                          'is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
      }
      return value;
    case 'Uint8Array':
      if (!(value instanceof Uint8Array)) {
        throw memberError(member, dict, 'is not an Uint8Array object.');
      }
      return value;
    case 'CryptoKey':
      if (!isCryptoKey(value)) throw memberError(member, dict, 'is not of type CryptoKey.');
      return value;
    default: {
      if (typeof value === 'symbol' || typeof value === 'bigint') {
        throw memberError(member, dict, `is a ${typeof value === 'symbol' ? 'Symbol' : 'BigInt'} ` +
                          'and cannot be converted to a number.');
      }
      const number = Number(value);
      if (!Number.isFinite(number)) throw memberError(member, dict, 'is not a finite number.');
      const integer = Math.trunc(number);
      if (integer < 0 || integer > type) {
        throw memberError(member, dict, `is outside the expected range of 0 to ${type}.`,
                          'ERR_OUT_OF_RANGE');
      }
      return integer;
    }
  }
}

// A plain copy of `algorithm` with a canonical name and its dictionary's members
// converted (hash as its canonical name), checked for `op`.
function normalizeAlgorithm(algorithm, op) {
  if (typeof algorithm === 'object' && algorithm !== null && algorithm.name === undefined) {
    requiredMember(algorithm, 'name', 'Algorithm');
  }
  const name = algorithmName(algorithm);
  if (!kOps[op].includes(name)) throw dom('Unrecognized algorithm name', 'NotSupportedError');
  const out = typeof algorithm === 'string' ? { name } : { ...algorithm, name };
  const dict = kDictionaryOf[op][name];
  for (const [member, type, required] of kDictionaries[dict] ?? []) {
    if (out[member] === undefined) {
      if (required) requiredMember(out, member, dict);
      continue;
    }
    out[member] = convertMember(out[member], type, member, dict);
  }
  for (const [member, type] of kDictionaries[dict] ?? []) {
    if (type !== 'hash' || out[member] === undefined) continue;
    if (typeof out[member] === 'object' || typeof out[member] === 'function') {
      requiredMember(out[member], 'name', 'Algorithm');
    }
    out[member] = normalizeHash(out[member]);
  }
  return out;
}

// --- Usages ---------------------------------------------------------------------

const kSign = { public: ['verify'], private: ['sign'] };
const kDerive = { public: [], private: ['deriveKey', 'deriveBits'] };
const kUsages = {
  HMAC: { secret: ['sign', 'verify'] },
  'AES-GCM': { secret: ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'] },
  'AES-KW': { secret: ['wrapKey', 'unwrapKey'] },
  PBKDF2: { secret: ['deriveKey', 'deriveBits'] },
  ECDSA: kSign,
  Ed25519: kSign,
  Ed448: kSign,
  'RSASSA-PKCS1-v1_5': kSign,
  'RSA-PSS': kSign,
  ECDH: kDerive,
  X25519: kDerive,
  X448: kDerive,
  'RSA-OAEP': { public: ['encrypt', 'wrapKey'], private: ['decrypt', 'unwrapKey'] },
};
kUsages['AES-CBC'] = kUsages['AES-CTR'] = kUsages['AES-GCM'];
kUsages.HKDF = kUsages.PBKDF2;

// Node words the usage errors of generateKey and importKey differently.
function usageNoun(name, op) {
  if (name.startsWith('AES')) return 'an AES';
  if (op === 'generateKey') return name.startsWith('RSA') ? 'a RSA' : `an ${name}`;
  if (name === 'HMAC' || name.startsWith('RSA')) return `an ${name}`;
  return `a ${name}`;
}

function unsupportedUsage(name, op) {
  return dom(`Unsupported key usage for ${usageNoun(name, op)} key`, 'SyntaxError');
}

function checkUsages(name, usages, op) {
  const all = kUsages[name];
  const allowed = [...(all.secret ?? []), ...(all.public ?? []), ...(all.private ?? [])];
  for (const usage of usages) {
    if (!allowed.includes(usage)) throw unsupportedUsage(name, op);
  }
}

// The usages of the `type` half of a generated pair, in the algorithm's order.
function usagesFor(name, type, usages) {
  return kUsages[name][type].filter((usage) => usages.includes(usage));
}

function emptyUsages() {
  return dom('Usages cannot be empty when creating a key.', 'SyntaxError');
}

function makeKey(keyObject, algorithm, extractable, usages, importing = false) {
  if (usages.length === 0 && keyObject.type !== 'public') {
    if (importing) {
      throw dom(`Usages cannot be empty when importing a ${keyObject.type} key.`, 'SyntaxError');
    }
    throw emptyUsages();
  }
  return createCryptoKey(keyObject, algorithm, extractable, usages);
}

// --- Helpers --------------------------------------------------------------------

function bytes(data) {
  if (ArrayBuffer.isView(data)) {
    return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  }
  return Buffer.from(data);
}

function secretKeyObject(raw) {
  const handle = new KeyObjectHandle();
  handle.initSecret(Buffer.from(raw));
  return new SecretKeyObject(handle);
}

function asymmetricKeyObject(handle, type) {
  return type === 'private' ? new PrivateKeyObject(handle) : new PublicKeyObject(handle);
}

function exponentBytes(value) {
  const out = [];
  while (value > 0n) {
    out.unshift(Number(value & 0xffn));
    value >>= 8n;
  }
  return new Uint8Array(out);
}

// The exponent as Node reads it: big-endian into a 32-bit integer (negative from 2^31 on),
// undefined when a byte beyond the low four is set.
function exponentNumber(bytes) {
  let value = 0;
  for (let i = 0; i < bytes.length; i++) {
    const shift = bytes.length - i - 1;
    if (shift >= 4 && bytes[i] !== 0) return undefined;
    value |= bytes[i] << (8 * shift);
  }
  return value;
}

function job(name, args) {
  return new Promise((resolve, reject) => {
    runJob(name, args, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

function aesLength(length) {
  if (length !== 128 && length !== 192 && length !== 256) {
    throw dom('AES key length must be 128, 192, or 256 bits', 'OperationError');
  }
  return length;
}

function keyAlgorithm(name, algorithm, keyObject, op) {
  switch (name) {
    case 'HMAC': {
      const length = keyObject.symmetricKeySize * 8;
      const hash = { name: algorithm.hash };
      // Node builds the two in a different order.
      return op === 'generateKey' ? { name, length, hash } : { name, hash, length };
    }
    case 'AES-GCM': case 'AES-CBC': case 'AES-CTR': case 'AES-KW':
      return { name, length: keyObject.symmetricKeySize * 8 };
    case 'ECDSA': case 'ECDH':
      return { name, namedCurve: algorithm.namedCurve };
    case 'RSASSA-PKCS1-v1_5': case 'RSA-PSS': case 'RSA-OAEP': {
      if (op === 'generateKey') {
        // The caller's own exponent bytes, as Node keeps them.
        const { modulusLength, publicExponent } = algorithm;
        return { name, modulusLength, publicExponent, hash: { name: algorithm.hash } };
      }
      const { modulusLength, publicExponent } = keyObject.asymmetricKeyDetails;
      return { name, modulusLength, publicExponent: exponentBytes(publicExponent),
               hash: { name: algorithm.hash } };
    }
    default:
      return { name };
  }
}

// --- generateKey ----------------------------------------------------------------

async function generateKey(algorithm, extractable, usages) {
  const { name } = algorithm;
  warnExperimental(name);
  // The usages are checked after the algorithm's own parameters (curve, exponent, AES
  // length), in Node's order.
  if (kUsages[name].secret) {
    let length = algorithm.length;
    if (name === 'HMAC') {
      length ??= kHashBlockBits[algorithm.hash];
      if (length % 8 !== 0) {
        throw new ERR_INVALID_ARG_VALUE('algorithm.length', length, 'must be a multiple of 8');
      }
      checkUsages(name, usages, 'generateKey');
      if (length === 0) {
        throw dom('The operation failed for an operation-specific reason', 'OperationError');
      }
      if (length > 2 ** 31 - 1) {
        throw dom('The operation failed for an operation-specific reason', {
          name: 'OperationError',
          cause: new ERR_OUT_OF_RANGE('options.length', '>= 8 && <= 2147483647', length),
        });
      }
    } else {
      aesLength(length);
      checkUsages(name, usages, 'generateKey');
    }
    if (usages.length === 0) throw emptyUsages();
    const keyObject = secretKeyObject(randomBytes(Math.ceil(length / 8)));
    return makeKey(keyObject, keyAlgorithm(name, algorithm, keyObject, 'generateKey'),
                   extractable, [...new Set(usages)]);
  }
  let args;
  if (name === 'ECDSA' || name === 'ECDH') {
    const curve = algorithm.namedCurve;
    if (kCurves[curve] === undefined) {
      throw dom('Unrecognized namedCurve', 'NotSupportedError');
    }
    checkUsages(name, usages, 'generateKey');
    args = ['ec', kCurves[curve], false];
  } else if (kCfrg.includes(name)) {
    checkUsages(name, usages, 'generateKey');
    args = [name.toLowerCase()];
  } else {
    const exponent = exponentNumber(algorithm.publicExponent);
    if (exponent === undefined) {
      throw dom('The publicExponent must be equivalent to an unsigned 32-bit value',
                'OperationError');
    }
    checkUsages(name, usages, 'generateKey');
    if (exponent < 0) {
      throw dom('The operation failed for an operation-specific reason', {
        name: 'OperationError',
        cause: new ERR_OUT_OF_RANGE('options.publicExponent', '>= 0 && <= 4294967295', exponent),
      });
    }
    args = ['rsa', algorithm.modulusLength, exponent];
  }
  let handles;
  try {
    handles = await job('generateKeyPair', args);
  } catch (err) {
    throw dom('The operation failed for an operation-specific reason',
              { name: 'OperationError', cause: err });
  }
  // Node checks the usages once the pair exists.
  const privateUsages = usagesFor(name, 'private', usages);
  if (privateUsages.length === 0) throw emptyUsages();
  const publicKey = new PublicKeyObject(handles[0]);
  const privateKey = new PrivateKeyObject(handles[1]);
  // One algorithm object for both keys, as in Node.
  const keyAlg = keyAlgorithm(name, algorithm, publicKey, 'generateKey');
  const publicCryptoKey =
    createCryptoKey(publicKey, keyAlg, true, usagesFor(name, 'public', usages));
  const privateCryptoKey = createCryptoKey(privateKey, keyAlg, extractable, privateUsages);
  if (kCfrg.includes(name)) {
    return { __proto__: null, privateKey: privateCryptoKey, publicKey: publicCryptoKey };
  }
  return { __proto__: null, publicKey: publicCryptoKey, privateKey: privateCryptoKey };
}

// --- importKey ------------------------------------------------------------------

const kKtyFor = {
  HMAC: 'oct', 'AES-GCM': 'oct', 'AES-CBC': 'oct', 'AES-CTR': 'oct', 'AES-KW': 'oct',
  ECDSA: 'EC', ECDH: 'EC', Ed25519: 'OKP', X25519: 'OKP', Ed448: 'OKP', X448: 'OKP',
  'RSASSA-PKCS1-v1_5': 'RSA', 'RSA-PSS': 'RSA', 'RSA-OAEP': 'RSA',
};
const kHashSuffix = { 'SHA-1': '1', 'SHA-256': '256', 'SHA-384': '384', 'SHA-512': '512' };

function jwkAlg(name, algorithm) {
  switch (name) {
    case 'HMAC': return `HS${kHashSuffix[algorithm.hash.name ?? algorithm.hash]}`;
    case 'RSASSA-PKCS1-v1_5': return `RS${kHashSuffix[algorithm.hash.name ?? algorithm.hash]}`;
    case 'RSA-PSS': return `PS${kHashSuffix[algorithm.hash.name ?? algorithm.hash]}`;
    case 'RSA-OAEP': {
      const hash = algorithm.hash.name ?? algorithm.hash;
      return hash === 'SHA-1' ? 'RSA-OAEP' : `RSA-OAEP-${kHashSuffix[hash]}`;
    }
    case 'AES-GCM': case 'AES-CBC': case 'AES-CTR': case 'AES-KW':
      return `A${algorithm.length}${name.slice(4)}`;
    case 'Ed25519': case 'Ed448': return name;
    default: return undefined;
  }
}

// `checkKey`, when given, runs right after the "kty" check (Node's order of errors).
function checkJwk(name, jwk, extractable, usages, checkKey) {
  if (typeof jwk !== 'object' || jwk === null || !jwk.kty) {
    throw dom('Invalid keyData', 'DataError');
  }
  if (jwk.kty !== kKtyFor[name]) throw dom('Invalid JWK "kty" Parameter', 'DataError');
  if (checkKey !== undefined) checkKey();
  if (jwk.use !== undefined && usages.length > 0) {
    const expected = kUsages[name].secret ? (name === 'HMAC' ? 'sig' : 'enc') :
      (kUsages[name].public.includes('verify') ? 'sig' : 'enc');
    if (jwk.use !== expected) throw dom('Invalid JWK "use" Parameter', 'DataError');
  }
  if (Array.isArray(jwk.key_ops)) {
    for (const usage of usages) {
      if (!jwk.key_ops.includes(usage)) {
        throw dom('Key operations and usage mismatch', 'DataError');
      }
    }
  }
  if (jwk.ext === false && extractable === true) {
    throw dom('JWK "ext" Parameter and extractable mismatch', 'DataError');
  }
}

const kCurveOfJwkAlg = { ES256: 'P-256', ES384: 'P-384', ES512: 'P-521' };

// The family name in Node's "Unable to import" messages.
function importNoun(name) {
  if (name.startsWith('RSA')) return 'RSA';
  if (name.startsWith('AES')) return 'AES';
  return name;
}

function importSecret(name, format, keyData, algorithm, extractable, usages) {
  let raw;
  if (format === 'raw') {
    raw = Buffer.from(bytes(keyData));
  } else if (format === 'jwk' && name !== 'PBKDF2' && name !== 'HKDF') {
    checkJwk(name, keyData, extractable, usages);
    if (typeof keyData.k !== 'string') throw dom('Invalid keyData', 'DataError');
    raw = Buffer.from(keyData.k, 'base64url');
  } else {
    throw dom(`Unable to import ${importNoun(name)} key with format ${format}`,
              'NotSupportedError');
  }
  if (name === 'PBKDF2' || name === 'HKDF') {
    if (extractable) throw dom(`${name} keys are not extractable`, 'SyntaxError');
  } else if (name === 'HMAC') {
    if (raw.length === 0) throw dom('Zero-length key is not supported', 'DataError');
    if (algorithm.length !== undefined && algorithm.length !== raw.length * 8) {
      throw dom('Invalid key length', 'DataError');
    }
  } else if (raw.length !== 16 && raw.length !== 24 && raw.length !== 32) {
    throw dom('Invalid key length', 'DataError');
  }
  const keyObject = secretKeyObject(raw);
  const keyAlg = keyAlgorithm(name, algorithm, keyObject);
  if (format === 'jwk' && keyData.alg !== undefined && keyData.alg !== jwkAlg(name, keyAlg)) {
    throw dom('JWK "alg" does not match the requested algorithm', 'DataError');
  }
  return makeKey(keyObject, keyAlg, extractable, usages, true);
}

function checkTypeUsages(name, type, usages) {
  const allowed = kUsages[name][type];
  for (const usage of usages) {
    if (!allowed.includes(usage)) throw unsupportedUsage(name, 'importKey');
  }
}

function importAsymmetric(name, format, keyData, algorithm, extractable, usages) {
  let handle;
  let type;
  // The usages are checked before the key data, except a JWK's after its members.
  if (format === 'spki' || (format === 'raw' && !name.startsWith('RSA'))) {
    checkTypeUsages(name, 'public', usages);
  } else if (format === 'pkcs8') {
    checkTypeUsages(name, 'private', usages);
  }
  if (format === 'spki' || format === 'pkcs8') {
    type = format === 'spki' ? 'public' : 'private';
    handle = new KeyObjectHandle();
    try {
      handle.init(type === 'public' ? 1 : 2, bytes(keyData), 1, format === 'spki' ? 2 : 1);
    } catch (err) {
      throw dom('Invalid keyData', { name: 'DataError', cause: err });
    }
  } else if (format === 'jwk') {
    type = keyData?.d === undefined ? 'public' : 'private';
    // The curve, then (but for OKP keys, checked later) the usages for the key's type
    // come before the JWK's "use", "key_ops" and "ext".
    checkJwk(name, keyData, extractable, usages, () => {
      if (keyData.kty === 'OKP' && keyData.crv !== name) {
        throw dom('JWK "crv" Parameter and algorithm name mismatch', 'DataError');
      }
      if (keyData.kty === 'EC' && keyData.crv !== algorithm.namedCurve) {
        throw dom('JWK "crv" does not match the requested algorithm', 'DataError');
      }
      if (keyData.kty !== 'OKP') checkTypeUsages(name, type, usages);
    });
    handle = new KeyObjectHandle();
    let ok;
    let cause;
    try {
      if (keyData.kty === 'OKP') {
        if (keyData.crv !== name) throw dom('JWK "crv" Parameter and algorithm name mismatch', 'DataError');
        if (keyData.alg !== undefined && name.startsWith('Ed') && keyData.alg !== 'EdDSA' &&
            keyData.alg !== name) {
          throw dom('JWK "alg" does not match the requested algorithm', 'DataError');
        }
        if (type === 'private' && typeof keyData.x !== 'string') throw dom('Invalid JWK', 'DataError');
        ok = handle.initOkpRaw(name, Buffer.from(type === 'public' ? keyData.x : keyData.d,
                                                 'base64url'), type === 'public');
        // A private key's `x` must be its public key.
        if (ok !== undefined && type === 'private' &&
            handle.exportJwk({}).x !== Buffer.from(keyData.x, 'base64url').toString('base64url')) {
          ok = undefined;
        }
      } else {
        if (keyData.kty === 'EC' && keyData.crv !== algorithm.namedCurve) {
          throw dom('JWK "crv" does not match the requested algorithm', 'DataError');
        }
        if (name === 'ECDSA' && keyData.alg !== undefined &&
            kCurveOfJwkAlg[keyData.alg] !== algorithm.namedCurve) {
          throw dom('JWK "alg" does not match the requested algorithm', 'DataError');
        }
        if (keyData.kty === 'RSA' && type === 'private' &&
            ['p', 'q', 'dp', 'dq', 'qi'].some((m) => typeof keyData[m] !== 'string')) {
          throw dom('Invalid keyData', 'DataError');
        }
        ok = handle.initJwk({ ...keyData }, keyData.crv);
      }
    } catch (err) {
      if (err?.name === 'DataError') throw err;
      ok = undefined;
      cause = err;
    }
    if (ok === undefined) {
      throw dom('Invalid keyData', cause === undefined ? 'DataError' :
        { name: 'DataError', cause });
    }
    if (name.startsWith('RSA') && keyData.alg !== undefined &&
        keyData.alg !== jwkAlg(name, algorithm)) {
      throw dom('JWK "alg" does not match the requested algorithm', 'DataError');
    }
  } else if (format === 'raw' && !name.startsWith('RSA')) {
    type = 'public';
    const raw = bytes(keyData);
    handle = new KeyObjectHandle();
    let ok;
    if (kCfrg.includes(name)) {
      if (raw.length !== kCfrgRawBytes[name]) {
        throw dom(`${name} raw keys must be exactly ${kCfrgRawBytes[name]}-bytes`, 'DataError');
      }
      ok = handle.initOkpRaw(name, raw, true);
    } else {
      const curve = algorithm.namedCurve;
      try {
        const point = binding.ecdhConvertKey(raw, kCurves[curve], 4);
        const size = kCurveBytes[curve];
        ok = handle.initJwk({
          kty: 'EC', crv: curve,
          x: point.subarray(1, 1 + size).toString('base64url'),
          y: point.subarray(1 + size).toString('base64url'),
        }, curve);
      } catch {
        ok = undefined;
      }
    }
    if (ok === undefined) throw dom('Invalid keyData', 'DataError');
  } else {
    throw dom(`Unable to import ${importNoun(name)} key with format ${format}`,
              'NotSupportedError');
  }
  const keyObject = asymmetricKeyObject(handle, type);
  const keyType = keyObject.asymmetricKeyType;
  const expected = name.startsWith('RSA') ? ['rsa'] : name === 'ECDSA' || name === 'ECDH' ?
    ['ec'] : [name.toLowerCase()];
  if (!expected.includes(keyType)) throw dom('Invalid key type', 'DataError');
  if (keyType === 'ec') {
    const curve = kCurveByOpenSSL[keyObject.asymmetricKeyDetails.namedCurve];
    if (curve !== algorithm.namedCurve) throw dom('Named curve mismatch', 'DataError');
  }
  checkTypeUsages(name, type, usages);
  return makeKey(keyObject, keyAlgorithm(name, algorithm, keyObject), extractable, usages, true);
}

function importKey(format, keyData, algorithm, extractable, usages) {
  const { name } = algorithm;
  if ((name === 'ECDSA' || name === 'ECDH') && kCurves[algorithm.namedCurve] === undefined) {
    throw dom('Unrecognized namedCurve', 'NotSupportedError');
  }
  warnExperimental(name);
  if (kUsages[name].secret) {
    checkUsages(name, usages, 'importKey');
    return importSecret(name, format, keyData, algorithm, extractable, usages);
  }
  return importAsymmetric(name, format, keyData, algorithm, extractable, usages);
}

// --- exportKey ------------------------------------------------------------------

function toArrayBuffer(buf) {
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
}

function exportKey(format, key) {
  const keyObject = key[kKeyObject];
  const { name } = key.algorithm;
  warnExperimental(name);
  // Node 20 words a refused spki export as a raw one.
  const fail = () => dom(`Unable to export a ${format === 'spki' ? 'raw' : format} ${name} ` +
                         `${key.type} key`, 'InvalidAccessError');
  switch (format) {
    case 'raw':
      if (key.type === 'secret') return toArrayBuffer(keyObject[kHandle].export());
      if (key.type !== 'public' || name.startsWith('RSA')) throw fail();
      if (kCfrg.includes(name)) {
        return toArrayBuffer(Buffer.from(keyObject[kHandle].exportJwk({}, false).x, 'base64url'));
      } else {
        const jwk = keyObject[kHandle].exportJwk({}, false);
        return toArrayBuffer(Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x, 'base64url'),
                                            Buffer.from(jwk.y, 'base64url')]));
      }
    case 'spki':
      if (key.type !== 'public') throw fail();
      return toArrayBuffer(keyObject[kHandle].export(1, 2));
    case 'pkcs8':
      if (key.type !== 'private') throw fail();
      return toArrayBuffer(keyObject[kHandle].export(1, 1));
    case 'jwk': {
      const jwk = { key_ops: key.usages, ext: key.extractable };
      if (key.type === 'secret') {
        jwk.kty = 'oct';
        jwk.k = keyObject[kHandle].export().toString('base64url');
      } else {
        keyObject[kHandle].exportJwk(jwk, true);
      }
      if (name === 'ECDSA' || name === 'ECDH') jwk.crv ||= key.algorithm.namedCurve;
      else if (kCfrg.includes(name)) jwk.crv ||= name;
      const alg = jwkAlg(name, key.algorithm);
      if (alg !== undefined) jwk.alg = alg;
      return jwk;
    }
    default:
      throw dom(`Unable to export a ${format} ${name} key`, 'NotSupportedError');
  }
}

module.exports = {
  normalizeAlgorithm,
  normalizeHash,
  algorithmName,
  requiredMember,
  generateKey,
  importKey,
  exportKey,
  job,
  bytes,
  dom,
  kHashes,
  kHashBlockBits,
  kCurveBytes,
  warnExperimental,
};
