'use strict';
// process.uptime(): seconds since start as a fractional number that follows
// the same monotonic clock as process.hrtime().
require('../common');
const assert = require('node:assert');

const first = process.uptime();
assert.strictEqual(typeof first, 'number');
assert.ok(Number.isFinite(first) && first > 0, `${first}`);
assert.strictEqual(process.uptime.length, 0);

// Busy-wait 20 ms of hrtime between two readings: the uptime difference must
// cover those 20 ms and fit inside the hrtime interval around both readings.
const outerStart = process.hrtime.bigint();
const u1 = process.uptime();
const innerStart = process.hrtime.bigint();
while (process.hrtime.bigint() - innerStart < 20000000n);
const u2 = process.uptime();
const outerEnd = process.hrtime.bigint();

const epsilon = 1e-6;
assert.ok(u2 - u1 >= 0.02 - epsilon, `uptime advanced ${u2 - u1} s over a 20 ms wait`);
assert.ok(u2 - u1 <= Number(outerEnd - outerStart) / 1e9 + epsilon,
          `uptime advanced ${u2 - u1} s within ${Number(outerEnd - outerStart) / 1e9} s`);

