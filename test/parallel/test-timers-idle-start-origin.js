'use strict';
// A timer's _idleStart counts from start-up (as in Node), not from the machine's boot.
const common = require('../common');
const assert = require('assert');

const t = setTimeout(common.mustCall(() => {
  assert.ok(t._idleStart >= 0);
  // Both clocks start with the process, performance.now() a little earlier.
  assert.ok(t._idleStart <= performance.now() + 1, `${t._idleStart} > ${performance.now()}`);
}), 1);
