'use strict';
// X509Certificate: fields of a fixed self-signed certificate (values from the reference
// implementation), host/IP/email checks, verify, DER input, legacy object and errors.
require('../common');
const assert = require('node:assert');
const { X509Certificate, createPublicKey, generateKeyPairSync } = require('node:crypto');

const pem = "-----BEGIN CERTIFICATE-----\nMIICVDCCAb2gAwIBAgICEjQwDQYJKoZIhvcNAQELBQAwKjELMAkGA1UEBhMCTk8x\nCzAJBgNVBAoMAnJ0MQ4wDAYDVQQDDAVydCBjYTAgFw0yNjExMjkxNjI3NDBaGA8y\nMTI2MTEwNTE2Mjc0MFowKjELMAkGA1UEBhMCTk8xCzAJBgNVBAoMAnJ0MQ4wDAYD\nVQQDDAVydCBjYTCBnzANBgkqhkiG9w0BAQEFAAOBjQAwgYkCgYEAwSyCVOPKm4Zu\nC9tJdHjvrz7Azonb/La6CJlcD89UFzeZjXMAVrBneCHBX5maa+maWZhLl48sjtVg\ndrKIYgjZYq8s6pjYi58ucLQlRkvlXb+AafD/Fg5jU+JNxwxMk7Lpw/QezX89sggk\nl6HeOWI//h/QGcBYnnkWlG7PzkCigw0CAwEAAaOBhjCBgzAdBgNVHQ4EFgQUTHaq\n5v/t33Vdk89SedzQpKqqkf8wHwYDVR0jBBgwFoAUTHaq5v/t33Vdk89SedzQpKqq\nkf8wDwYDVR0TAQH/BAUwAwEB/zAwBgNVHREEKTAngglsb2NhbGhvc3SCDSouZXhh\nbXBsZS5jb22HBH8AAAGBBWFAYi5jMA0GCSqGSIb3DQEBCwUAA4GBAG3+IXahwByD\npXkTu7QyephuS/qKSN/cr0fidG8EIV7wJnr4NmJ9h/Fzc75j1M7TcG0cGgN+QNLU\nN2TX5bGr0ReVrI+K2fuG8Owl5oMXBu4q9WA62jR82jjaYaxgwkYyPDaGqrFHYuOD\nfnTUH9Lkml3OB7s2KvPmQZ3J4Z+DC+ym\n-----END CERTIFICATE-----\n";
const x = new X509Certificate(pem);
assert.strictEqual(x.subject, 'C=NO\nO=rt\nCN=rt ca');
assert.strictEqual(x.issuer, 'C=NO\nO=rt\nCN=rt ca');
assert.strictEqual(x.subjectAltName, 'DNS:localhost, DNS:*.example.com, IP Address:127.0.0.1, email:a@b.c');
assert.strictEqual(x.infoAccess, undefined);
assert.strictEqual(x.validFrom, 'Nov 29 16:27:40 2026 GMT');
assert.strictEqual(x.validTo, 'Nov  5 16:27:40 2126 GMT');
assert.strictEqual(x.serialNumber, '1234');
assert.strictEqual(x.fingerprint256, 'AB:36:4F:21:85:9B:03:8A:09:83:33:C9:4B:DA:24:DD:FF:77:03:04:48:3A:42:2F:E0:6E:3D:F2:68:08:F2:AA');
assert.match(x.fingerprint, /^([0-9A-F]{2}:){19}[0-9A-F]{2}$/);
assert.match(x.fingerprint512, /^([0-9A-F]{2}:){63}[0-9A-F]{2}$/);
assert.strictEqual(x.ca, true);
assert.strictEqual(x.keyUsage, undefined);
assert.strictEqual(x.toString(), pem);
assert.strictEqual(x.toJSON(), pem);
assert.strictEqual(x.issuerCertificate, undefined);

assert.strictEqual(x.checkHost('localhost'), 'localhost');
assert.strictEqual(x.checkHost('a.example.com'), '*.example.com');
assert.strictEqual(x.checkHost('a.example.com', { wildcards: false }), undefined);
assert.strictEqual(x.checkHost('other.test'), undefined);
assert.strictEqual(x.checkIP('127.0.0.1'), '127.0.0.1');
assert.strictEqual(x.checkIP('10.0.0.1'), undefined);
for (const ip of ['', '1.2.3', '1.2.3.4.5', '300.1.1.1', 'fe80::1%eth0']) {
  assert.throws(() => x.checkIP(ip), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'Invalid IP',
  });
}
assert.strictEqual(x.checkEmail('a@b.c'), 'a@b.c');
assert.strictEqual(x.checkEmail('x@b.c'), undefined);
assert.strictEqual(x.checkIssued(x), true);

const pub = x.publicKey;
assert.strictEqual(pub.type, 'public');
assert.strictEqual(pub.asymmetricKeyType, 'rsa');
assert.ok(pub.equals(createPublicKey(pem)));
assert.strictEqual(x.verify(pub), true);
assert.strictEqual(x.verify(generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey), false);

const der = new X509Certificate(x.raw);
assert.strictEqual(der.fingerprint256, x.fingerprint256);
assert.strictEqual(x.raw.length, 600);

const legacy = x.toLegacyObject();
assert.strictEqual(legacy.subject.CN, 'rt ca');
assert.strictEqual(legacy.bits, 1024);
assert.strictEqual(legacy.exponent, '0x10001');
assert.strictEqual(legacy.valid_to, x.validTo);
assert.strictEqual(legacy.serialNumber, '1234');
assert.deepStrictEqual(legacy.raw, x.raw);

assert.throws(() => new X509Certificate('garbage'), {
  code: 'ERR_OSSL_PEM_NO_START_LINE', message: 'error:0480006C:PEM routines::no start line',
});
assert.throws(() => new X509Certificate(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be of type string or an instance of Buffer, TypedArray, ' +
    'or DataView. Received type number (1)',
});
assert.throws(() => x.checkHost('a', { subject: 'sometimes' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => x.verify(x), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => x.checkIssued({}), { code: 'ERR_INVALID_ARG_TYPE' });
