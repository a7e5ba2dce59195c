'use strict';
// generateKeyPair(Sync)('dh') with group / prime / primeLength / generator, DH KeyObjects
// (export, import, equals) and crypto.diffieHellman over them; Node's option errors.
const common = require('../common');
const assert = require('node:assert');
const crypto = require('node:crypto');

const modp5 = crypto.getDiffieHellman('modp5');

// A named group: keys of type 'dh', no details, PEM/DER round trips.
{
  const { publicKey, privateKey } = crypto.generateKeyPairSync('dh', { group: 'modp5' });
  assert.strictEqual(publicKey.asymmetricKeyType, 'dh');
  assert.strictEqual(privateKey.asymmetricKeyType, 'dh');
  assert.deepStrictEqual(publicKey.asymmetricKeyDetails, {});

  const spki = publicKey.export({ type: 'spki', format: 'pem' });
  assert.match(spki, /^-----BEGIN PUBLIC KEY-----\n/);
  const pkcs8 = privateKey.export({ type: 'pkcs8', format: 'pem' });
  assert.match(pkcs8, /^-----BEGIN PRIVATE KEY-----\n/);
  assert.ok(crypto.createPublicKey(spki).equals(publicKey));
  assert.ok(crypto.createPrivateKey(pkcs8).equals(privateKey));
  assert.ok(crypto.createPublicKey(privateKey).equals(publicKey));
  const der = privateKey.export({ type: 'pkcs8', format: 'der' });
  assert.ok(crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }).equals(privateKey));
  const spkiDer = publicKey.export({ type: 'spki', format: 'der' });
  assert.ok(crypto.createPublicKey({ key: spkiDer, format: 'der', type: 'spki' })
    .equals(publicKey));
  const encrypted = privateKey.export({
    type: 'pkcs8', format: 'pem', cipher: 'aes-128-cbc', passphrase: 'pw',
  });
  assert.ok(crypto.createPrivateKey({ key: encrypted, passphrase: 'pw' }).equals(privateKey));

  assert.throws(() => privateKey.export({ format: 'jwk' }), {
    name: 'Error', code: 'ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE', message: 'Unsupported JWK Key Type.',
  });
  assert.throws(() => privateKey.export({ type: 'pkcs1', format: 'pem' }), {
    code: 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS',
    message: 'The selected key encoding pkcs1 can only be used for RSA keys.',
  });

  // The shared secret agrees both ways and is as long as the prime.
  const other = crypto.generateKeyPairSync('dh', { group: 'modp5' });
  const s1 = crypto.diffieHellman({ privateKey, publicKey: other.publicKey });
  const s2 = crypto.diffieHellman({ privateKey: other.privateKey, publicKey });
  assert.deepStrictEqual(s1, s2);
  assert.strictEqual(s1.length, 192);

  // The same secret as the classic DiffieHellman object over the same keys.
  const classic = crypto.createDiffieHellman(modp5.getPrime(), modp5.getGenerator());
  classic.generateKeys();
  const pub = classic.getPublicKey();
  assert.strictEqual(classic.computeSecret(pub).length, 192);

  // Keys over another prime do not agree.
  const big = crypto.generateKeyPairSync('dh', { group: 'modp14' });
  assert.throws(() => crypto.diffieHellman({ privateKey, publicKey: big.publicKey }), {
    code: 'ERR_OSSL_MISMATCHING_DOMAIN_PARAMETERS',
    message: 'error:1C8000CB:Provider routines::mismatching domain parameters',
  });
  assert.throws(
    () => crypto.diffieHellman({ privateKey,
                                 publicKey: crypto.generateKeyPairSync('x25519').publicKey }),
    { code: 'ERR_CRYPTO_INCOMPATIBLE_KEY',
      message: 'Incompatible key types for Diffie-Hellman: dh and x25519' });
}

