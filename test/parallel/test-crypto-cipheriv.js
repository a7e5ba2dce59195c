'use strict';
// createCipheriv/createDecipheriv for AES in ECB, CBC, CTR, OFB and CFB modes: NIST SP
// 800-38A known answers, padding, encodings, streams, getCiphers/getCipherInfo, errors.
const common = require('../common');
const assert = require('node:assert');
const crypto = require('node:crypto');

const hex = (s) => Buffer.from(s, 'hex');
const key128 = hex('2b7e151628aed2a6abf7158809cf4f3c');
const key192 = hex('8e73b0f7da0e6452c810f32b809079e562f8ead2522c6b7b');
const key256 = hex('603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4');
const iv = hex('000102030405060708090a0b0c0d0e0f');
const block = hex('6bc1bee22e409f96e93d7e117393172a');

const vectors = [
  ['aes-128-ecb', key128, null, '3ad77bb40d7a3660a89ecaf32466ef97'],
  ['aes-128-cbc', key128, iv, '7649abac8119b246cee98e9b12e9197d'],
  ['aes-192-cbc', key192, iv, '4f021db243bc633d7178183a9fa071e8'],
  ['aes-256-cbc', key256, iv, 'f58c4c04d6e5f1ba779eabfb5f7bfbd6'],
  ['aes-128-ctr', key128, hex('f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff'),
    '874d6191b620e3261bef6864990db6ce'],
  ['aes-128-ofb', key128, iv, '3b3fd92eb72dad20333449f8e83cfb4a'],
  ['aes-128-cfb', key128, iv, '3b3fd92eb72dad20333449f8e83cfb4a'],
];
for (const [name, key, civ, expected] of vectors) {
  const cipher = crypto.createCipheriv(name, key, civ).setAutoPadding(false);
  const out = Buffer.concat([cipher.update(block), cipher.final()]);
  assert.strictEqual(out.toString('hex'), expected, name);
  const decipher = crypto.createDecipheriv(name, key, civ).setAutoPadding(false);
  assert.deepStrictEqual(Buffer.concat([decipher.update(out), decipher.final()]), block);
}

// PKCS#7 padding, string input and output encodings, chunked updates.
{
  const key = Buffer.alloc(16, 1);
  const civ = Buffer.alloc(16, 2);
  const cipher = crypto.createCipheriv('aes-128-cbc', key, civ);
  const ct = cipher.update('hello world', 'utf8', 'hex') + cipher.final('hex');
  assert.strictEqual(ct.length, 32);
  const decipher = crypto.createDecipheriv('aes-128-cbc', key, civ);
  assert.strictEqual(decipher.update(ct, 'hex', 'utf8') + decipher.final('utf8'), 'hello world');
  // A full block of padding for block-aligned input.
  const c2 = crypto.createCipheriv('aes-128-cbc', key, civ);
  assert.strictEqual(Buffer.concat([c2.update(Buffer.alloc(16)), c2.final()]).length, 32);
  // Byte-by-byte updates give the same result.
  const c3 = crypto.createCipheriv('aes-128-cbc', key, civ);
  let parts = '';
  for (const ch of 'hello world') parts += c3.update(ch, 'utf8', 'base64');
  parts += c3.final('base64');
  assert.strictEqual(Buffer.from(parts, 'base64').toString('hex'), ct);
  // Keys and IVs as strings, ArrayBuffers and KeyObjects.
  const c4 = crypto.createCipheriv('aes-128-cbc', crypto.createSecretKey(key), civ.buffer.slice(
    civ.byteOffset, civ.byteOffset + 16));
  assert.strictEqual(c4.update('hello world', 'utf8', 'hex') + c4.final('hex'), ct);
  const c5 = crypto.createCipheriv('aes-128-cbc', 'a'.repeat(16), 'b'.repeat(16));
  const d5 = crypto.createDecipheriv('aes-128-cbc', Buffer.from('a'.repeat(16)), 'b'.repeat(16));
  assert.strictEqual(d5.update(c5.update('xyz') + '', 'latin1') + '', '');
}

// CTR is a stream mode: no padding, output as long as the input.
{
  const c = crypto.createCipheriv('aes-256-ctr', key256, iv);
  assert.strictEqual(c.update('abcde').length, 5);
  assert.strictEqual(c.final().length, 0);
}

// Streams.
{
  const key = Buffer.alloc(32, 3);
  const civ = Buffer.alloc(16, 4);
  const cipher = crypto.createCipheriv('aes-256-cbc', key, civ);
  const decipher = crypto.createDecipheriv('aes-256-cbc', key, civ);
  const chunks = [];
  decipher.on('data', (d) => chunks.push(d));
  decipher.on('end', common.mustCall(() => {
    assert.strictEqual(Buffer.concat(chunks).toString(), 'streamed text, more than one block');
  }));
  cipher.pipe(decipher);
  cipher.write('streamed text, ');
  cipher.end('more than one block');
}

