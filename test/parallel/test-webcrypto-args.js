'use strict';
// crypto.subtle converts its arguments like WebIDL in Node, in argument order, before
// looking at the algorithm: KeyUsage sequences, BufferSources, CryptoKeys, dictionary
// members; and words usage errors like Node (generateKey and importKey differ).
const common = require('../common');
const assert = require('node:assert');
const { subtle } = globalThis.crypto;

async function typeError(promise, code, message) {
  await assert.rejects(promise, { name: 'TypeError', code, message });
}

async function domError(promise, name, message) {
  await assert.rejects(promise, (err) => {
    assert.strictEqual(err.name, name);
    assert.strictEqual(err.message, message);
    return true;
  });
}

async function main() {
  const aes = { name: 'AES-GCM', length: 128 };
  await typeError(subtle.generateKey(aes, false, ['encrypt', 'foo']), 'ERR_INVALID_ARG_VALUE',
                  "Failed to execute 'generateKey' on 'SubtleCrypto': 3rd argument, index 1 " +
                  "value 'foo' is not a valid enum value of type KeyUsage.");
  await typeError(subtle.importKey('raw', new Uint8Array(16), 'PBKDF2', false, 'deriveBits'),
                  'ERR_INVALID_ARG_TYPE',
                  "Failed to execute 'importKey' on 'SubtleCrypto': 5th argument can not be " +
                  'converted to sequence.');
  await typeError(subtle.generateKey(aes, false, null), 'ERR_INVALID_ARG_TYPE',
                  "Failed to execute 'generateKey' on 'SubtleCrypto': 3rd argument can not be " +
                  'converted to sequence.');
  // The key is checked before the algorithm.
  await typeError(subtle.deriveKey('nope', null, null, false, []), 'ERR_INVALID_ARG_TYPE',
                  "Failed to execute 'deriveKey' on 'SubtleCrypto': 2nd argument is not of " +
                  'type CryptoKey.');
  await typeError(subtle.unwrapKey('raw', new Uint8Array(16), null, 'nope', 'nope', false, []),
                  'ERR_INVALID_ARG_TYPE',
                  "Failed to execute 'unwrapKey' on 'SubtleCrypto': 3rd argument is not of " +
                  'type CryptoKey.');
  await typeError(subtle.importKey('raw', 'abc', 'PBKDF2', false, ['deriveBits']),
                  'ERR_INVALID_ARG_TYPE',
                  "Failed to execute 'importKey' on 'SubtleCrypto': 2nd argument is not " +
                  'instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
  await typeError(subtle.importKey('jwk', 'abc', 'PBKDF2', false, ['deriveBits']),
                  'ERR_INVALID_ARG_TYPE',
                  "Failed to execute 'importKey' on 'SubtleCrypto': 2nd argument can not be " +
                  'converted to a dictionary');
  await typeError(subtle.digest('nope', 'abc'), 'ERR_INVALID_ARG_TYPE',
                  "Failed to execute 'digest' on 'SubtleCrypto': 2nd argument is not instance " +
                  'of ArrayBuffer, Buffer, TypedArray, or DataView.');
  // digest reads any view's bytes.
  const digest = await subtle.digest('SHA-256', new Uint16Array([0x6261]));
  assert.strictEqual(Buffer.from(digest).toString('hex'),
                     'fb8e20fc2e4c3f248c60c39bd652f3c1347298bb977b8b4d5903b85055620603');

  const hmac = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  await typeError(subtle.sign('HMAC', hmac, 'abc'), 'ERR_INVALID_ARG_TYPE',
                  "Failed to execute 'sign' on 'SubtleCrypto': 3rd argument is not instance " +
                  'of ArrayBuffer, Buffer, TypedArray, or DataView.');
  const gcm = await subtle.generateKey(aes, true, ['encrypt']);
  await typeError(subtle.encrypt({ name: 'AES-GCM', iv: 'abc' }, gcm, new Uint8Array(1)),
                  'ERR_INVALID_ARG_TYPE',
                  "Failed to normalize algorithm: 'iv' of 'AesGcmParams' (passed algorithm) is " +
                  'not instance of ArrayBuffer, Buffer, TypedArray, or DataView.');

  // Usage errors.
  await domError(subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['encrypt']),
                 'SyntaxError', 'Unsupported key usage for an HMAC key');
  await domError(subtle.generateKey('X25519', true, ['sign']), 'SyntaxError',
                 'Unsupported key usage for an X25519 key');
  await domError(subtle.generateKey({ name: 'RSA-PSS', modulusLength: 1024, hash: 'SHA-256',
                                      publicExponent: new Uint8Array([1, 0, 1]) },
                                    true, ['encrypt']),
                 'SyntaxError', 'Unsupported key usage for a RSA key');
  await domError(subtle.importKey('raw', new Uint8Array(16), { name: 'HMAC', hash: 'SHA-256' },
                                  false, ['encrypt']),
                 'SyntaxError', 'Unsupported key usage for an HMAC key');
  const ecdsa = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true,
                                         ['sign', 'verify']);
  const spki = await subtle.exportKey('spki', ecdsa.publicKey);
  await domError(subtle.importKey('spki', spki, { name: 'ECDSA', namedCurve: 'P-256' }, true,
                                  ['sign']),
                 'SyntaxError', 'Unsupported key usage for a ECDSA key');
  // Checked before the key data.
  await domError(subtle.importKey('spki', new Uint8Array(4), { name: 'ECDSA', namedCurve: 'P-256' },
                                  true, ['sign']),
                 'SyntaxError', 'Unsupported key usage for a ECDSA key');
  const rsa = await subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 1024, hash: 'SHA-256',
                                         publicExponent: new Uint8Array([1, 0, 1]) },
                                       true, ['unwrapKey', 'wrapKey', 'decrypt', 'encrypt']);
  assert.deepStrictEqual(rsa.publicKey.usages, ['encrypt', 'wrapKey']);
  assert.deepStrictEqual(rsa.privateKey.usages, ['decrypt', 'unwrapKey']);
  await domError(subtle.importKey('spki', await subtle.exportKey('spki', rsa.publicKey),
                                  { name: 'RSA-OAEP', hash: 'SHA-256' }, true, ['decrypt']),
                 'SyntaxError', 'Unsupported key usage for an RSA-OAEP key');
  await domError(subtle.exportKey('spki', rsa.privateKey), 'InvalidAccessError',
                 'Unable to export a raw RSA-OAEP private key');

  // importKey keeps the usages as given; generateKey drops repeats.
  const imported = await subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', false,
                                          ['decrypt', 'encrypt', 'decrypt']);
  assert.deepStrictEqual(imported.usages, ['decrypt', 'encrypt', 'decrypt']);
  const generated = await subtle.generateKey(aes, false, ['decrypt', 'encrypt', 'decrypt']);
  assert.deepStrictEqual(generated.usages, ['decrypt', 'encrypt']);
  const ecdh = await subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true,
                                        ['deriveBits', 'deriveKey']);
  assert.deepStrictEqual(ecdh.privateKey.usages, ['deriveKey', 'deriveBits']);

  // Ed25519: raw length, JWK alg.
  const ed = await subtle.generateKey('Ed25519', true, ['sign', 'verify']);
  assert.deepStrictEqual(Object.keys(ed), ['privateKey', 'publicKey']);
  await domError(subtle.importKey('raw', new Uint8Array(31), 'Ed25519', true, ['verify']),
                 'DataError', 'Ed25519 raw keys must be exactly 32-bytes');
  const jwk = await subtle.exportKey('jwk', ed.privateKey);
  await subtle.importKey('jwk', { ...jwk, alg: 'EdDSA' }, 'Ed25519', true, ['sign']);
  await domError(subtle.importKey('jwk', { ...jwk, alg: 'Ed448' }, 'Ed25519', true, ['sign']),
                 'DataError', 'JWK "alg" does not match the requested algorithm');
  await domError(subtle.importKey('jwk', { ...jwk, x: undefined }, 'Ed25519', true, ['sign']),
                 'DataError', 'Invalid JWK');

  // Dictionary members: required ones (named by the operation's dictionary), types,
  // [EnforceRange] integers.
  const missing = (dict, member) => 'Failed to normalize algorithm: passed algorithm can not ' +
    `be converted to '${dict}' because '${member}' is required in '${dict}'.`;
  const e = new Uint8Array([1, 0, 1]);
  await typeError(subtle.generateKey({ name: 'HMAC' }, true, ['sign']), 'ERR_MISSING_OPTION',
                  missing('HmacKeyGenParams', 'hash'));
  await typeError(subtle.importKey('raw', new Uint8Array(4), { name: 'HMAC' }, true, ['sign']),
                  'ERR_MISSING_OPTION', missing('HmacImportParams', 'hash'));
  await typeError(subtle.generateKey({ name: 'RSA-PSS' }, true, ['sign']), 'ERR_MISSING_OPTION',
                  missing('RsaHashedKeyGenParams', 'hash'));
  await typeError(subtle.generateKey({ name: 'RSA-PSS', hash: 'SHA-1', publicExponent: e }, true,
                                     ['sign']),
                  'ERR_MISSING_OPTION', missing('RsaHashedKeyGenParams', 'modulusLength'));
  await typeError(subtle.importKey('spki', new Uint8Array(3), { name: 'RSA-PSS' }, true,
                                   ['verify']),
                  'ERR_MISSING_OPTION', missing('RsaHashedImportParams', 'hash'));
  await typeError(subtle.generateKey({ name: 'AES-CBC' }, true, ['encrypt']),
                  'ERR_MISSING_OPTION', missing('AesKeyGenParams', 'length'));
  await typeError(subtle.generateKey({}, true, ['sign']), 'ERR_MISSING_OPTION',
                  missing('Algorithm', 'name'));
  const ctr = await subtle.generateKey({ name: 'AES-CTR', length: 128 }, true, ['encrypt']);
  // The algorithm is normalized before the key is looked at.
  await typeError(subtle.encrypt({ name: 'AES-CBC' }, ctr, new Uint8Array(1)),
                  'ERR_MISSING_OPTION', missing('AesCbcParams', 'iv'));
  await typeError(subtle.encrypt({ name: 'AES-CTR', counter: new Uint8Array(16), length: 300 },
                                 ctr, new Uint8Array(1)),
                  'ERR_OUT_OF_RANGE',
                  "Failed to normalize algorithm: 'length' of 'AesCtrParams' (passed algorithm) " +
                  'is outside the expected range of 0 to 255.');
  const ct = await subtle.encrypt({ name: 'AES-CTR', counter: new Uint8Array(16), length: '64.5' },
                                  ctr, new Uint8Array(1));
  assert.strictEqual(ct.byteLength, 1);
  await typeError(subtle.generateKey({ name: 'RSA-PSS', hash: 'SHA-1', modulusLength: 'abc',
                                       publicExponent: e }, true, ['sign']),
                  'ERR_INVALID_ARG_TYPE',
                  "Failed to normalize algorithm: 'modulusLength' of 'RsaHashedKeyGenParams' " +
                  '(passed algorithm) is not a finite number.');
  await typeError(subtle.generateKey({ name: 'RSA-PSS', hash: 'SHA-1', modulusLength: 1024,
                                       publicExponent: [1, 0, 1] }, true, ['sign']),
                  'ERR_INVALID_ARG_TYPE',
                  "Failed to normalize algorithm: 'publicExponent' of 'RsaHashedKeyGenParams' " +
                  '(passed algorithm) is not an Uint8Array object.');
  const hkdf = await subtle.importKey('raw', new Uint8Array(4), 'HKDF', false, ['deriveKey']);
  const hkdfParams = { name: 'HKDF', hash: 'SHA-1', salt: new Uint8Array(1),
                       info: new Uint8Array(1) };
  await typeError(subtle.deriveKey(hkdfParams, hkdf, { name: 'AES-GCM' }, true, ['encrypt']),
                  'ERR_MISSING_OPTION', missing('AesDerivedKeyParams', 'length'));
  await domError(subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(0) },
                                await subtle.generateKey({ name: 'AES-GCM', length: 128 }, true,
                                                         ['encrypt']),
                                new Uint8Array(1)),
                 'OperationError', 'The operation failed for an operation-specific reason');

  // HMAC: the key algorithm's member order differs between generateKey and importKey.
  const hmacImported = await subtle.importKey('raw', new Uint8Array(3),
                                              { name: 'HMAC', hash: 'SHA-512' }, true, ['sign']);
  assert.deepStrictEqual(Object.keys(hmacImported.algorithm), ['name', 'hash', 'length']);
  const hmacGenerated = await subtle.generateKey({ name: 'HMAC', hash: { name: 'sha-256' } }, true,
                                                 ['sign']);
  assert.deepStrictEqual(hmacGenerated.algorithm,
                         { name: 'HMAC', length: 512, hash: { name: 'SHA-256' } });
  assert.deepStrictEqual(Object.keys(hmacGenerated.algorithm), ['name', 'length', 'hash']);
  await typeError(subtle.generateKey({ name: 'HMAC', hash: 'SHA-1', length: 7 }, true, ['sign']),
                  'ERR_INVALID_ARG_VALUE',
                  "The property 'algorithm.length' must be a multiple of 8. Received 7");

  // Import rules.
  await domError(subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', true, []),
                 'SyntaxError', 'Usages cannot be empty when importing a secret key.');
  const oaep = await subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 1024, hash: 'SHA-256',
                                          publicExponent: new Uint8Array([1, 0, 1]) },
                                        true, ['encrypt', 'decrypt']);
  await domError(subtle.importKey('pkcs8', await subtle.exportKey('pkcs8', oaep.privateKey),
                                  { name: 'RSA-OAEP', hash: 'SHA-256' }, true, []),
                 'SyntaxError', 'Usages cannot be empty when importing a private key.');
  await domError(subtle.importKey('raw', new Uint8Array(4), { name: 'RSA-OAEP', hash: 'SHA-256' },
                                  true, ['encrypt']),
                 'NotSupportedError', 'Unable to import RSA key with format raw');
  await domError(subtle.importKey('pkcs8', new Uint8Array(16), 'AES-CBC', true, ['encrypt']),
                 'NotSupportedError', 'Unable to import AES key with format pkcs8');
  const rsaJwk = await subtle.exportKey('jwk', oaep.privateKey);
  await domError(subtle.importKey('jwk', { ...rsaJwk, p: undefined },
                                  { name: 'RSA-OAEP', hash: 'SHA-256' }, true, ['decrypt']),
                 'DataError', 'Invalid keyData');
  const ecJwk = await subtle.exportKey('jwk', ecdsa.privateKey);
  await subtle.importKey('jwk', { ...ecJwk, alg: 'ES256' }, { name: 'ECDSA', namedCurve: 'P-256' },
                         true, ['sign']);
  await domError(subtle.importKey('jwk', { ...ecJwk, alg: 'ES384' },
                                  { name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign']),
                 'DataError', 'JWK "alg" does not match the requested algorithm');

  // RSA generation: the exponent as given (one algorithm object for the pair), 32 bits at
  // most, and usages checked once the pair exists.
  const exponent = new Uint8Array([0, 1, 0, 1]);
  const pair = await subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 512, hash: 'SHA-1',
                                          publicExponent: exponent }, true, ['encrypt', 'decrypt']);
  assert.strictEqual(pair.publicKey.algorithm, pair.privateKey.algorithm);
  assert.strictEqual(pair.publicKey.algorithm.publicExponent, exponent);
  const rsaParams = (publicExponent) => ({ name: 'RSA-OAEP', modulusLength: 512, hash: 'SHA-1',
                                           publicExponent: new Uint8Array(publicExponent) });
  await domError(subtle.generateKey(rsaParams([1, 0, 0, 0, 1]), true, ['encrypt', 'decrypt']),
                 'OperationError', 'The publicExponent must be equivalent to an unsigned 32-bit ' +
                 'value');
  await domError(subtle.generateKey(rsaParams([2]), true, ['encrypt']), 'OperationError',
                 'The operation failed for an operation-specific reason');
  await domError(subtle.generateKey(rsaParams([3]), true, ['encrypt']), 'SyntaxError',
                 'Usages cannot be empty when creating a key.');
}

main().then(common.mustCall());
