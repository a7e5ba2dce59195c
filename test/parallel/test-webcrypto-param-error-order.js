'use strict';
// Web Crypto reports bad parameters in Node's order: a dictionary's members are all
// converted before its hash name is looked up, and generateKey checks the curve,
// exponent or length before the usages.
const common = require('../common');
const assert = require('node:assert');
const { subtle } = globalThis.crypto;

(async () => {
  const pbkdf2 = await subtle.importKey('raw', Buffer.alloc(3), 'PBKDF2', false, ['deriveBits']);
  const derive = (algorithm) => subtle.deriveBits({ name: 'PBKDF2', ...algorithm }, pbkdf2, 8);
  await assert.rejects(derive({ hash: 'SHA-3', iterations: 1, salt: null }), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: "Failed to normalize algorithm: 'salt' of 'Pbkdf2Params' (passed algorithm) " +
             'is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.',
  });
  await assert.rejects(derive({ hash: {}, iterations: 1, salt: Buffer.alloc(4) }), {
    name: 'TypeError',
    code: 'ERR_MISSING_OPTION',
    message: "Failed to normalize algorithm: passed algorithm can not be converted to 'Algorithm' " +
             "because 'name' is required in 'Algorithm'.",
  });
  await assert.rejects(derive({ hash: 'SHA-3', iterations: 1, salt: Buffer.alloc(4) }), {
    name: 'NotSupportedError',
    message: 'Unrecognized algorithm name',
  });
  assert.strictEqual(
    (await derive({ hash: { name: 'sha-256' }, iterations: 1, salt: Buffer.alloc(4) })).byteLength,
    1);

  const generate = (algorithm) => subtle.generateKey(algorithm, true, ['deriveKey']);
  const aesLength = { name: 'OperationError', message: 'AES key length must be 128, 192, or 256 bits' };
  await assert.rejects(generate({ name: 'AES-GCM', length: 100 }), aesLength);
  await assert.rejects(generate({ name: 'AES-KW', length: 100 }), aesLength);
  await assert.rejects(generate({ name: 'HMAC', hash: 'SHA-1', length: 7 }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'algorithm.length' must be a multiple of 8. Received 7",
  });
  await assert.rejects(generate({ name: 'HMAC', hash: 'SHA-1', length: 0 }), {
    name: 'SyntaxError',
    message: 'Unsupported key usage for an HMAC key',
  });
  await assert.rejects(generate({ name: 'ECDSA', namedCurve: 1 }), {
    name: 'NotSupportedError',
    message: 'Unrecognized namedCurve',
  });
  await assert.rejects(generate({ name: 'RSA-PSS', modulusLength: 1024, hash: 'SHA-1',
                                  publicExponent: new Uint8Array([1, 0, 0, 0, 0]) }), {
    name: 'OperationError',
    message: 'The publicExponent must be equivalent to an unsigned 32-bit value',
  });
  await assert.rejects(generate({ name: 'Ed25519' }), {
    name: 'SyntaxError',
    message: 'Unsupported key usage for an Ed25519 key',
  });
})().then(common.mustCall());
