'use strict';
// globalThis.crypto: the Crypto object, getRandomValues and randomUUID, and its errors.
require('../common');
const assert = require('node:assert');
const nodeCrypto = require('node:crypto');

const desc = Object.getOwnPropertyDescriptor(globalThis, 'crypto');
assert.strictEqual(typeof desc.get, 'function');
assert.strictEqual(desc.set, undefined);
assert.strictEqual(desc.enumerable, true);
assert.strictEqual(desc.configurable, true);
assert.strictEqual(globalThis.crypto, nodeCrypto.webcrypto);
assert.strictEqual(Object.prototype.toString.call(crypto), '[object Crypto]');
assert.ok(crypto instanceof Crypto);
assert.strictEqual(typeof CryptoKey, 'function');
assert.strictEqual(typeof SubtleCrypto, 'function');
assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, 'Crypto').enumerable, false);
assert.deepStrictEqual(Object.getOwnPropertyNames(Crypto.prototype),
                       ['constructor', 'subtle', 'getRandomValues', 'randomUUID']);
assert.throws(() => new Crypto(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.strictEqual(Object.prototype.toString.call(crypto.subtle), '[object SubtleCrypto]');
assert.strictEqual(crypto.subtle, nodeCrypto.subtle);

for (const Type of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array,
                    Int32Array, Uint32Array, BigInt64Array, BigUint64Array]) {
  const array = new Type(16);
  assert.strictEqual(crypto.getRandomValues(array), array);
  assert.ok(array.some((x) => x != 0));
}
assert.strictEqual(nodeCrypto.getRandomValues(new Uint8Array(65536)).length, 65536);
assert.throws(() => crypto.getRandomValues(new Float32Array(2)), {
  name: 'TypeMismatchError', code: 17,
  message: 'The data argument must be an integer-type TypedArray',
});
assert.throws(() => crypto.getRandomValues(new DataView(new ArrayBuffer(2))), {
  name: 'TypeMismatchError',
});
assert.throws(() => crypto.getRandomValues(new Uint8Array(65537)), {
  name: 'QuotaExceededError', code: 22, message: 'The requested length exceeds 65,536 bytes',
});
assert.throws(() => crypto.getRandomValues(), {
  name: 'TypeError', code: 'ERR_MISSING_ARGS',
  message: "Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, " +
    'but only 0 present.',
});
assert.throws(() => crypto.getRandomValues.call({}, new Uint8Array(2)), {
  code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type Crypto',
});
assert.match(crypto.randomUUID(), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
