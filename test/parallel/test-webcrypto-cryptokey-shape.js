'use strict';
// A CryptoKey's shape as in Node: its own state is hidden (non-enumerable symbols), its
// prototype sits one step below CryptoKey.prototype, the getters check `this`, and
// util.inspect shows it (also past the depth limit) like Node.
const common = require('../common');
const assert = require('node:assert');
const util = require('node:util');
const { KeyObject } = require('node:crypto');
const { subtle } = globalThis.crypto;

async function main() {
  const key = await subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, ['encrypt']);
  assert.ok(key instanceof CryptoKey);
  assert.strictEqual(key.constructor, CryptoKey);
  const proto = Object.getPrototypeOf(key);
  assert.notStrictEqual(proto, CryptoKey.prototype);
  assert.strictEqual(Object.getPrototypeOf(proto), CryptoKey.prototype);
  assert.deepStrictEqual(Object.getOwnPropertyNames(proto), ['constructor']);
  for (const symbol of Object.getOwnPropertySymbols(key)) {
    const descriptor = Object.getOwnPropertyDescriptor(key, symbol);
    assert.strictEqual(descriptor.enumerable, false);
    assert.strictEqual(descriptor.writable, false);
  }
  assert.strictEqual(Object.prototype.toString.call(key), '[object CryptoKey]');
  assert.strictEqual(util.inspect({ a: { b: key } }, { depth: 1 }), '{ a: { b: CryptoKey {} } }');
  assert.strictEqual(util.inspect(key, { depth: 0 }), 'CryptoKey [Object]');
  assert.strictEqual(
    util.inspect(key),
    "CryptoKey {\n  type: 'secret',\n  extractable: true,\n  algorithm: { name: 'AES-GCM', " +
    "length: 128 },\n  usages: [ 'encrypt' ]\n}");
  for (const name of ['type', 'extractable', 'algorithm', 'usages']) {
    const { get } = Object.getOwnPropertyDescriptor(CryptoKey.prototype, name);
    assert.throws(() => get.call({}), {
      name: 'TypeError', code: 'ERR_INVALID_THIS',
      message: 'Value of "this" must be of type CryptoKey',
    });
  }
  assert.strictEqual(KeyObject.from(key).symmetricKeySize, 16);
  assert.throws(() => new CryptoKey(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
}

main().then(common.mustCall());
