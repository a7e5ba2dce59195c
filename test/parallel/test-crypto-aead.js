'use strict';
// Authenticated encryption: AES-GCM (McGrew & Viega test cases), ChaCha20-Poly1305
// (RFC 8439 2.8.2), AES-CCM round trip; setAAD, getAuthTag/setAuthTag, authTagLength
// and the errors for bad tags and wrong states.
require('../common');
const assert = require('node:assert');
const crypto = require('node:crypto');

const hex = (s) => Buffer.from(s, 'hex');

function seal(name, key, iv, plaintext, aad, options) {
  const c = crypto.createCipheriv(name, key, iv, options);
  if (aad) c.setAAD(aad, { plaintextLength: plaintext.length });
  const ct = Buffer.concat([c.update(plaintext), c.final()]);
  return { ct, tag: c.getAuthTag() };
}

function open(name, key, iv, ct, tag, aad, options) {
  const d = crypto.createDecipheriv(name, key, iv, options);
  d.setAuthTag(tag);
  if (aad) d.setAAD(aad, { plaintextLength: ct.length });
  return Buffer.concat([d.update(ct), d.final()]);
}

// GCM test cases 1-4.
{
  const zero16 = Buffer.alloc(16);
  const zero12 = Buffer.alloc(12);
  let r = seal('aes-128-gcm', zero16, zero12, Buffer.alloc(0));
  assert.strictEqual(r.ct.length, 0);
  assert.strictEqual(r.tag.toString('hex'), '58e2fccefa7e3061367f1d57a4e7455a');
  r = seal('aes-128-gcm', zero16, zero12, zero16);
  assert.strictEqual(r.ct.toString('hex'), '0388dace60b6a392f328c2b971b2fe78');
  assert.strictEqual(r.tag.toString('hex'), 'ab6e47d42cec13bdf53a67b21257bddf');

  const key = hex('feffe9928665731c6d6a8f9467308308');
  const iv = hex('cafebabefacedbaddecaf888');
  const pt = hex('d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72' +
                 '1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255');
  r = seal('aes-128-gcm', key, iv, pt);
  assert.strictEqual(r.ct.toString('hex'),
                     '42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e' +
                     '21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091473f5985');
  assert.strictEqual(r.tag.toString('hex'), '4d5c2af327cd64a62cf35abd2ba6fab4');
  assert.deepStrictEqual(open('aes-128-gcm', key, iv, r.ct, r.tag), pt);

  const aad = hex('feedfacedeadbeeffeedfacedeadbeefabaddad2');
  const pt4 = pt.subarray(0, 60);
  r = seal('aes-128-gcm', key, iv, pt4, aad);
  assert.strictEqual(r.ct.toString('hex'),
                     '42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e' +
                     '21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091');
  assert.strictEqual(r.tag.toString('hex'), '5bc94fbc3221a5db94fae95ae7121a47');
  assert.deepStrictEqual(open('aes-128-gcm', key, iv, r.ct, r.tag, aad), pt4);

  // Tampering with the AAD, ciphertext or tag fails authentication.
  const bad = Buffer.from(r.tag);
  bad[0] ^= 1;
  const expected = { name: 'Error', message: 'Unsupported state or unable to authenticate data' };
  assert.throws(() => open('aes-128-gcm', key, iv, r.ct, bad, aad), expected);
  assert.throws(() => open('aes-128-gcm', key, iv, r.ct, r.tag, Buffer.from('x')), expected);
  const ct2 = Buffer.from(r.ct);
  ct2[5] ^= 0x80;
  assert.throws(() => open('aes-128-gcm', key, iv, ct2, r.tag, aad), expected);
  // No tag at all.
  const d = crypto.createDecipheriv('aes-128-gcm', key, iv);
  d.update(r.ct);
  assert.throws(() => d.final(), expected);
}

