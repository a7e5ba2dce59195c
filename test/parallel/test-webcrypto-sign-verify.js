'use strict';
// crypto.subtle sign/verify: HMAC (RFC 4231), Ed25519 (RFC 8032), ECDSA (P1363
// signatures), RSASSA-PKCS1-v1_5 and RSA-PSS round trips and their key checks.
const common = require('../common');
const assert = require('node:assert');
const { subtle } = globalThis.crypto;

const hex = (b) => Buffer.from(b).toString('hex');

(async () => {
  // RFC 4231 test case 2.
  const hmacKey = await subtle.importKey('raw', Buffer.from('Jefe'),
                                         { name: 'HMAC', hash: 'SHA-256' }, false,
                                         ['sign', 'verify']);
  assert.deepStrictEqual(hmacKey.algorithm,
                         { name: 'HMAC', length: 32, hash: { name: 'SHA-256' } });
  const data = Buffer.from('what do ya want for nothing?');
  const mac = await subtle.sign('HMAC', hmacKey, data);
  assert.ok(mac instanceof ArrayBuffer);
  assert.strictEqual(hex(mac),
                     '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
  assert.strictEqual(await subtle.verify('HMAC', hmacKey, mac, data), true);
  assert.strictEqual(await subtle.verify('HMAC', hmacKey, mac, Buffer.from('x')), false);
  // RFC 4231 test case 1, SHA-512.
  const key512 = await subtle.importKey('raw', Buffer.alloc(20, 0x0b),
                                        { name: 'HMAC', hash: 'SHA-512' }, true, ['sign']);
  assert.strictEqual(
    hex(await subtle.sign('HMAC', key512, Buffer.from('Hi There'))),
    '87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cde' +
    'daa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854');

  // RFC 8032 test 1.
  const edPriv = await subtle.importKey('pkcs8', Buffer.from(
    '302e020100300506032b657004220420' +
    '9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60', 'hex'),
                                        'Ed25519', true, ['sign']);
  const edPub = await subtle.importKey('raw', Buffer.from(
    'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a', 'hex'),
                                       { name: 'Ed25519' }, true, ['verify']);
  const edSig = await subtle.sign('Ed25519', edPriv, new Uint8Array(0));
  assert.strictEqual(hex(edSig),
                     'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155' +
                     '5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b');
  assert.strictEqual(await subtle.verify('Ed25519', edPub, edSig, new Uint8Array(0)), true);
  assert.strictEqual(hex(await subtle.exportKey('raw', edPub)),
                     'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a');

  // ECDSA round trips with P1363 signatures.
  for (const [namedCurve, hash, size] of [['P-256', 'SHA-256', 64], ['P-384', 'SHA-384', 96],
                                          ['P-521', 'SHA-512', 132]]) {
    const { publicKey, privateKey } =
      await subtle.generateKey({ name: 'ECDSA', namedCurve }, true, ['sign', 'verify']);
    const sig = await subtle.sign({ name: 'ECDSA', hash }, privateKey, data);
    assert.strictEqual(sig.byteLength, size);
    assert.strictEqual(await subtle.verify({ name: 'ECDSA', hash }, publicKey, sig, data), true);
    const raw = await subtle.exportKey('raw', publicKey);
    const imported = await subtle.importKey('raw', raw, { name: 'ECDSA', namedCurve }, true,
                                            ['verify']);
    assert.strictEqual(await subtle.verify({ name: 'ECDSA', hash }, imported, sig, data), true);
    assert.strictEqual(await subtle.verify({ name: 'ECDSA', hash }, imported, sig,
                                           Buffer.from('other')), false);
  }

  // RSA signatures.
  for (const name of ['RSASSA-PKCS1-v1_5', 'RSA-PSS']) {
    const { publicKey, privateKey } = await subtle.generateKey({
      name, modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]), hash: 'SHA-256',
    }, true, ['sign', 'verify']);
    assert.deepStrictEqual(publicKey.usages, ['verify']);
    assert.deepStrictEqual(privateKey.usages, ['sign']);
    const params = { name, saltLength: 32 };
    const sig = await subtle.sign(params, privateKey, data);
    assert.strictEqual(sig.byteLength, 128);
    assert.strictEqual(await subtle.verify(params, publicKey, sig, data), true);
    const spki = await subtle.exportKey('spki', publicKey);
    const again = await subtle.importKey('spki', spki, { name, hash: 'SHA-256' }, true,
                                         ['verify']);
    assert.strictEqual(await subtle.verify(params, again, sig, data), true);
    const jwk = await subtle.exportKey('jwk', privateKey);
    assert.strictEqual(jwk.alg, name === 'RSA-PSS' ? 'PS256' : 'RS256');
    assert.deepStrictEqual(jwk.key_ops, ['sign']);
  }
  // PKCS#1 v1.5 signatures are deterministic: sign twice, same bytes.
  const rsa = await subtle.generateKey({
    name: 'RSASSA-PKCS1-v1_5', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]),
    hash: 'SHA-1',
  }, false, ['sign']);
  assert.strictEqual(hex(await subtle.sign('RSASSA-PKCS1-v1_5', rsa.privateKey, data)),
                     hex(await subtle.sign('RSASSA-PKCS1-v1_5', rsa.privateKey, data)));

  // Key checks.
  await assert.rejects(subtle.sign('HMAC', edPub, data),
                       { name: 'InvalidAccessError', message: 'Unable to use this key to sign' });
  await assert.rejects(subtle.sign({ name: 'ECDSA' }, edPriv, data), {
    name: 'TypeError', code: 'ERR_MISSING_OPTION',
    message: "Failed to normalize algorithm: passed algorithm can not be converted to " +
      "'EcdsaParams' because 'hash' is required in 'EcdsaParams'.",
  });
  await assert.rejects(subtle.sign('FOO', edPriv, data),
                       { name: 'NotSupportedError', message: 'Unrecognized algorithm name' });
  await assert.rejects(subtle.sign('HMAC'), { code: 'ERR_MISSING_ARGS' });
})().then(common.mustCall());
