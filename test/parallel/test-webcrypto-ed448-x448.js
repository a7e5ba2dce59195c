'use strict';
// crypto.subtle with Ed448 (sign/verify, context) and X448 (deriveBits/deriveKey):
// generateKey, importKey/exportKey in every format, Node's DOMExceptions and its
// ExperimentalWarning.
const common = require('../common');
const assert = require('node:assert');
const { subtle } = globalThis.crypto;

const warnings = [];
process.on('warning', (warning) => warnings.push(`${warning.name}: ${warning.message}`));
process.on('exit', () => {
  assert.deepStrictEqual(warnings, [
    'ExperimentalWarning: The Ed448 Web Crypto API algorithm is an experimental feature and ' +
      'might change at any time',
    'ExperimentalWarning: The X448 Web Crypto API algorithm is an experimental feature and ' +
      'might change at any time',
  ]);
});

async function rejects(promise, name, message) {
  await assert.rejects(promise, (err) => {
    assert.strictEqual(err.name, name);
    assert.strictEqual(err.message, message);
    return true;
  });
}

async function ed448() {
  const pair = await subtle.generateKey({ name: 'Ed448' }, true, ['sign', 'verify']);
  // Node lists the private key first for these algorithms.
  assert.deepStrictEqual(Object.keys(pair), ['privateKey', 'publicKey']);
  assert.deepStrictEqual(pair.privateKey.algorithm, { name: 'Ed448' });
  assert.deepStrictEqual(pair.privateKey.usages, ['sign']);
  assert.deepStrictEqual(pair.publicKey.usages, ['verify']);

  const data = Buffer.from('hello');
  const sig = await subtle.sign({ name: 'Ed448' }, pair.privateKey, data);
  assert.strictEqual(sig.byteLength, 114);
  assert.strictEqual(await subtle.verify('Ed448', pair.publicKey, sig, data), true);
  assert.strictEqual(await subtle.verify('Ed448', pair.publicKey, sig, Buffer.from('x')), false);
  // An empty context is the default; others are not supported by Node 20.
  const sig2 = await subtle.sign({ name: 'Ed448', context: new Uint8Array(0) }, pair.privateKey,
                                 data);
  assert.strictEqual(await subtle.verify('Ed448', pair.publicKey, sig2, data), true);
  await rejects(subtle.sign({ name: 'Ed448', context: new Uint8Array(3) }, pair.privateKey, data),
                'NotSupportedError', 'Non zero-length context is not yet supported.');
  await assert.rejects(subtle.sign({ name: 'Ed448', context: 'abc' }, pair.privateKey, data), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: "Failed to normalize algorithm: 'context' of 'Ed448Params' (passed algorithm) is " +
      'not instance of ArrayBuffer, Buffer, TypedArray, or DataView.',
  });
  await rejects(subtle.sign('Ed448', pair.publicKey, data), 'InvalidAccessError',
                'Unable to use this key to sign');
  await rejects(subtle.sign('Ed25519', pair.privateKey, data), 'InvalidAccessError',
                'Unable to use this key to sign');

  // Export: raw (public), spki, pkcs8, jwk; and back.
  const raw = await subtle.exportKey('raw', pair.publicKey);
  assert.strictEqual(raw.byteLength, 57);
  assert.strictEqual((await subtle.exportKey('spki', pair.publicKey)).byteLength, 69);
  const pkcs8 = await subtle.exportKey('pkcs8', pair.privateKey);
  assert.strictEqual(pkcs8.byteLength, 73);
  await rejects(subtle.exportKey('raw', pair.privateKey), 'InvalidAccessError',
                'Unable to export a raw Ed448 private key');
  await rejects(subtle.exportKey('spki', pair.privateKey), 'InvalidAccessError',
                'Unable to export a raw Ed448 private key');
  const jwk = await subtle.exportKey('jwk', pair.privateKey);
  assert.deepStrictEqual(Object.keys(jwk), ['key_ops', 'ext', 'crv', 'd', 'x', 'kty', 'alg']);
  assert.strictEqual(jwk.alg, 'Ed448');
  assert.strictEqual(jwk.crv, 'Ed448');
  assert.strictEqual(Buffer.from(jwk.x, 'base64url').length, 57);

  const pub = await subtle.importKey('raw', raw, 'Ed448', true, ['verify']);
  assert.strictEqual(await subtle.verify('Ed448', pub, sig, data), true);
  await rejects(subtle.importKey('raw', raw.slice(1), 'Ed448', true, ['verify']), 'DataError',
                'Ed448 raw keys must be exactly 57-bytes');
  await rejects(subtle.importKey('raw', raw, 'Ed448', true, ['sign']), 'SyntaxError',
                'Unsupported key usage for a Ed448 key');
  const priv = await subtle.importKey('pkcs8', pkcs8, 'Ed448', false, ['sign']);
  assert.strictEqual(await subtle.verify('Ed448', pub,
                                         await subtle.sign('Ed448', priv, data), data), true);
  await rejects(subtle.importKey('pkcs8', pkcs8, 'X448', false, ['deriveBits']), 'DataError',
                'Invalid key type');
  const fromJwk = await subtle.importKey('jwk', jwk, 'Ed448', true, ['sign']);
  assert.deepStrictEqual(await subtle.exportKey('jwk', fromJwk), jwk);
  for (const alg of ['EdDSA', 'Ed448']) {
    await subtle.importKey('jwk', { ...jwk, alg }, 'Ed448', true, ['sign']);
  }
  await rejects(subtle.importKey('jwk', { ...jwk, alg: 'Ed25519' }, 'Ed448', true, ['sign']),
                'DataError', 'JWK "alg" does not match the requested algorithm');
  await rejects(subtle.importKey('jwk', { ...jwk, crv: 'Ed25519' }, 'Ed448', true, ['sign']),
                'DataError', 'JWK "crv" Parameter and algorithm name mismatch');
  await rejects(subtle.generateKey('Ed448', true, ['encrypt']), 'SyntaxError',
                'Unsupported key usage for an Ed448 key');
  await rejects(subtle.generateKey('Ed448', true, ['verify']), 'SyntaxError',
                'Usages cannot be empty when creating a key.');
}

