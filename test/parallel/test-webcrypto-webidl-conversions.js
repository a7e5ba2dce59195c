'use strict';
// Web Crypto converts its arguments as WebIDL does and as Node words it: algorithm
// identifiers, deriveBits' unsigned long length, numeric and string dictionary members.
const common = require('../common');
const assert = require('node:assert');
const { subtle } = globalThis.crypto;

(async () => {
  await assert.rejects(subtle.digest(Symbol('s'), Buffer.alloc(1)), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: "Failed to execute 'digest' on 'SubtleCrypto': 1st argument is a Symbol and " +
             'cannot be converted to a string.',
  });
  await assert.rejects(subtle.digest(Buffer.alloc(1), Buffer.alloc(1)), {
    code: 'ERR_MISSING_OPTION',
    message: "Failed to normalize algorithm: passed algorithm can not be converted to 'Algorithm' " +
             "because 'name' is required in 'Algorithm'.",
  });
  // The algorithm identifier is converted before the key is checked.
  await assert.rejects(subtle.deriveBits(Symbol('s'), {}, 8), {
    message: "Failed to execute 'deriveBits' on 'SubtleCrypto': 1st argument is a Symbol and " +
             'cannot be converted to a string.',
  });

  const hkdf = await subtle.importKey('raw', Buffer.alloc(3), 'HKDF', false, ['deriveBits']);
  const params = { name: 'HKDF', hash: 'SHA-256', salt: Buffer.alloc(0), info: Buffer.alloc(0) };
  const bits = async (length) => (await subtle.deriveBits(params, hkdf, length)).byteLength;
  assert.strictEqual(await bits(Buffer.alloc(1)), 0);
  assert.strictEqual(await bits('16'), 2);
  assert.strictEqual(await bits(2 ** 32 + 8), 1);
  assert.strictEqual(await bits(NaN), 0);
  await assert.rejects(bits(-8), { name: 'OperationError' });
  await assert.rejects(bits(undefined), { name: 'OperationError', message: 'length cannot be null' });
  for (const [value, type] of [[Symbol('s'), 'Symbol'], [8n, 'BigInt']]) {
    await assert.rejects(bits(value), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: `Failed to execute 'deriveBits' on 'SubtleCrypto': 3rd argument is a ${type} ` +
               'and cannot be converted to a number.',
    });
  }
  await assert.rejects(bits({ valueOf() { throw new Error('from valueOf'); } }),
                       { message: 'from valueOf' });

  await assert.rejects(subtle.generateKey({ name: 'AES-GCM', length: 128n }, true, ['encrypt']), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: "Failed to normalize algorithm: 'length' of 'AesKeyGenParams' (passed algorithm) " +
             'is a BigInt and cannot be converted to a number.',
  });
  await assert.rejects(subtle.generateKey({ name: 'ECDSA', namedCurve: Symbol('c') }, true,
                                          ['sign']), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: "Failed to normalize algorithm: 'namedCurve' of 'EcKeyGenParams' (passed algorithm) " +
             'is a Symbol and cannot be converted to a string.',
  });
  await assert.rejects(subtle.generateKey({ name: 'HMAC', hash: 'SHA-256', length: 2 ** 31 },
                                          true, ['sign']), (err) => {
    assert.strictEqual(err.name, 'OperationError');
    assert.strictEqual(err.cause.code, 'ERR_OUT_OF_RANGE');
    return true;
  });
  await assert.rejects(subtle.importKey('jwk', {}, 'AES-GCM', true, ['encrypt']),
                       { name: 'DataError', message: 'Invalid keyData' });
})().then(common.mustCall());
