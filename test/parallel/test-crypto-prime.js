'use strict';
// crypto.checkPrime / checkPrimeSync and generatePrime / generatePrimeSync.
const common = require('../common');
const assert = require('node:assert');
const crypto = require('node:crypto');

// Known primes and composites.
const primes = [2n, 3n, 7919n, 2147483647n, 2305843009213693951n, (2n ** 127n) - 1n];
const composites = [1n, 4n, 561n, 7917n, 2147483649n, (2n ** 128n) + 1n, 3215031751n];
for (const p of primes) assert.strictEqual(crypto.checkPrimeSync(p), true, String(p));
for (const c of composites) assert.strictEqual(crypto.checkPrimeSync(c), false, String(c));
assert.strictEqual(crypto.checkPrimeSync(0n), false);
assert.strictEqual(crypto.checkPrimeSync(Buffer.from([0x1f, 0x1f])), false);  // 7967 = 31 * 257
assert.strictEqual(crypto.checkPrimeSync(Buffer.from([0x1e, 0xef])), true);  // 7919
assert.strictEqual(crypto.checkPrimeSync(new Uint8Array([251]).buffer), true);
assert.strictEqual(crypto.checkPrimeSync(new DataView(new Uint8Array([0, 13]).buffer)), true);
assert.strictEqual(crypto.checkPrimeSync(7919n, { checks: 10 }), true);
// The RFC 3526 group 14 prime.
assert.strictEqual(crypto.checkPrimeSync(crypto.getDiffieHellman('modp14').getPrime()), true);

crypto.checkPrime(2147483647n, common.mustSucceed((result) => {
  assert.strictEqual(result, true);
}));
crypto.checkPrime(Buffer.from([1, 1]), { checks: 5 }, common.mustCall((err, result) => {
  assert.strictEqual(err, undefined);
  assert.strictEqual(result, true);  // 257
}));
crypto.checkPrime(561n, common.mustSucceed((result) => {
  assert.strictEqual(result, false);
}));

assert.throws(() => crypto.checkPrimeSync(-1n), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "candidate" is out of range. It must be >= 0. Received -1n',
});
assert.throws(() => crypto.checkPrimeSync('7'), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "candidate" argument must be of type bigint or an instance of ArrayBuffer, ' +
    'TypedArray, Buffer, or DataView. Received type string (\'7\')',
});
assert.throws(() => crypto.checkPrimeSync(7n, { checks: -1 }), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
});
assert.throws(() => crypto.checkPrimeSync(7n, { checks: 'x' }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => crypto.checkPrime(7n), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.checkPrime(7n, null, common.mustNotCall()), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
});

// generatePrimeSync: an ArrayBuffer by default, a bigint on request.
{
  const prime = crypto.generatePrimeSync(64);
  assert.ok(prime instanceof ArrayBuffer);
  assert.strictEqual(prime.byteLength, 8);
  assert.strictEqual(new Uint8Array(prime)[0] >= 0x80, true);
  assert.strictEqual(crypto.checkPrimeSync(prime), true);

  const big = crypto.generatePrimeSync(48, { bigint: true });
  assert.strictEqual(typeof big, 'bigint');
  assert.strictEqual(big >= 2n ** 47n && big < 2n ** 48n, true);
  assert.strictEqual(crypto.checkPrimeSync(big), true);

  const safe = crypto.generatePrimeSync(32, { safe: true, bigint: true });
  assert.strictEqual(crypto.checkPrimeSync((safe - 1n) / 2n), true);

  // p % add === rem.
  const withRem = crypto.generatePrimeSync(32, { add: 12n, rem: 7n, bigint: true });
  assert.strictEqual(withRem % 12n, 7n);
  const withAdd = crypto.generatePrimeSync(32, { add: Buffer.from([10]), bigint: true });
  assert.strictEqual(withAdd % 10n, 1n);
}

crypto.generatePrime(40, common.mustSucceed((prime) => {
  assert.ok(prime instanceof ArrayBuffer);
  assert.strictEqual(prime.byteLength, 5);
  assert.strictEqual(crypto.checkPrimeSync(prime), true);
}));
crypto.generatePrime(40, { bigint: true, safe: true }, common.mustCall((err, prime) => {
  assert.strictEqual(err, undefined);
  assert.strictEqual(typeof prime, 'bigint');
  assert.strictEqual(crypto.checkPrimeSync((prime - 1n) / 2n), true);
}));

// Errors.
assert.throws(() => crypto.generatePrimeSync(0), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "size" is out of range. It must be >= 1 && <= 2147483647. Received 0',
});
assert.throws(() => crypto.generatePrimeSync('8'), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => crypto.generatePrimeSync(32, { safe: 1 }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.safe" property must be of type boolean. Received type number (1)',
});
assert.throws(() => crypto.generatePrimeSync(32, { add: 'x' }), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => crypto.generatePrimeSync(32, { rem: -1n }), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE',
});
assert.throws(() => crypto.generatePrimeSync(8, { add: 1024n }), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'invalid options.add',
});
assert.throws(() => crypto.generatePrimeSync(32, { add: 12n, rem: 12n }), {
  name: 'RangeError', code: 'ERR_OUT_OF_RANGE', message: 'invalid options.rem',
});
assert.throws(() => crypto.generatePrime(32, {}), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
});