// A secret shorter than the prime is zero-padded to the prime's length.
{
  const privateKey = crypto.createPrivateKey({
    key: '-----BEGIN PRIVATE KEY-----\n' +
         'MIIBoQIBADCB1QYJKoZIhvcNAQMBMIHHAoHBAP//////////yQ/aoiFowjTExmKL\n' +
         'gNwc0SkCTgiKZ8x0Agu+pjsTmyJRSgh5jjQE3e+VGbPNOkMbMCsKbfJfFDdP4TVt\n' +
         'bVHCReSFtXZiXn7G9ExC6aY37WsL/1y29Aa37e44a/taiZ+lrp8kEXxLH+ZJKGZR\n' +
         '7ORbPcIAfLihY78FmNpINhxV05ppFj+o/STPX4NlXSPco62WHGLzViCFUrue1SkH\n' +
         'cJaWbWcMNU5KvJgE8XRsCMojcyf//////////wIBAgSBwwKBwHu9fpiqrfJJ+tl9\n' +
         'ujFtEWv4afub6A/1/7sgishOYN3YQ+nmWQlmPpveIY34an5dG82CTrixHwUzQTMF\n' +
         'JaiCW3ax9+qk31f2jTNKrQznmKgopVKXF0FEJC6H79W/8Y0U14gsI9sHpovKhfou\n' +
         'RQD0QogW7ejSwMG8hCYibfrvMm0b5PHlwimISyEKh7VtDQ1frYN/Wr9ZbiV+FePJ\n' +
         '2j6RUKYNj1Pv+B4zdMgiLLjILAs8WUfbHciU21KSJh1izVQaUQ==\n' +
         '-----END PRIVATE KEY-----'
  });
  const publicKey = crypto.createPublicKey({
    key: '-----BEGIN PUBLIC KEY-----\n' +
         'MIIBoDCB1QYJKoZIhvcNAQMBMIHHAoHBAP//////////yQ/aoiFowjTExmKLgNwc\n' +
         '0SkCTgiKZ8x0Agu+pjsTmyJRSgh5jjQE3e+VGbPNOkMbMCsKbfJfFDdP4TVtbVHC\n' +
         'ReSFtXZiXn7G9ExC6aY37WsL/1y29Aa37e44a/taiZ+lrp8kEXxLH+ZJKGZR7ORb\n' +
         'PcIAfLihY78FmNpINhxV05ppFj+o/STPX4NlXSPco62WHGLzViCFUrue1SkHcJaW\n' +
         'bWcMNU5KvJgE8XRsCMojcyf//////////wIBAgOBxQACgcEAmG9LpD8SAA6/W7oK\n' +
         'E4MCuuQtf5E8bqtcEAfYTOOvKyCS+eiX3TtZRsvHJjUBEyeO99PR/KrGVlkSuW52\n' +
         'ZOSXUOFu1L/0tqHrvRVHo+QEq3OvZ3EAyJkdtSEUTztxuUrMOyJXHDc1OUdNSnk0\n' +
         'taGX4mP3247golVx2DS4viDYs7UtaMdx03dWaP6y5StNUZQlgCIUzL7MYpC16V5y\n' +
         'KkFrE+Kp/Z77gEjivaG6YuxVj4GPLxJYbNFVTel42oSVeKuq\n' +
         '-----END PUBLIC KEY-----',
    format: 'pem'
  });
  const secret = crypto.diffieHellman({ publicKey, privateKey });
  assert.strictEqual(secret.length, 192);
  assert.strictEqual(secret[0], 0);
  assert.strictEqual(secret.toString('hex').slice(0, 16), '0099d0fa242af5db');
}

