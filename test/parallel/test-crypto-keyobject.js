'use strict';
// KeyObject: createSecretKey/createPublicKey/createPrivateKey from PEM, DER and JWK,
// export round trips, encrypted PKCS#8, details, equals and errors.
require('../common');
const assert = require('node:assert');
const crypto = require('node:crypto');

const rsaPem = "-----BEGIN RSA PRIVATE KEY-----\nMIICXgIBAAKBgQDcXXQBMKiwk4Bb0e16qFj8Reeupm0G+8GI/5njvdQ6pwosV1cC\nnBzj+F5qdp0ag7Bs8hPojIvBzZ9f3dmkNpQKQ0h2MeuGJHKzOs4MYiCIPVzXPb4W\nyE1gGlA2wU9+ZIN7TleW/aYaMArRfLG4bQEgEzBiC/E+0S8nKEvEkU/99wIDAQAB\nAoGAfN43rbT04ZmzUlRSTP637btu3PhRL3PY5thvSy115QZiLV4QX9o2RLeoSIuN\n2khk4FcMEOoTB26MsLX1bae/mkPddzsWlq8B7KB70XMJAi9kf3Hc6lDZx5WjxoLB\nEqeqbnFyGf55vps/FunUDxUot31NPH/SK1gPAP7Ia5rzlgECQQD0T+FiN/saQL/W\npodUfMc/b/m9QiBPKIXBGky60qsUcDla4BuNbnaY2+ioOfiDXeqUtvliLrgbzmSJ\nZLVz7ZiRAkEA5uhKhbT2+3dbmwYyVpWZjs9QRwtgJ0ZveXMLnvn5vw3r1lgwbqW8\nX3++FVtzvnUgt3cipQa5J3beGZk6U/yyBwJBAN0kuUSom5iF56AqmPD3CXv4pbyU\ncJ52dav3XGD3dHhJpQEHPqlkxeFTnWM5JiPzDPWUMmSXGXvB9OsQx9apyKECQQCY\nDVclfOk25n44M3hqc9DOrc3bOq5yrnsxqoR4h3viR7SJTUF3W0QUTvZI8hPh0xdc\nOONjcG30gt32VWSHcdt5AkEA27ZsDrplZuybq/JbeICnNf8eU+utXC/Y/hH9OSur\nmiSFL/cgcTvDk3n8zhUYAikHGyRJXVaFkdiwKpZcwBxHXw==\n-----END RSA PRIVATE KEY-----\n";
const ecPem = "-----BEGIN EC PRIVATE KEY-----\nMHcCAQEEIK8RPe7WmTTGKZQR+4RMJFhA9jYYkwe8T+10+hmNc2+LoAoGCCqGSM49\nAwEHoUQDQgAEsbwutQGOpCwIklUM0AFddHB5IIV2gQe33wRFqSDClslaPBn4672x\nfsmlSAbn7b3VloQ6sNN7+mRFq6pY6N3Drw==\n-----END EC PRIVATE KEY-----\n";
const rsaSpki = '-----BEGIN PUBLIC KEY-----\nMIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDcXXQBMKiwk4Bb0e16qFj8Reeu\n' +
  'pm0G+8GI/5njvdQ6pwosV1cCnBzj+F5qdp0ag7Bs8hPojIvBzZ9f3dmkNpQKQ0h2\n' +
  'MeuGJHKzOs4MYiCIPVzXPb4WyE1gGlA2wU9+ZIN7TleW/aYaMArRfLG4bQEgEzBi\n' +
  'C/E+0S8nKEvEkU/99wIDAQAB\n-----END PUBLIC KEY-----\n';
const ecJwk = {
  kty: 'EC',
  x: 'sbwutQGOpCwIklUM0AFddHB5IIV2gQe33wRFqSDClsk',
  y: 'WjwZ-Ou9sX7JpUgG5-291ZaEOrDTe_pkRauqWOjdw68',
  crv: 'P-256',
  d: 'rxE97taZNMYplBH7hEwkWED2NhiTB7xP7XT6GY1zb4s',
};