// Errors.
assert.throws(() => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(15), Buffer.alloc(16)), {
  name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Invalid key length',
});
assert.throws(() => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(15)), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_IV', message: 'Invalid initialization vector',
});
assert.throws(() => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), null), {
  code: 'ERR_CRYPTO_INVALID_IV',
});
assert.throws(() => crypto.createCipheriv('aes-128-ecb', Buffer.alloc(16), Buffer.alloc(16)), {
  code: 'ERR_CRYPTO_INVALID_IV',
});
assert.throws(() => crypto.createCipheriv('no-such-cipher', Buffer.alloc(16), Buffer.alloc(16)), {
  name: 'Error', code: 'ERR_CRYPTO_UNKNOWN_CIPHER', message: 'Unknown cipher',
});
assert.throws(() => crypto.createCipheriv(1, Buffer.alloc(16), Buffer.alloc(16)), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "cipher" argument must be of type string. Received type number (1)',
});
assert.throws(() => crypto.createCipheriv('aes-128-cbc', 1, Buffer.alloc(16)), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "key" argument must be of type string or an instance of ArrayBuffer, Buffer, ' +
    'TypedArray, DataView, KeyObject, or CryptoKey. Received type number (1)',
});
assert.throws(() => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "iv" argument must be of type string or an instance of ArrayBuffer, Buffer, ' +
    'TypedArray, or DataView. Received type number (1)',
});
{
  const d = crypto.createDecipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16));
  d.update(Buffer.alloc(16));
  assert.throws(() => d.final(), {
    code: 'ERR_OSSL_BAD_DECRYPT',
    library: 'Provider routines',
    reason: 'bad decrypt',
    message: 'error:1C800064:Provider routines::bad decrypt',
  });
}
{
  const c = crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16));
  c.setAutoPadding(false);
  c.update(Buffer.alloc(15));
  assert.throws(() => c.final(), {
    code: 'ERR_OSSL_WRONG_FINAL_BLOCK_LENGTH',
    message: 'error:1C80006B:Provider routines::wrong final block length',
  });
  assert.throws(() => c.update('x'), { message: 'Trying to add data in unsupported state' });
  assert.throws(() => c.final(), { code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state' });
  assert.throws(() => c.setAutoPadding(true), {
    code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation setAutoPadding',
  });
  assert.throws(() => c.getAuthTag(), {
    code: 'ERR_CRYPTO_INVALID_STATE', message: 'Invalid state for operation getAuthTag',
  });
}
assert.throws(
  () => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16)).update(1),
  { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(
  () => crypto.createCipheriv('aes-128-cbc', Buffer.alloc(16), Buffer.alloc(16))
    .update('abc', 'hex'),
  { code: 'ERR_INVALID_ARG_VALUE' });

// getCiphers and getCipherInfo.
{
  const ciphers = crypto.getCiphers();
  for (const name of ['aes-128-cbc', 'aes-256-gcm', 'aes-192-ctr', 'chacha20-poly1305',
                      'aes-128-ecb', 'aes-256-ofb', 'aes-256-cfb', 'id-aes256-GCM']) {
    assert.ok(ciphers.includes(name), name);
  }
  assert.deepStrictEqual(ciphers, [...ciphers].sort());
  assert.deepStrictEqual(crypto.getCipherInfo('aes-256-cbc'), {
    mode: 'cbc', name: 'aes-256-cbc', nid: 427, blockSize: 16, ivLength: 16, keyLength: 32,
  });
  assert.deepStrictEqual(crypto.getCipherInfo('aes-128-gcm'), {
    mode: 'gcm', name: 'id-aes128-gcm', nid: 895, blockSize: 1, ivLength: 12, keyLength: 16,
  });
  assert.deepStrictEqual(crypto.getCipherInfo('chacha20-poly1305'), {
    mode: 'stream', name: 'chacha20-poly1305', nid: 1018, ivLength: 12, keyLength: 32,
  });
  assert.deepStrictEqual(crypto.getCipherInfo('aes-128-ecb'), {
    mode: 'ecb', name: 'aes-128-ecb', nid: 418, blockSize: 16, keyLength: 16,
  });
  assert.deepStrictEqual(crypto.getCipherInfo(419), crypto.getCipherInfo('aes-128-cbc'));
  assert.strictEqual(crypto.getCipherInfo('aes-128-gcm', { ivLength: 5 }).ivLength, 5);
  assert.strictEqual(crypto.getCipherInfo('aes-128-cbc', { ivLength: 5 }), undefined);
  assert.strictEqual(crypto.getCipherInfo('aes-128-cbc', { keyLength: 17 }), undefined);
  assert.strictEqual(crypto.getCipherInfo('no-such-cipher'), undefined);
  assert.throws(() => crypto.getCipherInfo(null), { code: 'ERR_INVALID_ARG_TYPE' });
}
