'use strict';
// An authTagLength from 2^31 on is an invalid tag length, not a missing one.
require('../common');
const assert = require('node:assert');
const crypto = require('node:crypto');

for (const [cipher, keyLength] of [['aes-128-ccm', 16], ['aes-128-gcm', 16],
                                   ['chacha20-poly1305', 32], ['aes-128-ocb', 16]]) {
  for (const authTagLength of [2 ** 31, 2 ** 32 - 2]) {
    assert.throws(() => crypto.createCipheriv(cipher, Buffer.alloc(keyLength), Buffer.alloc(12),
                                              { authTagLength }), {
      name: 'TypeError',
      code: 'ERR_CRYPTO_INVALID_AUTH_TAG',
      message: `Invalid authentication tag length: ${authTagLength}`,
    });
  }
}
assert.throws(() => crypto.createCipheriv('aes-128-ccm', Buffer.alloc(16), Buffer.alloc(12),
                                          { authTagLength: -1 }),
              { code: 'ERR_INVALID_ARG_VALUE' });