// Secret keys.
{
  const key = crypto.createSecretKey(Buffer.from('abc'));
  assert.strictEqual(key.type, 'secret');
  assert.strictEqual(key.symmetricKeySize, 3);
  assert.strictEqual(key.asymmetricKeyType, undefined);
  assert.deepStrictEqual(key.export(), Buffer.from('abc'));
  assert.deepStrictEqual(key.export({ format: 'jwk' }), { kty: 'oct', k: 'YWJj' });
  assert.ok(key.equals(crypto.createSecretKey('abc', 'utf8')));
  assert.ok(!key.equals(crypto.createSecretKey(Buffer.from('abd'))));
  assert.ok(key instanceof crypto.KeyObject);
  assert.strictEqual(Object.prototype.toString.call(key), '[object KeyObject]');
  assert.throws(() => crypto.createSecretKey(1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "key" argument must be an instance of ArrayBuffer, Buffer, TypedArray, or ' +
      'DataView. Received type number (1)',
  });
  assert.throws(() => new crypto.KeyObject('secret', {}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => key.equals('x'), { code: 'ERR_INVALID_ARG_TYPE' });
}

// RSA: PKCS#1 in, every format out, and back.
{
  const priv = crypto.createPrivateKey(rsaPem);
  assert.strictEqual(priv.type, 'private');
  assert.strictEqual(priv.asymmetricKeyType, 'rsa');
  assert.deepStrictEqual(priv.asymmetricKeyDetails, { modulusLength: 1024, publicExponent: 65537n });
  assert.strictEqual(priv.export({ format: 'pem', type: 'pkcs1' }), rsaPem);
  const pub = crypto.createPublicKey(rsaPem);
  assert.strictEqual(pub.type, 'public');
  assert.strictEqual(pub.export({ format: 'pem', type: 'spki' }), rsaSpki);
  assert.ok(crypto.createPublicKey(priv).equals(pub));
  assert.ok(crypto.createPublicKey(rsaSpki).equals(pub));

  const pkcs8 = priv.export({ format: 'pem', type: 'pkcs8' });
  assert.match(pkcs8, /^-----BEGIN PRIVATE KEY-----\n/);
  assert.ok(crypto.createPrivateKey(pkcs8).equals(priv));
  const der = priv.export({ format: 'der', type: 'pkcs8' });
  assert.ok(Buffer.isBuffer(der));
  assert.ok(crypto.createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }).equals(priv));
  const der1 = priv.export({ format: 'der', type: 'pkcs1' });
  assert.ok(crypto.createPrivateKey({ key: der1, format: 'der', type: 'pkcs1' }).equals(priv));
  const spkiDer = pub.export({ format: 'der', type: 'spki' });
  assert.ok(crypto.createPublicKey({ key: spkiDer, format: 'der', type: 'spki' }).equals(pub));
  const pkcs1Pub = pub.export({ format: 'pem', type: 'pkcs1' });
  assert.match(pkcs1Pub, /^-----BEGIN RSA PUBLIC KEY-----\n/);
  assert.ok(crypto.createPublicKey(pkcs1Pub).equals(pub));

  const jwk = priv.export({ format: 'jwk' });
  assert.deepStrictEqual(Object.keys(jwk), ['kty', 'n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi']);
  assert.strictEqual(jwk.e, 'AQAB');
  assert.ok(crypto.createPrivateKey({ key: jwk, format: 'jwk' }).equals(priv));
  assert.deepStrictEqual(pub.export({ format: 'jwk' }), { kty: 'RSA', n: jwk.n, e: 'AQAB' });
  assert.ok(crypto.createPublicKey({ key: jwk, format: 'jwk' }).equals(pub));

  // Encrypted PKCS#8.
  const encrypted = priv.export({
    format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: 'top secret',
  });
  assert.match(encrypted, /^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
  assert.ok(crypto.createPrivateKey({ key: encrypted, passphrase: 'top secret' }).equals(priv));
  // OpenSSL 3 reports the missing passphrase as a cancelled read.
  assert.throws(() => crypto.createPrivateKey(encrypted), {
    name: 'Error', code: 'ERR_OSSL_CRYPTO_INTERRUPTED_OR_CANCELLED',
    message: 'error:07880109:common libcrypto routines::interrupted or cancelled',
  });
  // A wrong passphrase usually fails the CBC padding check (BAD_DECRYPT); about once in
  // 256 runs the garbage happens to end in valid padding and the DER decoder rejects it
  // instead (UNSUPPORTED). Node behaves the same: the salt and IV are random each run.
  assert.throws(() => crypto.createPrivateKey({ key: encrypted, passphrase: 'wrong' }), {
    code: /^ERR_OSSL_(BAD_DECRYPT|UNSUPPORTED)$/,
  });
  const encDer = priv.export({
    format: 'der', type: 'pkcs8', cipher: 'aes-128-cbc', passphrase: Buffer.from('pw'),
  });
  assert.ok(crypto.createPrivateKey({
    key: encDer, format: 'der', type: 'pkcs8', passphrase: 'pw',
  }).equals(priv));
}

