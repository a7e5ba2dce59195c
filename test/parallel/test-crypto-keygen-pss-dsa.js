'use strict';
// generateKeyPair(Sync) for 'rsa-pss' with its restrictions (hashAlgorithm,
// mgf1HashAlgorithm, saltLength and the deprecated hash/mgf1Hash) and for 'dsa'.
const common = require('../common');
const assert = require('node:assert');
const crypto = require('node:crypto');

const pss = (options) => crypto.generateKeyPairSync('rsa-pss', { modulusLength: 512, ...options });

// No restrictions: only the RSA details.
assert.deepStrictEqual(pss().publicKey.asymmetricKeyDetails,
                       { modulusLength: 512, publicExponent: 65537n });

// The MGF1 digest and the salt length follow the digest.
assert.deepStrictEqual(pss({ hashAlgorithm: 'sha256' }).privateKey.asymmetricKeyDetails, {
  modulusLength: 512, publicExponent: 65537n, hashAlgorithm: 'sha256',
  mgf1HashAlgorithm: 'sha256', saltLength: 32,
});
{
  const { publicKey, privateKey } = pss({
    hashAlgorithm: 'sha384', mgf1HashAlgorithm: 'sha1', saltLength: 7,
  });
  const expected = {
    modulusLength: 512, publicExponent: 65537n, hashAlgorithm: 'sha384',
    mgf1HashAlgorithm: 'sha1', saltLength: 7,
  };
  assert.deepStrictEqual(publicKey.asymmetricKeyDetails, expected);
  // The restrictions survive PKCS#8 and SPKI.
  const pem = privateKey.export({ type: 'pkcs8', format: 'pem' });
  assert.deepStrictEqual(crypto.createPrivateKey(pem).asymmetricKeyDetails, expected);
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  assert.deepStrictEqual(
    crypto.createPublicKey({ key: spki, format: 'der', type: 'spki' }).asymmetricKeyDetails,
    expected);
  const data = Buffer.from('data');
  const sig = crypto.sign('sha384', data, privateKey);
  assert.strictEqual(crypto.verify('sha384', data, publicKey, sig), true);
}

// Option errors.
assert.throws(() => pss({ hashAlgorithm: 'foo' }), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: foo',
});
assert.throws(() => pss({ mgf1HashAlgorithm: 'bar' }), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid MGF1 digest: bar',
});
assert.throws(() => pss({ saltLength: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.saltLength" is out of range. It must be >= 0 && ' +
    '<= 2147483647. Received -1',
});
assert.throws(() => pss({ hashAlgorithm: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => pss({ hashAlgorithm: 'sha256', hash: 'sha1' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.hash' is invalid. Received 'sha1'",
});

// The deprecated names still work, with a warning (also for the conflict above).
process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.code, 'DEP0154');
  assert.strictEqual(warning.message,
                     '"options.hash" is deprecated, use "options.hashAlgorithm" instead.');
}, 2));
assert.strictEqual(pss({ hash: 'sha512' }).publicKey.asymmetricKeyDetails.hashAlgorithm, 'sha512');

// DSA.
{
  const { publicKey, privateKey } =
    crypto.generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: 160 });
  assert.strictEqual(publicKey.asymmetricKeyType, 'dsa');
  assert.deepStrictEqual(privateKey.asymmetricKeyDetails,
                         { modulusLength: 1024, divisorLength: 160 });
  const data = Buffer.from('data');
  const sig = crypto.sign('sha256', data, privateKey);
  assert.strictEqual(crypto.verify('sha256', data, publicKey, sig), true);
  assert.throws(() => publicKey.export({ format: 'jwk' }), {
    code: 'ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE',
  });
}
assert.throws(() => crypto.generateKeyPairSync('dsa', { modulusLength: 1024, divisorLength: -1 }),
              { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.generateKeyPairSync('dsa', {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.modulusLength" property must be of type number. Received undefined',
});
crypto.generateKeyPair('dsa', { modulusLength: 1024 }, common.mustSucceed((publicKey) => {
  assert.strictEqual(publicKey.asymmetricKeyDetails.modulusLength, 1024);
}));
crypto.generateKeyPair('dsa', { modulusLength: 512 }, common.mustCall((err) => {
  assert.strictEqual(err.message, 'error:05000072:dsa routines::bad ffc parameters');
}));
crypto.generateKeyPair('rsa-pss', { modulusLength: 512, hashAlgorithm: 'sha256' },
                       common.mustSucceed((publicKey) => {
                         assert.strictEqual(publicKey.asymmetricKeyDetails.saltLength, 32);
                       }));
