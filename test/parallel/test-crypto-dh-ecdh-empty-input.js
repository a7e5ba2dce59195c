'use strict';
// Empty inputs to ECDH.convertKey and createDiffieHellman give Node's results, and a
// prime is checked before the generator.
require('../common');
const assert = require('node:assert');
const crypto = require('node:crypto');

for (const key of ['', Buffer.alloc(0), new ArrayBuffer(0)]) {
  assert.strictEqual(crypto.ECDH.convertKey(key, 'prime256v1'), '');
}
// The curve is not even looked at.
assert.strictEqual(crypto.ECDH.convertKey('', 'no-such-curve', 'hex', 'hex', 'compressed'), '');

const bitsTooSmall = { code: 'ERR_OSSL_BN_BITS_TOO_SMALL', message: /bits too small/ };
for (const generator of [undefined, 0, 2, -1, Buffer.alloc(0), Buffer.from([2])]) {
  assert.throws(() => crypto.createDiffieHellman(Buffer.alloc(0), generator), bitsTooSmall);
}
assert.throws(() => crypto.createDiffieHellman(-1, -1),
              { code: 'ERR_OSSL_DH_MODULUS_TOO_SMALL', message: /modulus too small/ });
assert.throws(() => crypto.createDiffieHellman(Buffer.from([7]), -1),
              { code: 'ERR_OSSL_DH_BAD_GENERATOR', message: /bad generator/ });
assert.throws(() => crypto.createDiffieHellman(Buffer.from([7]), Buffer.alloc(0)),
              { code: 'ERR_OSSL_DH_BAD_GENERATOR', message: /bad generator/ });
