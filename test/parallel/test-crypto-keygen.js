'use strict';
// generateKeyPair(Sync) for rsa, ec, ed25519 and x25519 with and without encodings,
// generateKey(Sync), diffieHellman (RFC 7748 X25519 vector), RSA encryption; errors.
const common = require('../common');
const assert = require('node:assert');
const crypto = require('node:crypto');

// Key objects by default.
{
  const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
  assert.strictEqual(publicKey.type, 'public');
  assert.strictEqual(privateKey.type, 'private');
  assert.deepStrictEqual(privateKey.asymmetricKeyDetails,
                         { modulusLength: 1024, publicExponent: 65537n });
  const sig = crypto.sign('sha256', Buffer.from('m'), privateKey);
  assert.strictEqual(crypto.verify('sha256', Buffer.from('m'), publicKey, sig), true);

  // RSA-OAEP (default), with a hash and label, and PKCS#1 v1.5 the other way.
  const ct = crypto.publicEncrypt(publicKey, Buffer.from('secret'));
  assert.strictEqual(ct.length, 128);
  assert.strictEqual(crypto.privateDecrypt(privateKey, ct).toString(), 'secret');
  const oaep = { oaepHash: 'sha256', oaepLabel: Buffer.from('label') };
  const ct2 = crypto.publicEncrypt({ key: publicKey, ...oaep }, Buffer.from('x'));
  assert.strictEqual(crypto.privateDecrypt({ key: privateKey, ...oaep }, ct2).toString(), 'x');
  assert.throws(() => crypto.privateDecrypt({ key: privateKey, oaepHash: 'sha1' }, ct2), {
    code: 'ERR_OSSL_RSA_OAEP_DECODING_ERROR',
  });
  const signed = crypto.privateEncrypt(privateKey, Buffer.from('raw'));
  assert.strictEqual(crypto.publicDecrypt(publicKey, signed).toString(), 'raw');
  assert.throws(() => crypto.publicEncrypt(publicKey, Buffer.alloc(200)), {
    code: 'ERR_OSSL_RSA_DATA_TOO_LARGE_FOR_KEY_SIZE',
    message: 'error:0200006E:rsa routines::data too large for key size',
  });
  assert.throws(() => crypto.publicEncrypt({ key: publicKey, oaepHash: 'nope' }, Buffer.from('x')), {
    code: 'ERR_OSSL_EVP_INVALID_DIGEST', message: 'Invalid digest used',
  });
  assert.throws(() => crypto.privateDecrypt({ key: privateKey, padding: 1 }, ct), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE',
    message: 'RSA_PKCS1_PADDING is no longer supported for private decryption, this can be ' +
      'reverted with --security-revert=CVE-2023-46809',
  });
}

