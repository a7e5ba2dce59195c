'use strict';
// scrypt and scryptSync: RFC 7914 known answers, option aliases, parameter errors.
const common = require('../common');
const assert = require('node:assert');
const crypto = require('node:crypto');

const rfc1 = '77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442' +
  'fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906';
const rfc2 = 'fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162' +
  '2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640';

assert.strictEqual(crypto.scryptSync('', '', 64, { N: 16, r: 1, p: 1 }).toString('hex'), rfc1);
assert.strictEqual(
  crypto.scryptSync('', '', 64, { cost: 16, blockSize: 1, parallelization: 1 }).toString('hex'),
  rfc1);
assert.strictEqual(
  crypto.scryptSync('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }).toString('hex'), rfc2);
crypto.scrypt('password', 'NaCl', 64, { N: 1024, r: 8, p: 16 }, common.mustSucceed((key) => {
  assert.ok(Buffer.isBuffer(key));
  assert.strictEqual(key.toString('hex'), rfc2);
}));
// Default parameters (N=16384, r=8, p=1), with and without options.
{
  const expected = crypto.scryptSync('pw', 'salt', 16, { N: 16384, r: 8, p: 1 }).toString('hex');
  assert.strictEqual(crypto.scryptSync('pw', 'salt', 16).toString('hex'), expected);
  crypto.scrypt('pw', 'salt', 16, common.mustSucceed((key) => {
    assert.strictEqual(key.toString('hex'), expected);
  }));
}
assert.deepStrictEqual(crypto.scryptSync('p', 's', 0), Buffer.alloc(0));

assert.throws(() => crypto.scryptSync('p', 's', 64, { N: 3 }), {
  name: 'RangeError', code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS', message: 'Invalid scrypt params',
});
assert.throws(() => crypto.scryptSync('p', 's', 64, { N: 2 ** 20 }), {
  code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
  message: 'Invalid scrypt params: error:030000AC:digital envelope routines::memory limit exceeded',
});
assert.throws(() => crypto.scrypt('p', 's', 64, { N: 3 }, common.mustNotCall()), {
  code: 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
});
assert.throws(() => crypto.scryptSync('p', 's', 64, { N: 16, cost: 16 }), {
  code: 'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', message: 'Invalid scrypt parameter',
});
assert.throws(() => crypto.scryptSync('p', 's', 64, { maxmem: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "maxmem" is out of range. It must be >= 0 && <= 9007199254740991. ' +
    'Received -1',
});
assert.throws(() => crypto.scryptSync('p', 's', -1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.scryptSync('p', 's', 64, { r: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.scrypt('p', 's', 64), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
