'use strict';
// util.promisify(crypto.generateKeyPair) resolves to { publicKey, privateKey }.
const common = require('../common');
const assert = require('node:assert');
const crypto = require('node:crypto');
const { promisify } = require('node:util');

const generateKeyPair = promisify(crypto.generateKeyPair);
(async () => {
  const pair = await generateKeyPair('ed25519');
  assert.deepStrictEqual(Object.keys(pair), ['publicKey', 'privateKey']);
  assert.strictEqual(pair.publicKey.type, 'public');
  assert.strictEqual(pair.privateKey.type, 'private');

  const pem = await generateKeyPair('ec', {
    namedCurve: 'P-256',
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'der' },
  });
  assert.match(pem.publicKey, /^-----BEGIN PUBLIC KEY-----\n/);
  assert.ok(Buffer.isBuffer(pem.privateKey));

  await assert.rejects(generateKeyPair('ec', { namedCurve: 'P-256', publicKeyEncoding: 'x' }),
                       { code: 'ERR_INVALID_ARG_VALUE' });
})().then(common.mustCall());
