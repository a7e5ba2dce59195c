'use strict';
// createHmac: RFC 4231 and RFC 2202 known answers, key forms, streams and errors.
const common = require('../common');
const assert = require('node:assert');
const crypto = require('node:crypto');

const hmac = (alg, key, data, enc = 'hex') => crypto.createHmac(alg, key).update(data).digest(enc);

// RFC 4231 test case 1.
{
  const key = Buffer.alloc(20, 0x0b);
  assert.strictEqual(hmac('sha224', key, 'Hi There'),
                     '896fb1128abbdf196832107cd49df33f47b4b1169912ba4f53684b22');
  assert.strictEqual(hmac('sha256', key, 'Hi There'),
                     'b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7');
  assert.strictEqual(hmac('sha384', key, 'Hi There'),
                     'afd03944d84895626b0825f4ab46907f15f9dadbe4101ec682aa034c7cebc59c' +
                     'faea9ea9076ede7f4af152e8b2fa9cb6');
  assert.strictEqual(hmac('sha512', key, 'Hi There'),
                     '87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cde' +
                     'daa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854');
}
// RFC 4231 test case 2 (string key), and RFC 2202 for MD5 and SHA-1.
assert.strictEqual(hmac('sha256', 'Jefe', 'what do ya want for nothing?'),
                   '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
assert.strictEqual(hmac('sha512', 'Jefe', 'what do ya want for nothing?'),
                   '164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554' +
                   '9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737');
assert.strictEqual(hmac('md5', 'Jefe', 'what do ya want for nothing?'),
                   '750c783e6ab0b503eaa86e310a5db738');
assert.strictEqual(hmac('sha1', 'Jefe', 'what do ya want for nothing?'),
                   'effcdf6ae5eb2fa2d27416d5f184df9c259a7c79');
// RFC 4231 test case 6: a key longer than the block size is hashed first.
assert.strictEqual(
  hmac('sha256', Buffer.alloc(131, 0xaa), 'Test Using Larger Than Block-Size Key - Hash Key First'),
  '60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54');

// Key forms: string with encoding option, ArrayBuffer, TypedArray, KeyObject; empty key.
{
  const expected = hmac('sha256', 'Jefe', 'x');
  assert.strictEqual(crypto.createHmac('sha256', '4a656665', { encoding: 'hex' })
    .update('x').digest('hex'), expected);
  assert.strictEqual(hmac('sha256', new Uint8Array([0x4a, 0x65, 0x66, 0x65]).buffer, 'x'), expected);
  assert.strictEqual(hmac('sha256', crypto.createSecretKey(Buffer.from('Jefe')), 'x'), expected);
  assert.strictEqual(hmac('sha256', '', ''),
                     'b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad');
}

// Digest encodings, and digest twice gives an empty result instead of throwing.
{
  const h = crypto.createHmac('sha1', 'Jefe').update('what do ya want for nothing?');
  assert.strictEqual(h.digest('base64'), '7/zfauXrL6LSdBbV8YTfnCWafHk=');
  assert.deepStrictEqual(h.digest(), Buffer.alloc(0));
  assert.strictEqual(h.digest('hex'), '');
  assert.throws(() => h.update('x'), { code: 'ERR_CRYPTO_HASH_FINALIZED' });
}

// Stream interface.
{
  const h = crypto.createHmac('md5', 'Jefe');
  h.on('data', common.mustCall((d) => {
    assert.strictEqual(d.toString('hex'), '750c783e6ab0b503eaa86e310a5db738');
  }));
  h.write('what do ya want ');
  h.end('for nothing?');
}

// Errors.
assert.throws(() => crypto.createHmac('no-such-hash', 'k'), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: no-such-hash',
});
assert.throws(() => crypto.createHmac(1, 'k'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "hmac" argument must be of type string. Received type number (1)',
});
assert.throws(() => crypto.createHmac('sha1', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "key" argument must be of type string or an instance of ArrayBuffer, Buffer, ' +
    'TypedArray, DataView, KeyObject, or CryptoKey. Received type number (1)',
});
assert.throws(() => crypto.createHmac('sha1', 'k').update(null), { code: 'ERR_INVALID_ARG_TYPE' });
