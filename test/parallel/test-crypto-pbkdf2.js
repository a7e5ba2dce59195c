'use strict';
// pbkdf2 and pbkdf2Sync: RFC 6070 (HMAC-SHA1) and HMAC-SHA256 known answers, sync and
// thread-pool forms, argument errors.
const common = require('../common');
const assert = require('node:assert');
const crypto = require('node:crypto');

const vectors = [
  ['password', 'salt', 1, 20, 'sha1', '0c60c80f961f0e71f3a9b524af6012062fe037a6'],
  ['password', 'salt', 2, 20, 'sha1', 'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957'],
  ['password', 'salt', 4096, 20, 'sha1', '4b007901b765489abead49d926f721d065a429c1'],
  ['passwordPASSWORDpassword', 'saltSALTsaltSALTsaltSALTsaltSALTsalt', 4096, 25, 'sha1',
    '3d2eec4fe41c849b80c8d83662c0e44a8b291a964cf2f07038'],
  ['pass\0word', 'sa\0lt', 4096, 16, 'sha1', '56fa6aa75548099dcc37d7f03425e0c3'],
  ['password', 'salt', 1, 32, 'sha256',
    '120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b'],
];
for (const [password, salt, iterations, keylen, digest, expected] of vectors) {
  const key = crypto.pbkdf2Sync(password, salt, iterations, keylen, digest);
  assert.ok(Buffer.isBuffer(key));
  assert.strictEqual(key.toString('hex'), expected);
  crypto.pbkdf2(Buffer.from(password), new Uint8Array(Buffer.from(salt)), iterations, keylen,
                digest, common.mustSucceed((k) => {
                  assert.ok(Buffer.isBuffer(k));
                  assert.strictEqual(k.toString('hex'), expected);
                }));
}
assert.deepStrictEqual(crypto.pbkdf2Sync('p', 's', 1, 0, 'sha1'), Buffer.alloc(0));

assert.throws(() => crypto.pbkdf2Sync('p', 's', 1, 10, 'no-such-hash'), {
  name: 'TypeError', code: 'ERR_CRYPTO_INVALID_DIGEST', message: 'Invalid digest: no-such-hash',
});
assert.throws(() => crypto.pbkdf2('p', 's', 1, 10, 'no-such-hash', common.mustNotCall()), {
  code: 'ERR_CRYPTO_INVALID_DIGEST',
});
assert.throws(() => crypto.pbkdf2Sync('p', 's', 0, 10, 'sha1'), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "iterations" is out of range. It must be >= 1 && <= 2147483647. ' +
    'Received 0',
});
assert.throws(() => crypto.pbkdf2Sync('p', 's', 1, -1, 'sha1'), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "keylen" is out of range. It must be >= 0 && <= 2147483647. Received -1',
});
assert.throws(() => crypto.pbkdf2Sync('p', 's', 1, 10), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "digest" argument must be of type string. Received undefined',
});
assert.throws(() => crypto.pbkdf2Sync(1, 's', 1, 10, 'sha1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "password" argument must be of type string or an instance of ArrayBuffer, ' +
    'Buffer, TypedArray, or DataView. Received type number (1)',
});
assert.throws(() => crypto.pbkdf2('p', 's', 1, 10, 'sha1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