// Encodings give strings and Buffers.
{
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ec', {
    namedCurve: 'P-384',
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'sec1', format: 'der' },
  });
  assert.match(publicKey, /^-----BEGIN PUBLIC KEY-----\n/);
  assert.ok(Buffer.isBuffer(privateKey));
  const priv = crypto.createPrivateKey({ key: privateKey, format: 'der', type: 'sec1' });
  assert.deepStrictEqual(priv.asymmetricKeyDetails, { namedCurve: 'secp384r1' });
  assert.ok(crypto.createPublicKey(priv).equals(crypto.createPublicKey(publicKey)));
}
{
  const { publicKey, privateKey } = crypto.generateKeyPairSync('ed25519', {
    publicKeyEncoding: { format: 'jwk' },
    privateKeyEncoding: { format: 'pem', type: 'pkcs8', cipher: 'aes-128-cbc', passphrase: 'p' },
  });
  assert.strictEqual(publicKey.kty, 'OKP');
  assert.strictEqual(publicKey.crv, 'Ed25519');
  assert.match(privateKey, /^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
  const priv = crypto.createPrivateKey({ key: privateKey, passphrase: 'p' });
  assert.strictEqual(priv.asymmetricKeyType, 'ed25519');
  assert.strictEqual(crypto.createPublicKey(priv).export({ format: 'jwk' }).x, publicKey.x);
}

// Async forms.
crypto.generateKeyPair('ec', { namedCurve: 'prime256v1' }, common.mustSucceed((pub, priv) => {
  assert.strictEqual(pub.asymmetricKeyType, 'ec');
  assert.strictEqual(priv.type, 'private');
}));
crypto.generateKeyPair('x25519', {
  publicKeyEncoding: { format: 'der', type: 'spki' },
  privateKeyEncoding: { format: 'der', type: 'pkcs8' },
}, common.mustSucceed((pub, priv) => {
  assert.strictEqual(pub.length, 44);
  assert.strictEqual(priv.length, 48);
}));
crypto.generateKey('hmac', { length: 123 }, common.mustSucceed((key) => {
  assert.strictEqual(key.symmetricKeySize, 15);
}));
assert.strictEqual(crypto.generateKeySync('aes', { length: 256 }).symmetricKeySize, 32);

// X25519 key agreement, RFC 7748 section 6.1.
{
  const x25519 = (d) => crypto.createPrivateKey({
    key: Buffer.from('302e020100300506032b656e04220420' + d, 'hex'), format: 'der', type: 'pkcs8',
  });
  const alice = x25519('77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a');
  const bob = x25519('5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb');
  assert.strictEqual(crypto.createPublicKey(alice).export({ format: 'der', type: 'spki' })
    .subarray(12).toString('hex'),
                     '8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a');
  const shared = '4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742';
  assert.strictEqual(crypto.diffieHellman({ privateKey: alice, publicKey: crypto.createPublicKey(bob) })
    .toString('hex'), shared);
  assert.strictEqual(crypto.diffieHellman({ privateKey: bob, publicKey: crypto.createPublicKey(alice) })
    .toString('hex'), shared);
  const ec = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  assert.throws(() => crypto.diffieHellman({ privateKey: ec.privateKey, publicKey: crypto.createPublicKey(bob) }), {
    code: 'ERR_CRYPTO_INCOMPATIBLE_KEY',
    message: 'Incompatible key types for Diffie-Hellman: ec and x25519',
  });
  const ec2 = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  assert.deepStrictEqual(crypto.diffieHellman({ privateKey: ec.privateKey, publicKey: ec2.publicKey }),
                         crypto.diffieHellman({ privateKey: ec2.privateKey, publicKey: ec.publicKey }));
}

// Errors.
assert.throws(() => crypto.generateKeyPairSync('rsa', {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.modulusLength" property must be of type number. Received undefined',
});
assert.throws(() => crypto.generateKeyPairSync('nope', {}), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'type' must be a supported key type. Received 'nope'",
});
assert.throws(() => crypto.generateKeyPairSync('ec', {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.namedCurve" property must be of type string. Received undefined',
});
assert.throws(() => crypto.generateKeyPairSync('ec', { namedCurve: 'nope' }), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_CURVE', message: 'Invalid EC curve name',
});
assert.throws(() => crypto.generateKeyPair('ed25519', {}), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.generateKeySync('aes', { length: 100 }), { code: 'ERR_INVALID_ARG_VALUE' });
{
  const curves = crypto.getCurves();
  for (const c of ['prime256v1', 'secp384r1', 'secp521r1', 'secp256k1']) assert.ok(curves.includes(c));
  assert.deepStrictEqual(curves, [...curves].sort());
}

// 'ec' takes the names of the Edwards and Montgomery curves too; other objects OpenSSL
// names fail in the job, unknown names at once.
for (const [curve, type] of [['ED25519', 'ed25519'], ['X448', 'x448'], ['P-192', 'ec']]) {
  const { publicKey } = crypto.generateKeyPairSync('ec', { namedCurve: curve });
  assert.strictEqual(publicKey.asymmetricKeyType, type);
}
assert.throws(() => crypto.generateKeyPairSync('ec', { namedCurve: 'RSA' }), (err) => {
  assert.strictEqual(err.message, 'error:0800008D:elliptic curve routines::invalid curve');
  assert.strictEqual(err.code, undefined);
  return true;
});
for (const curve of ['sha256', 'foo']) {
  assert.throws(() => crypto.generateKeyPairSync('ec', { namedCurve: curve }), {
    name: 'TypeError', code: 'ERR_CRYPTO_INVALID_CURVE', message: 'Invalid EC curve name',
  });
}