async function x448() {
  const a = await subtle.generateKey({ name: 'X448' }, true, ['deriveBits', 'deriveKey']);
  // Node's order of usages, not the caller's.
  assert.deepStrictEqual(a.privateKey.usages, ['deriveKey', 'deriveBits']);
  assert.deepStrictEqual(a.publicKey.usages, []);
  const b = await subtle.generateKey('X448', true, ['deriveBits']);
  const ab = await subtle.deriveBits({ name: 'X448', public: b.publicKey }, a.privateKey, 448);
  const ba = await subtle.deriveBits({ name: 'X448', public: a.publicKey }, b.privateKey, 448);
  assert.deepStrictEqual(Buffer.from(ab), Buffer.from(ba));
  assert.strictEqual(ab.byteLength, 56);
  const whole = await subtle.deriveBits({ name: 'X448', public: b.publicKey }, a.privateKey, null);
  assert.deepStrictEqual(Buffer.from(whole), Buffer.from(ab));
  const some = await subtle.deriveBits({ name: 'X448', public: b.publicKey }, a.privateKey, 12);
  assert.deepStrictEqual(Buffer.from(some),
                         Buffer.from([Buffer.from(ab)[0], Buffer.from(ab)[1] & 0xf0]));
  await rejects(subtle.deriveBits({ name: 'X448', public: b.publicKey }, a.privateKey, 512),
                'OperationError', 'derived bit length is too small');
  const aes = await subtle.deriveKey({ name: 'X448', public: b.publicKey }, a.privateKey,
                                     { name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  assert.deepStrictEqual(Buffer.from(await subtle.exportKey('raw', aes)),
                         Buffer.from(ab).subarray(0, 32));

  const ed = await subtle.generateKey('Ed448', true, ['sign']);
  await rejects(subtle.deriveBits({ name: 'X448', public: ed.publicKey }, a.privateKey, 448),
                'InvalidAccessError', 'Keys must be ECDH, X25519, or X448 keys');
  const x25519 = await subtle.generateKey('X25519', true, ['deriveBits']);
  await rejects(subtle.deriveBits({ name: 'X448', public: x25519.publicKey }, a.privateKey, 448),
                'InvalidAccessError', 'The public and private keys must be of the same type');
  await assert.rejects(subtle.deriveBits({ name: 'X448', public: 5 }, a.privateKey, 448), {
    name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: "Failed to normalize algorithm: 'public' of 'EcdhKeyDeriveParams' (passed " +
      'algorithm) is not of type CryptoKey.',
  });

  const raw = await subtle.exportKey('raw', a.publicKey);
  assert.strictEqual(raw.byteLength, 56);
  const pub = await subtle.importKey('raw', raw, 'X448', true, []);
  assert.deepStrictEqual(Buffer.from(await subtle.exportKey('spki', pub)),
                         Buffer.from(await subtle.exportKey('spki', a.publicKey)));
  await rejects(subtle.importKey('raw', raw, 'X448', true, ['deriveBits']), 'SyntaxError',
                'Unsupported key usage for a X448 key');
  const jwk = await subtle.exportKey('jwk', a.privateKey);
  assert.deepStrictEqual(Object.keys(jwk), ['key_ops', 'ext', 'crv', 'd', 'x', 'kty']);
  const priv = await subtle.importKey('jwk', jwk, 'X448', true, ['deriveBits']);
  assert.deepStrictEqual(
    Buffer.from(await subtle.deriveBits({ name: 'X448', public: b.publicKey }, priv, 448)),
    Buffer.from(ab));
  // A private JWK's x must be its public key.
  const other = await subtle.exportKey('jwk', b.publicKey);
  await rejects(subtle.importKey('jwk', { ...jwk, x: other.x }, 'X448', true, ['deriveBits']),
                'DataError', 'Invalid keyData');
  await rejects(subtle.importKey('jwk', { ...jwk, use: 'sig' }, 'X448', true, ['deriveBits']),
                'DataError', 'Invalid JWK "use" Parameter');
  const pkcs8 = await subtle.exportKey('pkcs8', a.privateKey);
  assert.strictEqual(pkcs8.byteLength, 72);
  await subtle.importKey('pkcs8', pkcs8, 'X448', false, ['deriveKey']);
}

ed448().then(x448).then(common.mustCall());
