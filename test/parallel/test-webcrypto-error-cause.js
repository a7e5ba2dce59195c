'use strict';
// crypto.subtle's OperationError and DataError carry the underlying failure as `cause`,
// shaped as Node's crypto jobs report it; RSA-PSS salt lengths beyond the key are refused.
const common = require('../common');
const assert = require('node:assert');
const util = require('node:util');
const { subtle } = globalThis.crypto;

async function failure(promise, name, message) {
  let error;
  await assert.rejects(promise, (err) => {
    assert.strictEqual(err.name, name);
    assert.strictEqual(err.message, message);
    error = err;
    return true;
  });
  return error.cause;
}

const failed = 'The operation failed for an operation-specific reason';

async function main() {
  // Key generation: OpenSSL's error without library/reason/code.
  let cause = await failure(
    subtle.generateKey({ name: 'RSA-PSS', modulusLength: 256, hash: 'SHA-256',
                         publicExponent: new Uint8Array([1, 0, 1]) }, true, ['sign']),
    'OperationError', failed);
  assert.strictEqual(cause.message, 'error:1C8000AB:Provider routines::key size too small');
  assert.strictEqual(cause.code, undefined);

  // Import: the parse error as createPublicKey throws it.
  cause = await failure(subtle.importKey('spki', new Uint8Array(4), 'Ed25519', true, ['verify']),
                        'DataError', 'Invalid keyData');
  assert.strictEqual(cause.code, 'ERR_OSSL_ASN1_WRONG_TAG');

  // AES: an authentication failure, OpenSSL's errors, bad IVs.
  const gcm = await subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', true, ['decrypt']);
  cause = await failure(subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, gcm,
                                       new Uint8Array(32)), 'OperationError', failed);
  assert.strictEqual(util.inspect(cause), '[Error: Cipher job failed]');
  const cbc = await subtle.importKey('raw', new Uint8Array(16), 'AES-CBC', true, ['decrypt']);
  cause = await failure(subtle.decrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, cbc,
                                       new Uint8Array(32)), 'OperationError', failed);
  assert.strictEqual(cause.message, 'error:1C800064:Provider routines::bad decrypt');
  assert.deepStrictEqual(Object.keys(cause), []);
  const kw = await subtle.importKey('raw', new Uint8Array(16), 'AES-KW', true, ['unwrapKey']);
  cause = await failure(subtle.unwrapKey('raw', new Uint8Array(23), kw, 'AES-KW', 'AES-GCM', true,
                                         ['encrypt']), 'OperationError', failed);
  assert.strictEqual(cause.message, 'error:1C8000E6:Provider routines::invalid input length');
  assert.deepStrictEqual(cause.opensslErrorStack,
                         ['error:030000BD:digital envelope routines::update error']);

  // RSA-PSS: the salt must fit the key (1024 bits, SHA-256: at most 94 bytes).
  const pss = await subtle.generateKey({ name: 'RSA-PSS', modulusLength: 1024, hash: 'SHA-256',
                                         publicExponent: new Uint8Array([1, 0, 1]) },
                                       true, ['sign', 'verify']);
  const sig = await subtle.sign({ name: 'RSA-PSS', saltLength: 94 }, pss.privateKey,
                                new Uint8Array(1));
  assert.strictEqual(sig.byteLength, 128);
  for (const op of [
    () => subtle.sign({ name: 'RSA-PSS', saltLength: 95 }, pss.privateKey, new Uint8Array(1)),
    () => subtle.verify({ name: 'RSA-PSS', saltLength: 95 }, pss.publicKey, sig,
                        new Uint8Array(1)),
  ]) {
    cause = await failure(op(), 'OperationError', failed);
    assert.strictEqual(cause.code, 'ERR_OUT_OF_RANGE');
    assert.strictEqual(cause.message, 'The value of "algorithm.saltLength" is out of range. ' +
                       'It must be >= 0 && <= 94. Received 95');
  }
}

main().then(common.mustCall());