// authTagLength and IV lengths for GCM.
{
  const key = Buffer.alloc(32, 7);
  const r = seal('aes-256-gcm', key, Buffer.alloc(16, 1), Buffer.from('data'), null,
                 { authTagLength: 8 });
  assert.strictEqual(r.tag.length, 8);
  assert.deepStrictEqual(open('aes-256-gcm', key, Buffer.alloc(16, 1), r.ct, r.tag, null,
                              { authTagLength: 8 }).toString(), 'data');
  // A decipher without authTagLength accepts any valid length.
  assert.strictEqual(open('aes-256-gcm', key, Buffer.alloc(16, 1), r.ct, r.tag).toString(), 'data');
  assert.throws(() => crypto.createCipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12),
                                           { authTagLength: 3 }), {
    name: 'TypeError',
    code: 'ERR_CRYPTO_INVALID_AUTH_TAG',
    message: 'Invalid authentication tag length: 3',
  });
  assert.throws(() => crypto.createCipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12),
                                           { authTagLength: -1 }), {
    code: 'ERR_INVALID_ARG_VALUE',
  });
  const dec = crypto.createDecipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12));
  assert.throws(() => dec.setAuthTag(Buffer.alloc(3)), {
    code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'Invalid authentication tag length: 3',
  });
  dec.setAuthTag(Buffer.alloc(16));
  assert.throws(() => dec.setAuthTag(Buffer.alloc(16)), {
    code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation setAuthTag',
  });
  const enc = crypto.createCipheriv('aes-128-gcm', Buffer.alloc(16), Buffer.alloc(12));
  assert.strictEqual(enc.setAuthTag, undefined);
  assert.throws(() => enc.getAuthTag(), { code: 'ERR_CRYPTO_INVALID_STATE' });
  assert.throws(() => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16))
    .setAAD(Buffer.alloc(1)), {
    code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation setAAD',
  });
}

// ChaCha20-Poly1305, RFC 8439 section 2.8.2.
{
  const key = hex('808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f');
  const iv = hex('070000004041424344454647');
  const aad = hex('50515253c0c1c2c3c4c5c6c7');
  const pt = Buffer.from("Ladies and Gentlemen of the class of '99: If I could offer you " +
                         'only one tip for the future, sunscreen would be it.');
  const r = seal('chacha20-poly1305', key, iv, pt, aad);
  assert.strictEqual(r.ct.toString('hex'),
                     'd31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d6' +
                     '3dbea45e8ca9671282fafb69da92728b1a71de0a9e060b2905d6a5b67ecd3b36' +
                     '92ddbd7f2d778b8c9803aee328091b58fab324e4fad675945585808b4831d7bc' +
                     '3ff4def08e4b7a9de576d26586cec64b6116');
  assert.strictEqual(r.tag.toString('hex'), '1ae10b594f09e26a7e902ecbd0600691');
  assert.deepStrictEqual(open('chacha20-poly1305', key, iv, r.ct, r.tag, aad), pt);
  assert.throws(() => crypto.createCipheriv('chacha20-poly1305', key, Buffer.alloc(13)), {
    code: 'ERR_CRYPTO_INVALID_IV',
  });
}

// CCM needs authTagLength, and plaintextLength with AAD.
{
  const key = Buffer.alloc(16, 9);
  const iv = Buffer.alloc(12, 3);
  const options = { authTagLength: 16 };
  const r = seal('aes-128-ccm', key, iv, Buffer.from('ccm data'), Buffer.from('aad'), options);
  assert.strictEqual(r.tag.length, 16);
  assert.strictEqual(
    open('aes-128-ccm', key, iv, r.ct, r.tag, Buffer.from('aad'), options).toString(),
    'ccm data');
  assert.throws(() => crypto.createCipheriv('aes-128-ccm', key, iv), {
    code: 'ERR_CRYPTO_INVALID_AUTH_TAG', message: 'authTagLength required for aes-128-ccm',
  });
  const c = crypto.createCipheriv('aes-128-ccm', key, iv, options);
  assert.throws(() => c.setAAD(Buffer.from('aad')), {
    code: 'ERR_MISSING_ARGS', message: 'options.plaintextLength required for CCM mode with AAD',
  });
}
