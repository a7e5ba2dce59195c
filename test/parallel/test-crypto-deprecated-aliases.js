// Flags: --pending-deprecation
'use strict';
// crypto.prng, crypto.pseudoRandomBytes and crypto.rng are accessors like Node's that
// become data properties; under --pending-deprecation they warn DEP0115. The list
// getters are nameless arrow functions, and Sign keeps no visible _algorithm.
const common = require('../common');
const assert = require('node:assert');
const crypto = require('node:crypto');
const util = require('node:util');

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.code, 'DEP0115');
  assert.strictEqual(warning.message, 'crypto.pseudoRandomBytes is deprecated.');
}));

for (const name of ['prng', 'pseudoRandomBytes', 'rng']) {
  const descriptor = Object.getOwnPropertyDescriptor(crypto, name);
  assert.strictEqual(typeof descriptor.get, 'function');
  assert.strictEqual(typeof descriptor.set, 'function');
  assert.strictEqual(descriptor.enumerable, false);
  assert.strictEqual(descriptor.configurable, true);
}
assert.strictEqual(crypto.pseudoRandomBytes(4).length, 4);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(crypto, 'pseudoRandomBytes').writable, true);
crypto.rng = 5;
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(crypto, 'rng'),
                       { value: 5, writable: true, enumerable: true, configurable: true });

for (const name of ['getCiphers', 'getCurves', 'getHashes']) {
  assert.strictEqual(crypto[name].name, '');
  assert.strictEqual(crypto[name].prototype, undefined);
  assert.ok(crypto[name]().length > 0);
}

const sign = crypto.createSign('sha256');
assert.ok(!util.inspect(sign).includes('sha256'));
sign.update('data');
const { privateKey, publicKey } = crypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
const signature = sign.sign(privateKey);
assert.ok(crypto.createVerify('sha256').update('data').verify(publicKey, signature));
