'use strict';
// tls.createSecureContext: option types and versions are checked with Node's codes;
// bad key material fails with OpenSSL's error (code ERR_OSSL_*); encrypted keys and
// PKCS#12 take a passphrase.
require('../common');
const assert = require('node:assert');
const tls = require('node:tls');
const fixtures = require('../common/fixtures');

const key = (name) => fixtures.readKey(name);

assert.throws(() => tls.createSecureContext('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type string (\'x\')',
});
assert.throws(() => tls.createSecureContext({ ca: 5 }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.ca" property must be of type string or an instance of Buffer, ' +
           'TypedArray, or DataView. Received type number (5)',
});
assert.throws(() => tls.createSecureContext({ cert: {} }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.cert" property must be of type string or an instance of Buffer, ' +
           'TypedArray, or DataView. Received an instance of Object',
});
assert.throws(() => tls.createSecureContext({ minVersion: 'TLSv9' }), {
  name: 'TypeError',
  code: 'ERR_TLS_INVALID_PROTOCOL_VERSION',
  message: '"TLSv9" is not a valid minimum TLS protocol version',
});
assert.throws(() => tls.createSecureContext({ maxVersion: 'SSLv3' }), {
  code: 'ERR_TLS_INVALID_PROTOCOL_VERSION',
  message: '"SSLv3" is not a valid maximum TLS protocol version',
});
assert.throws(() => tls.createSecureContext({ minVersion: 'TLSv1.2',
                                              secureProtocol: 'TLSv1_2_method' }), {
  code: 'ERR_TLS_PROTOCOL_VERSION_CONFLICT',
  message: 'TLS protocol version "TLSv1.2" conflicts with secureProtocol "TLSv1_2_method"',
});
assert.throws(() => tls.createSecureContext({ key: 'nonsense' }), {
  code: 'ERR_OSSL_UNSUPPORTED',
  message: 'error:1E08010C:DECODER routines::unsupported',
  library: 'DECODER routines',
  reason: 'unsupported',
});
assert.throws(() => tls.createSecureContext({ cert: 'x' }), {
  code: 'ERR_OSSL_PEM_NO_START_LINE',
  message: 'error:0480006C:PEM routines::no start line',
});
assert.throws(() => tls.createSecureContext({ key: key('client.key'), cert: key('server.pem') }), {
  code: 'ERR_OSSL_X509_KEY_VALUES_MISMATCH',
  message: 'error:05800074:x509 certificate routines::key values mismatch',
});
assert.throws(() => tls.createSecureContext({ key: key('server-enc.key'), passphrase: 'wrong' }), {
  code: 'ERR_OSSL_BAD_DECRYPT',
  message: 'error:1C800064:Provider routines::bad decrypt',
});
assert.throws(() => tls.createSecureContext({ pfx: key('server.pfx'), passphrase: 'nope' }), {
  name: 'Error',
  message: 'mac verify failure',
});
assert.throws(() => tls.createSecureContext({ ciphers: 'NOPE' }), {
  code: 'ERR_SSL_NO_CIPHER_MATCH',
  message: 'error:0A0000B9:SSL routines::no cipher match',
});

// What works.
for (const options of [
  {},
  { ciphers: '' },
  { key: key('server-enc.key'), passphrase: 'passphrase', cert: key('server.pem') },
  { key: [{ pem: key('server-enc.key'), passphrase: 'passphrase' }], cert: [key('server.pem')] },
  { pfx: key('server.pfx'), passphrase: 'sample' },
  { ca: [key('ca.pem'), key('selfsigned.pem').toString()] },
  { minVersion: 'TLSv1.3', maxVersion: 'TLSv1.3', ecdhCurve: 'P-256:X25519' },
  { secureProtocol: 'TLSv1_2_method', honorCipherOrder: true },
]) {
  const context = tls.createSecureContext(options);
  assert.ok(context instanceof tls.SecureContext);
  assert.strictEqual(typeof context.context, 'object');
}

assert.strictEqual(tls.DEFAULT_MIN_VERSION, 'TLSv1.2');
assert.strictEqual(tls.DEFAULT_MAX_VERSION, 'TLSv1.3');
assert.strictEqual(tls.DEFAULT_ECDH_CURVE, 'auto');
const ciphers = tls.getCiphers();
assert.ok(ciphers.includes('tls_aes_256_gcm_sha384'));
assert.ok(ciphers.includes('ecdhe-rsa-aes128-gcm-sha256'));
assert.deepStrictEqual(ciphers, [...ciphers].sort());
assert.ok(Object.isFrozen(tls.rootCertificates));
assert.ok(tls.rootCertificates.length > 0);
assert.match(tls.rootCertificates[0], /^-----BEGIN CERTIFICATE-----\n[^]*\n-----END CERTIFICATE-----$/);
