'use strict';
// createECDH: RFC 5903 section 8.1 (P-256) known answer, key formats, convertKey, errors.
require('../common');
const assert = require('node:assert');
const crypto = require('node:crypto');

const i = 'c88f01f510d9ac3f70a292daa2316de544e9aab8afe84049c62a9c57862d1433';
const gi = '04dad0b65394221cf9b051e1feca5787d098dfe637fc90b9ef945d0c3772581180' +
  '5271a0461cdb8252d61f1c456fa3e59ab1f45b33accf5f58389e0577b8990bb3';
const r = 'c6ef9c5d78ae012a011164acb397ce2088685d8f06bf9be0b283ab46476bee53';
const gr = '04d12dfb5289c8d4f81208b70270398c342296970a0bccb74c736fc7554494bf63' +
  '56fbf3ca366cc23e8157854c13c58d6aac23f046ada30f8353e74f33039872ab';
const shared = 'd6840f6b42f6edafd13116e0e12565202fef8e9ece7dce03812464d04b9442de';

const alice = crypto.createECDH('prime256v1');
alice.setPrivateKey(i, 'hex');
assert.strictEqual(alice.getPublicKey('hex'), gi);
assert.strictEqual(alice.getPrivateKey('hex'), i);
const bob = crypto.createECDH('prime256v1');
bob.setPrivateKey(Buffer.from(r, 'hex'));
assert.strictEqual(bob.getPublicKey().toString('hex'), gr);
assert.strictEqual(alice.computeSecret(gr, 'hex', 'hex'), shared);
assert.deepStrictEqual(bob.computeSecret(Buffer.from(gi, 'hex')), Buffer.from(shared, 'hex'));

// Compressed and hybrid points; convertKey between them.
{
  const compressed = alice.getPublicKey('hex', 'compressed');
  assert.strictEqual(compressed, '03' + gi.slice(2, 66));
  assert.strictEqual(alice.getPublicKey('hex', 'hybrid').slice(0, 2), '07');
  assert.strictEqual(crypto.ECDH.convertKey(compressed, 'prime256v1', 'hex', 'hex', 'uncompressed'),
                     gi);
  assert.strictEqual(bob.computeSecret(compressed, 'hex', 'hex'), shared);
}

// Fresh keys agree with each other.
{
  const a = crypto.createECDH('secp384r1');
  const b = crypto.createECDH('secp384r1');
  const aPub = a.generateKeys();
  const bPub = b.generateKeys('base64', 'compressed');
  assert.strictEqual(aPub.length, 97);
  assert.strictEqual(Buffer.from(bPub, 'base64').length, 49);
  assert.deepStrictEqual(a.computeSecret(bPub, 'base64'), b.computeSecret(aPub));
}

// Errors.
assert.throws(() => crypto.createECDH('nope'), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_CURVE', message: 'Invalid EC curve name',
});
assert.throws(() => crypto.createECDH(1), { code: 'ERR_INVALID_ARG_TYPE' });
{
  const e = crypto.createECDH('prime256v1');
  assert.throws(() => e.getPublicKey(), {
    code: 'ERR_CRYPTO_OPERATION_FAILED', message: 'Failed to get ECDH public key',
  });
  assert.throws(() => e.getPrivateKey(), { message: 'Failed to get ECDH private key' });
  assert.throws(() => e.computeSecret(Buffer.alloc(65)), {
    name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYPAIR', message: 'Invalid key pair',
  });
  e.generateKeys();
  assert.throws(() => e.computeSecret(Buffer.alloc(65)), {
    code: 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY', message: 'Public key is not valid for specified curve',
  });
  assert.throws(() => e.getPublicKey('hex', 'bogus'), {
    code: 'ERR_CRYPTO_ECDH_INVALID_FORMAT', message: 'Invalid ECDH format: bogus',
  });
  assert.throws(() => e.setPrivateKey(Buffer.alloc(32)), {
    name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYTYPE',
    message: 'Private key is not valid for specified curve.',
  });
  assert.throws(() => crypto.ECDH.convertKey(Buffer.alloc(3), 'prime256v1'), {
    code: 'ERR_CRYPTO_OPERATION_FAILED', message: 'Failed to convert Buffer to EC_POINT',
  });
}
