'use strict';
// Callbacks of setInterval and setImmediate get their extra arguments; an
// interval callback's `this` is the Timeout.
const common = require('../common');
const assert = require('node:assert');

let runs = 0;
const interval = setInterval(common.mustCall(function(a, b) {
  assert.strictEqual(this, interval);
  assert.strictEqual(a, 'one');
  assert.strictEqual(b, 'two');
  if (++runs === 3) clearInterval(this);
}, 3), 1, 'one', 'two');

setImmediate(common.mustCall((...args) => {
  assert.deepStrictEqual(args, [1, 2, 3, 4, 5]);
}), 1, 2, 3, 4, 5);

setImmediate(common.mustCall(function() {
  assert.strictEqual(arguments.length, 0);
}));
