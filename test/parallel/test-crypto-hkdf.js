'use strict';
// hkdf and hkdfSync: RFC 5869 known answers, key forms, errors.
const common = require('../common');
const assert = require('node:assert');
const crypto = require('node:crypto');

const hex = (s) => Buffer.from(s, 'hex');
const ikm = Buffer.alloc(22, 0x0b);
const case1 = '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf' +
  '34007208d5b887185865';
const case3 = '8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d' +
  '9d201395faa4b61a96c8';

{
  const bits = crypto.hkdfSync('sha256', ikm, hex('000102030405060708090a0b0c'),
                               hex('f0f1f2f3f4f5f6f7f8f9'), 42);
  assert.ok(bits instanceof ArrayBuffer);
  assert.strictEqual(Buffer.from(bits).toString('hex'), case1);
  assert.strictEqual(Buffer.from(crypto.hkdfSync('sha256', ikm, '', '', 42)).toString('hex'),
                     case3);
  crypto.hkdf('sha256', crypto.createSecretKey(ikm), hex('000102030405060708090a0b0c'),
              hex('f0f1f2f3f4f5f6f7f8f9'), 42, common.mustSucceed((result) => {
                assert.ok(result instanceof ArrayBuffer);
                assert.strictEqual(Buffer.from(result).toString('hex'), case1);
              }));
}
// RFC 5869 test case 4 (SHA-1).
assert.strictEqual(
  Buffer.from(crypto.hkdfSync('sha1', Buffer.alloc(11, 0x0b), hex('000102030405060708090a0b0c'),
                              hex('f0f1f2f3f4f5f6f7f8f9'), 42)).toString('hex'),
  '085a01ea1b10f36933068b56efa5ad81a4f14b822f5b091568a9cdd4f155fda2c22e422478d305f3f896');
// An empty key is allowed (extract with a zero-length key).
assert.strictEqual(Buffer.from(crypto.hkdfSync('sha256', '', 's', 'i', 10)).toString('hex'),
                   Buffer.from(crypto.hkdfSync('sha256', Buffer.alloc(0), 's', 'i', 10))
                     .toString('hex'));
assert.strictEqual(crypto.hkdfSync('sha256', 'k', 's', 'i', 0).byteLength, 0);

assert.throws(() => crypto.hkdfSync('no-such-hash', 'k', 's', 'i', 10), {
  code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: no-such-hash',
});
assert.throws(() => crypto.hkdfSync('sha256', 'k', 's', 'i', 255 * 32 + 1), {
  name: 'RangeError', code: 'ERR_CRYPTO_INVALID_KEYLEN', message: 'Invalid key length',
});
assert.throws(() => crypto.hkdfSync('sha256', 'k', 's', 'i'.repeat(1025), 10), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "info" is out of range. It must be must not contain more than ' +
    '1024 bytes. Received 1025',
});
assert.throws(() => crypto.hkdfSync('sha256', 1, 's', 'i', 10), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "ikm" argument must be of type string or an instance of SecretKeyObject, ' +
    'ArrayBuffer, TypedArray, DataView, or Buffer. Received type number (1)',
});
assert.throws(() => crypto.hkdfSync('sha256', 'k', 1, 'i', 10), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.hkdf('sha256', 'k', 's', 'i', 10), { code: 'ERR_INVALID_ARG_TYPE' });
