'use strict';
// crypto.setEngine() validates its arguments and reports an unknown engine like Node;
// secureHeapUsed() lists its fields in Node's order.
require('../common');
const assert = require('node:assert');
const crypto = require('node:crypto');

assert.throws(() => crypto.setEngine(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "id" argument must be of type string. Received type number (1)',
});
assert.throws(() => crypto.setEngine('no-such-engine', 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "flags" argument must be of type number. Received type string (\'x\')',
});
for (const flags of [undefined, 0, crypto.constants.ENGINE_METHOD_RSA]) {
  assert.throws(() => crypto.setEngine('no-such-engine', flags), {
    name: 'Error',
    code: 'ERR_CRYPTO_ENGINE_UNKNOWN',
    message: 'Engine "no-such-engine" was not found',
  });
}
// The dynamic engine is part of every OpenSSL build.
assert.strictEqual(crypto.setEngine('dynamic'), undefined);
assert.strictEqual(crypto.randomBytes(8).length, 8);

assert.deepStrictEqual(Object.keys(crypto.secureHeapUsed()), ['total', 'used', 'utilization', 'min']);
