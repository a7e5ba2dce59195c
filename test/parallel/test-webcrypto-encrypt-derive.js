'use strict';
// crypto.subtle encrypt/decrypt (AES-GCM NIST vector, AES-CBC, AES-CTR, RSA-OAEP),
// wrapKey/unwrapKey (AES-KW RFC 3394), deriveBits/deriveKey (PBKDF2, HKDF RFC 5869,
// ECDH, X25519), JWK import/export and CryptoKey inspection.
const common = require('../common');
const assert = require('node:assert');
const util = require('node:util');
const { subtle } = globalThis.crypto;

const hex = (b) => Buffer.from(b).toString('hex');
const h = (s) => Buffer.from(s, 'hex');

(async () => {
  // NIST GCM test case 3 (AES-128).
  const gcmKey = await subtle.importKey('raw', h('feffe9928665731c6d6a8f9467308308'), 'AES-GCM',
                                        true, ['encrypt', 'decrypt']);
  const pt = h('d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72' +
               '1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255');
  const iv = h('cafebabefacedbaddecaf888');
  const ct = await subtle.encrypt({ name: 'AES-GCM', iv }, gcmKey, pt);
  assert.strictEqual(hex(ct),
                     '42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e' +
                     '21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091473f5985' +
                     '4d5c2af327cd64a62cf35abd2ba6fab4');
  assert.strictEqual(hex(await subtle.decrypt({ name: 'AES-GCM', iv }, gcmKey, ct)), hex(pt));
  const ad = Buffer.from('header');
  const short = await subtle.encrypt({ name: 'AES-GCM', iv, additionalData: ad, tagLength: 96 },
                                     gcmKey, pt);
  assert.strictEqual(short.byteLength, pt.length + 12);
  assert.strictEqual(hex(await subtle.decrypt(
    { name: 'AES-GCM', iv, additionalData: ad, tagLength: 96 }, gcmKey, short)), hex(pt));
  await assert.rejects(subtle.decrypt({ name: 'AES-GCM', iv, tagLength: 96 }, gcmKey, short), {
    name: 'OperationError', message: 'The operation failed for an operation-specific reason',
  });
  assert.deepStrictEqual(await subtle.exportKey('jwk', gcmKey), {
    key_ops: ['encrypt', 'decrypt'], ext: true, kty: 'oct', k: '_v_pkoZlcxxtao-UZzCDCA',
    alg: 'A128GCM',
  });

  // AES-CBC and AES-CTR round trips; CTR with a counter that wraps its low 8 bits.
  const cbcKey = await subtle.generateKey({ name: 'AES-CBC', length: 256 }, true,
                                          ['encrypt', 'decrypt']);
  const cbcIv = Buffer.alloc(16, 7);
  const cbc = await subtle.encrypt({ name: 'AES-CBC', iv: cbcIv }, cbcKey, pt.subarray(0, 20));
  assert.strictEqual(cbc.byteLength, 32);
  assert.strictEqual(hex(await subtle.decrypt({ name: 'AES-CBC', iv: cbcIv }, cbcKey, cbc)),
                     hex(pt.subarray(0, 20)));
  const ctrKey = await subtle.importKey('raw', h('2b7e151628aed2a6abf7158809cf4f3c'), 'AES-CTR',
                                        false, ['encrypt', 'decrypt']);
  // NIST SP 800-38A F.5.1, first block.
  const counter = h('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff');
  assert.strictEqual(
    hex(await subtle.encrypt({ name: 'AES-CTR', counter, length: 128 }, ctrKey,
                             h('6bc1bee22e409f96e93d7e117393172a'))),
    '874d6191b620e3261bef6864990db6ce');
  const wrapping = await subtle.encrypt({ name: 'AES-CTR', counter, length: 8 }, ctrKey, pt);
  assert.strictEqual(hex(await subtle.decrypt({ name: 'AES-CTR', counter, length: 8 }, ctrKey,
                                              wrapping)), hex(pt));

  // AES-KW, RFC 3394 4.1.
  const kek = await subtle.importKey('raw', h('000102030405060708090a0b0c0d0e0f'), 'AES-KW',
                                     false, ['wrapKey', 'unwrapKey']);
  const inner = await subtle.importKey('raw', h('00112233445566778899aabbccddeeff'),
                                       { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  const wrapped = await subtle.wrapKey('raw', inner, kek, 'AES-KW');
  assert.strictEqual(hex(wrapped), '1fa68b0a8112b447aef34bd8fb5a7b829d3e862371d2cfe5');
  const unwrapped = await subtle.unwrapKey('raw', wrapped, kek, 'AES-KW',
                                           { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  assert.strictEqual(hex(await subtle.exportKey('raw', unwrapped)),
                     '00112233445566778899aabbccddeeff');
  const gcmKek = await subtle.generateKey({ name: 'AES-GCM', length: 192 }, false,
                                         ['wrapKey', 'unwrapKey']);
  const jwkWrapped = await subtle.wrapKey('jwk', inner, gcmKek, { name: 'AES-GCM', iv });
  const back = await subtle.unwrapKey('jwk', jwkWrapped, gcmKek, { name: 'AES-GCM', iv },
                                      { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  assert.deepStrictEqual(back.algorithm, { name: 'HMAC', length: 128, hash: { name: 'SHA-256' } });

  // RSA-OAEP with a label.
  const oaep = await subtle.generateKey({
    name: 'RSA-OAEP', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]),
    hash: 'SHA-256',
  }, true, ['encrypt', 'decrypt']);
  const label = Buffer.from('label');
  const sealed = await subtle.encrypt({ name: 'RSA-OAEP', label }, oaep.publicKey,
                                     pt.subarray(0, 32));
  assert.strictEqual(hex(await subtle.decrypt({ name: 'RSA-OAEP', label }, oaep.privateKey,
                                              sealed)), hex(pt.subarray(0, 32)));
  await assert.rejects(subtle.decrypt({ name: 'RSA-OAEP' }, oaep.privateKey, sealed),
                       { name: 'OperationError' });
  assert.strictEqual((await subtle.exportKey('jwk', oaep.publicKey)).alg, 'RSA-OAEP-256');

  // PBKDF2 (RFC 6070 vector 2, SHA-1) and HKDF (RFC 5869 test 1).
  const pw = await subtle.importKey('raw', Buffer.from('password'), 'PBKDF2', false,
                                    ['deriveBits', 'deriveKey']);
  assert.strictEqual(hex(await subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-1', salt: Buffer.from('salt'), iterations: 2 }, pw, 160)),
                     'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957');
  const derived = await subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: Buffer.from('salt'), iterations: 10 }, pw,
    { name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  assert.deepStrictEqual(derived.algorithm, { name: 'AES-GCM', length: 256 });
  const ikm = await subtle.importKey('raw', Buffer.alloc(22, 0x0b), 'HKDF', false, ['deriveBits']);
  assert.strictEqual(hex(await subtle.deriveBits({
    name: 'HKDF', hash: 'SHA-256', salt: h('000102030405060708090a0b0c'),
    info: h('f0f1f2f3f4f5f6f7f8f9'),
  }, ikm, 42 * 8)), '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf' +
                    '34007208d5b887185865');

  // ECDH and X25519 agree both ways.
  for (const alg of [{ name: 'ECDH', namedCurve: 'P-384' }, { name: 'X25519' }]) {
    const a = await subtle.generateKey(alg, true, ['deriveBits']);
    const b = await subtle.generateKey(alg, true, ['deriveBits']);
    const ab = await subtle.deriveBits({ name: alg.name, public: b.publicKey }, a.privateKey, null);
    const ba = await subtle.deriveBits({ name: alg.name, public: a.publicKey }, b.privateKey, null);
    assert.strictEqual(hex(ab), hex(ba));
    assert.strictEqual(ab.byteLength, alg.name === 'ECDH' ? 48 : 32);
    const jwk = await subtle.exportKey('jwk', a.privateKey);
    const again = await subtle.importKey('jwk', jwk, alg, true, ['deriveBits']);
    assert.strictEqual(hex(await subtle.deriveBits({ name: alg.name, public: b.publicKey },
                                                   again, 128)), hex(ab).slice(0, 32));
  }

  // Errors and inspection.
  await assert.rejects(subtle.exportKey('raw', ikm),
                       { name: 'InvalidAccessException', message: 'key is not extractable' });
  await assert.rejects(subtle.importKey('raw', Buffer.alloc(5), 'AES-GCM', false, ['encrypt']),
                       { name: 'DataError', message: 'Invalid key length' });
  await assert.rejects(subtle.generateKey({ name: 'AES-GCM', length: 128 }, false, ['sign']),
                       { name: 'SyntaxError', message: 'Unsupported key usage for an AES key' });
  assert.strictEqual(util.inspect(gcmKey),
                     "CryptoKey {\n  type: 'secret',\n  extractable: true,\n" +
                     "  algorithm: { name: 'AES-GCM', length: 128 },\n" +
                     "  usages: [ 'encrypt', 'decrypt' ]\n}");
  assert.strictEqual(Object.prototype.toString.call(gcmKey), '[object CryptoKey]');
})().then(common.mustCall());
