'use strict';
// subtle.importKey('jwk') reports problems in Node's order: "kty", then the curve and
// (RSA, EC) the usages the key's type allows, then "use", "key_ops" and "ext".
const common = require('../common');
const assert = require('node:assert');
const { subtle } = globalThis.crypto;

async function rejects(promise, name, message) {
  await assert.rejects(promise, { name, message });
}

(async () => {
  const rsaAlg = { name: 'RSA-PSS', hash: 'SHA-256' };
  const rsa = await subtle.generateKey({ ...rsaAlg, modulusLength: 1024,
                                         publicExponent: new Uint8Array([1, 0, 1]) },
                                       true, ['sign', 'verify']);
  const rsaPriv = await subtle.exportKey('jwk', rsa.privateKey);
  const rsaPub = await subtle.exportKey('jwk', rsa.publicKey);
  const rsaUsage = 'Unsupported key usage for an RSA-PSS key';
  await rejects(subtle.importKey('jwk', rsaPriv, rsaAlg, true, ['verify']), 'SyntaxError', rsaUsage);
  await rejects(subtle.importKey('jwk', rsaPub, rsaAlg, true, ['sign']), 'SyntaxError', rsaUsage);
  await rejects(subtle.importKey('jwk', { ...rsaPriv, use: 'enc' }, rsaAlg, true, ['verify']),
                'SyntaxError', rsaUsage);
  await rejects(subtle.importKey('jwk', { ...rsaPriv, kty: 'EC' }, rsaAlg, true, ['verify']),
                'DataError', 'Invalid JWK "kty" Parameter');
  await rejects(subtle.importKey('jwk', { ...rsaPriv, key_ops: ['x'], use: 'x' }, rsaAlg, true,
                                 ['sign']),
                'DataError', 'Invalid JWK "use" Parameter');
  await rejects(subtle.importKey('jwk', { ...rsaPriv, key_ops: ['verify'] }, rsaAlg, true,
                                 ['sign']),
                'DataError', 'Key operations and usage mismatch');

  const ecAlg = { name: 'ECDSA', namedCurve: 'P-256' };
  const ec = await subtle.generateKey(ecAlg, true, ['sign', 'verify']);
  const ecPriv = await subtle.exportKey('jwk', ec.privateKey);
  await rejects(subtle.importKey('jwk', ecPriv, ecAlg, true, ['verify']), 'SyntaxError',
                'Unsupported key usage for a ECDSA key');
  await rejects(subtle.importKey('jwk', { ...ecPriv, crv: 'P-384' }, ecAlg, true, ['verify']),
                'DataError', 'JWK "crv" does not match the requested algorithm');

  // OKP keys: the curve comes first, the usages after the JWK members.
  const ed = await subtle.generateKey({ name: 'Ed25519' }, true, ['sign', 'verify']);
  const edPriv = await subtle.exportKey('jwk', ed.privateKey);
  await rejects(subtle.importKey('jwk', { ...edPriv, crv: 'Ed448' }, 'Ed25519', true, ['verify']),
                'DataError', 'JWK "crv" Parameter and algorithm name mismatch');
  await rejects(subtle.importKey('jwk', edPriv, 'Ed25519', true, ['verify']),
                'DataError', 'Key operations and usage mismatch');
})().then(common.mustCall());
