'use strict';
// process.hrtime() and process.hrtime.bigint(): shape, monotonicity, the
// difference form with its borrow, and argument validation.
require('../common');
const assert = require('node:assert');

function isTime(t) {
  return Array.isArray(t) && t.length === 2 &&
    Number.isInteger(t[0]) && t[0] >= 0 &&
    Number.isInteger(t[1]) && t[1] >= 0 && t[1] < 1e9;
}

const toNs = (t) => BigInt(t[0]) * 1000000000n + BigInt(t[1]);

const first = process.hrtime();
assert.ok(isTime(first), `bad hrtime() result: ${first}`);

// Both forms read the same monotonic clock.
const b1 = process.hrtime.bigint();
assert.strictEqual(typeof b1, 'bigint');
const second = process.hrtime();
const b2 = process.hrtime.bigint();
assert.ok(toNs(first) <= b1);
assert.ok(b1 <= toNs(second));
assert.ok(toNs(second) <= b2);

// hrtime(previous) is now - previous, borrowing a second when nanoseconds go negative.
const previous = [first[0] > 10 ? first[0] - 10 : 0, 999999999];
const before = process.hrtime.bigint();
const diff = process.hrtime(previous);
const after = process.hrtime.bigint();
assert.ok(isTime(diff), `bad hrtime(previous) result: ${diff}`);
const absolute = toNs(diff) + toNs(previous);
assert.ok(before <= absolute && absolute <= after, `${before} <= ${absolute} <= ${after}`);

const sinceFirst = process.hrtime(first);
assert.ok(isTime(sinceFirst));
assert.ok(toNs(sinceFirst) <= process.hrtime.bigint() - toNs(first));

// hrtime([0, 0]) is the absolute time.
const zero = process.hrtime([0, 0]);
assert.ok(isTime(zero));
assert.ok(toNs(zero) >= after);

for (const value of [1, 'a', {}, null]) {
  assert.throws(() => process.hrtime(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
  });
}
assert.throws(() => process.hrtime(1), {
  message: 'The "time" argument must be an instance of Array. Received type number (1)',
});
assert.throws(() => process.hrtime([1]), {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "time" is out of range. It must be 2. Received 1',
});
assert.throws(() => process.hrtime([1, 2, 3]), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "time" is out of range. It must be 2. Received 3',
});
// undefined means "no previous time".
assert.ok(isTime(process.hrtime(undefined)));