// Encoded output.
{
  const { publicKey, privateKey } = crypto.generateKeyPairSync('dh', {
    group: 'modp5',
    publicKeyEncoding: { type: 'spki', format: 'der' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  assert.ok(Buffer.isBuffer(publicKey));
  assert.strictEqual(typeof privateKey, 'string');
  assert.strictEqual(crypto.createPrivateKey(privateKey).asymmetricKeyType, 'dh');
}

// A given prime (with a generator) and a generated prime.
{
  const { publicKey } = crypto.generateKeyPairSync('dh', {
    prime: modp5.getPrime(), generator: 5,
  });
  assert.strictEqual(publicKey.asymmetricKeyType, 'dh');
  const { privateKey } = crypto.generateKeyPairSync('dh', { primeLength: 512 });
  assert.strictEqual(privateKey.asymmetricKeyType, 'dh');
}

// Option errors.
{
  const gen = (options) => () => crypto.generateKeyPairSync('dh', options);
  assert.throws(gen(), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received undefined',
  });
  assert.throws(gen({}), {
    name: 'TypeError', code: 'ERR_MISSING_OPTION',
    message: 'At least one of the group, prime, or primeLength options is required',
  });
  for (const [a, b, extra] of [['group', 'prime', { prime: Buffer.alloc(8) }],
                               ['group', 'primeLength', { primeLength: 512 }],
                               ['group', 'generator', { generator: 2 }]]) {
    assert.throws(gen({ group: 'modp5', ...extra }), {
      name: 'TypeError', code: 'ERR_INCOMPATIBLE_OPTION_PAIR',
      message: `Option "${a}" cannot be used in combination with option "${b}"`,
    });
  }
  assert.throws(gen({ prime: Buffer.alloc(8), primeLength: 512 }), {
    code: 'ERR_INCOMPATIBLE_OPTION_PAIR',
    message: 'Option "prime" cannot be used in combination with option "primeLength"',
  });
  assert.throws(gen({ group: 'modp99' }), {
    name: 'Error', code: 'ERR_CRYPTO_UNKNOWN_DH_GROUP', message: 'Unknown DH group',
  });
  assert.throws(gen({ group: 5 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.group" property must be of type string. Received type number (5)',
  });
  assert.throws(gen({ prime: new ArrayBuffer(8) }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.prime" property must be an instance of Buffer, TypedArray, or ' +
      'DataView. Received an instance of ArrayBuffer',
  });
  assert.throws(gen({ primeLength: -1 }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.primeLength" is out of range. It must be >= 0 && ' +
      '<= 2147483647. Received -1',
  });
  assert.throws(gen({ primeLength: 512, generator: '2' }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.generator" property must be of type number. Received type string ' +
      "('2')",
  });
  // OpenSSL's failures come without library/reason/code, like Node's key generation jobs.
  for (const options of [{ primeLength: 0 }, { prime: Buffer.alloc(0) }]) {
    assert.throws(gen(options), (err) => {
      assert.strictEqual(err.message, 'error:0280007E:Diffie-Hellman routines::modulus too small');
      assert.deepStrictEqual(Object.keys(err), []);
      return true;
    });
  }
  assert.throws(gen({ primeLength: 512, generator: 1 }), (err) => {
    assert.strictEqual(err.message, 'error:02800065:Diffie-Hellman routines::bad generator');
    assert.deepStrictEqual(err.opensslErrorStack,
                           ['error:02880003:Diffie-Hellman routines::BN lib']);
    assert.strictEqual(err.code, undefined);
    return true;
  });
}

// The async form: errors found while validating are thrown, OpenSSL's come to the callback.
crypto.generateKeyPair('dh', { group: 'modp5' }, common.mustSucceed((publicKey, privateKey) => {
  assert.strictEqual(publicKey.asymmetricKeyType, 'dh');
  assert.strictEqual(privateKey.type, 'private');
}));
assert.throws(() => crypto.generateKeyPair('dh', { group: 'nope' }, common.mustNotCall()), {
  code: 'ERR_CRYPTO_UNKNOWN_DH_GROUP',
});
crypto.generateKeyPair('dh', { primeLength: 0 }, common.mustCall((err, publicKey, privateKey) => {
  assert.strictEqual(err.message, 'error:0280007E:Diffie-Hellman routines::modulus too small');
  assert.strictEqual(publicKey, undefined);
  assert.strictEqual(privateKey, undefined);
}));