// EC: SEC1 in, JWK both ways.
{
  const priv = crypto.createPrivateKey(ecPem);
  assert.strictEqual(priv.asymmetricKeyType, 'ec');
  assert.deepStrictEqual(priv.asymmetricKeyDetails, { namedCurve: 'prime256v1' });
  assert.strictEqual(priv.export({ format: 'pem', type: 'sec1' }), ecPem);
  assert.deepStrictEqual(priv.export({ format: 'jwk' }), ecJwk);
  assert.ok(crypto.createPrivateKey({ key: ecJwk, format: 'jwk' }).equals(priv));
  const pub = crypto.createPublicKey({ key: ecJwk, format: 'jwk' });
  assert.strictEqual(pub.type, 'public');
  assert.deepStrictEqual(pub.export({ format: 'jwk' }),
                         { kty: 'EC', x: ecJwk.x, y: ecJwk.y, crv: 'P-256' });
  assert.ok(crypto.createPublicKey(priv).equals(pub));
  const sec1Der = priv.export({ format: 'der', type: 'sec1' });
  assert.ok(crypto.createPrivateKey({ key: sec1Der, format: 'der', type: 'sec1' }).equals(priv));
  assert.throws(() => priv.export({ format: 'pem', type: 'pkcs1' }), {
    code: 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS',
    message: 'The selected key encoding pkcs1 can only be used for RSA keys.',
  });
}

// OKP keys from RFC 8032 / RFC 7748 raw values.
{
  const d = Buffer.from('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex');
  const x = Buffer.from('d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', 'hex');
  const priv = crypto.createPrivateKey({
    key: { kty: 'OKP', crv: 'Ed25519', d: d.toString('base64url'), x: x.toString('base64url') },
    format: 'jwk',
  });
  assert.strictEqual(priv.asymmetricKeyType, 'ed25519');
  assert.deepStrictEqual(priv.asymmetricKeyDetails, {});
  const jwk = priv.export({ format: 'jwk' });
  assert.deepStrictEqual(jwk, { crv: 'Ed25519', d: d.toString('base64url'),
                                x: x.toString('base64url'), kty: 'OKP' });
  const pkcs8 = priv.export({ format: 'der', type: 'pkcs8' });
  assert.strictEqual(pkcs8.toString('hex'), '302e020100300506032b657004220420' + d.toString('hex'));
  const spki = crypto.createPublicKey(priv).export({ format: 'der', type: 'spki' });
  assert.strictEqual(spki.toString('hex'), '302a300506032b6570032100' + x.toString('hex'));
}

// Parse errors.
assert.throws(() => crypto.createPrivateKey('garbage'), {
  code: 'ERR_OSSL_UNSUPPORTED', message: 'error:1E08010C:DECODER routines::unsupported',
});
assert.throws(() => crypto.createPublicKey('garbage'), { code: 'ERR_OSSL_UNSUPPORTED' });
assert.throws(() => crypto.createPrivateKey({ key: Buffer.from('abc'), format: 'der' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.type' is invalid. Received undefined",
});
assert.throws(() => crypto.createPublicKey(crypto.createSecretKey(Buffer.alloc(3))), {
  code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
  message: 'Invalid key object type secret, expected private.',
});
assert.throws(() => crypto.createPrivateKey(crypto.createPublicKey(rsaPem)), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "key" argument must be of type string or an instance of ArrayBuffer, Buffer, ' +
    'TypedArray, or DataView. Received an instance of PublicKeyObject',
});
assert.throws(() => crypto.createPrivateKey(rsaPem).export({ format: 'pem', type: 'pkcs8',
                                                              cipher: 'nope', passphrase: 'x' }), {
  code: 'ERR_CRYPTO_UNKNOWN_CIPHER', message: 'Unknown cipher',
});
assert.throws(() => crypto.createPrivateKey(rsaPem).export({ format: 'der', type: 'pkcs1',
                                                              cipher: 'aes-128-cbc',
                                                              passphrase: 'x' }), {
  code: 'ERR_CRYPTO_INCOMPATIBLE_KEY_OPTIONS',
  message: 'The selected key encoding pkcs1 does not support encryption.',
});
assert.throws(() => crypto.createPublicKey(rsaPem).export({ format: 'pem', type: 'pkcs8' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.type' is invalid. Received 'pkcs8'",
});

// A JWK whose EC point is not on its curve.
{
  const jwk = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' }).publicKey
    .export({ format: 'jwk' });
  for (const key of [{ ...jwk, x: jwk.y }, { ...jwk, crv: 'P-384' }, { ...jwk, x: 'AAAA' }]) {
    assert.throws(() => crypto.createPublicKey({ key, format: 'jwk' }), {
      name: 'TypeError', code: 'ERR_CRYPTO_INVALID_JWK', message: 'Invalid JWK EC key',
    });
  }
}

// util.inspect of a KeyObject with its hidden members, as in Node.
{
  const util = require('node:util');
  const key = crypto.createSecretKey(Buffer.alloc(3));
  assert.strictEqual(key.symmetricKeySize, 3);
  assert.strictEqual(util.inspect(key, { showHidden: true }),
                     "SecretKeyObject [KeyObject] {\n  [Symbol(kKeyType)]: 'secret',\n" +
                     '  [Symbol(kHandle)]: {},\n  [symmetricKeySize]: [Getter],\n' +
                     "  [type]: [Getter],\n  [Symbol(Symbol.toStringTag)]: 'KeyObject'\n}");
}
