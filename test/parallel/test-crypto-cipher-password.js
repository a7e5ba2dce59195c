'use strict';
// The deprecated crypto.createCipher / createDecipher (key and IV from the password by
// EVP_BytesToKey with MD5), crypto.Cipher / Decipher, and the module's export list.
const common = require('../common');
const assert = require('node:assert');
const crypto = require('node:crypto');

const warnings = [];
process.on('warning', (w) => warnings.push(`${w.name} ${w.code}: ${w.message}`));
process.on('exit', () => {
  assert.deepStrictEqual(warnings, [
    'DeprecationWarning DEP0106: crypto.createCipher is deprecated.',
    'Warning undefined: Use Cipheriv for counter mode of aes-128-ctr',
  ]);
});

{
  const cipher = crypto.createCipher('aes-128-cbc', 'pw');
  assert.ok(cipher instanceof crypto.Cipher);
  const ct = cipher.update('hello', 'utf8', 'hex') + cipher.final('hex');
  assert.strictEqual(ct, '03382145c57c8ce4cd023e8fd4ab1df0');
  const decipher = crypto.createDecipher('aes-128-cbc', Buffer.from('pw'));
  assert.ok(decipher instanceof crypto.Decipher);
  assert.strictEqual(decipher.update(ct, 'hex', 'utf8') + decipher.final('utf8'), 'hello');
}

// No IV for ECB; a 24-byte key for 3DES; the constructors work without new.
{
  const c = crypto.Cipher('aes-256-ecb', 'pw');
  assert.strictEqual(c.update('hello', 'utf8', 'hex') + c.final('hex'),
                     'c6c937f691c149a26af1ebfc99ee39bb');
  assert.strictEqual(new crypto.Cipher('des-ede3-cbc', 'pw').final('hex'), '6cf31a2022b32045');
  const ctr = crypto.createCipher('aes-128-ctr', 'pw');
  assert.strictEqual(ctr.update('hello', 'utf8', 'hex') + ctr.final('hex'), '72ab9f29cb');
}

assert.throws(() => crypto.createCipher('nope', 'pw'), {
  code: 'ERR_CRYPTO_UNKNOWN_CIPHER', message: 'Unknown cipher',
});
assert.throws(() => crypto.createCipher('aes-128-cbc', 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "password" argument must be of type string or an instance of ArrayBuffer, ' +
    'Buffer, TypedArray, or DataView. Received type number (5)',
});
assert.throws(() => {
  const d = crypto.createDecipher('aes-128-cbc', 'pw');
  d.update('00112233445566778899aabbccddeeff', 'hex');
  d.final();
}, { code: 'ERR_OSSL_BAD_DECRYPT' });

// Node 20's export list and order.
assert.deepStrictEqual(Object.keys(crypto).slice(-20), [
  'hash', 'Certificate', 'Cipher', 'Cipheriv', 'Decipher', 'Decipheriv', 'DiffieHellman',
  'DiffieHellmanGroup', 'ECDH', 'Hash', 'Hmac', 'KeyObject', 'Sign', 'Verify',
  'X509Certificate', 'secureHeapUsed', 'constants', 'webcrypto', 'subtle', 'getRandomValues',
]);
assert.strictEqual(Object.keys(crypto).indexOf('generatePrime'), 15);
assert.strictEqual(Object.keys(crypto).includes('createCipher'), false);
assert.strictEqual(crypto.fips, 0);
common.mustCall()();
