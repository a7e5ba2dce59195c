'use strict';
// Delays outside [1, 2^31 - 1] become 1; overflowing ones warn with
// TimeoutOverflowWarning. Numeric strings are converted.
const common = require('../common');
const assert = require('node:assert');

const TIMEOUT_MAX = 2 ** 31 - 1;

for (const delay of [0, -10, NaN, undefined, null, 'abc', {}, 0.5]) {
  const t = setTimeout(common.mustCall(), delay);
  assert.strictEqual(t._idleTimeout, 1);
}

assert.strictEqual(setTimeout(common.mustCall(), '3')._idleTimeout, 3);
assert.strictEqual(setTimeout(common.mustCall(), 2.5)._idleTimeout, 2.5);
const longest = setInterval(common.mustNotCall(), TIMEOUT_MAX);
assert.strictEqual(longest._idleTimeout, TIMEOUT_MAX);
assert.strictEqual(longest._repeat, TIMEOUT_MAX);
clearInterval(longest);

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'TimeoutOverflowWarning');
  assert.strictEqual(warning.message,
                     `${TIMEOUT_MAX + 1} does not fit into a 32-bit signed integer.\n` +
                     'Timeout duration was set to 1.');
}));

const overflow = setTimeout(common.mustCall(), TIMEOUT_MAX + 1);
assert.strictEqual(overflow._idleTimeout, 1);
