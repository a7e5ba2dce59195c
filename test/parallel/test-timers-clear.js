'use strict';
// Timers can be cleared by object, by their numeric id (string too), with
// close(), and an interval can clear itself; cleared timers never run.
const common = require('../common');
const assert = require('node:assert');

clearTimeout(setTimeout(common.mustNotCall(), 1));
clearInterval(setInterval(common.mustNotCall(), 1));
clearInterval(setTimeout(common.mustNotCall(), 1));
clearTimeout(setInterval(common.mustNotCall(), 1));

const byNumber = setTimeout(common.mustNotCall(), 1);
const id = +byNumber;
assert.strictEqual(typeof id, 'number');
assert.strictEqual(byNumber[Symbol.toPrimitive](), id);
clearTimeout(id);

const byString = setTimeout(common.mustNotCall(), 1);
clearTimeout(`${byString}`);

const closed = setTimeout(common.mustNotCall(), 1);
assert.strictEqual(closed.close(), closed);

clearImmediate(setImmediate(common.mustNotCall()));

// Clearing a timer of the same duration from an earlier callback.
let later;
setTimeout(common.mustCall(() => clearTimeout(later)), 5);
later = setTimeout(common.mustNotCall(), 5);

// An immediate cleared by the immediate that runs before it.
let second;
setImmediate(common.mustCall(() => clearImmediate(second)));
second = setImmediate(common.mustNotCall());

// An interval stopped from its own callback runs exactly 3 times.
let count = 0;
const interval = setInterval(common.mustCall(() => {
  if (++count === 3) clearInterval(interval);
}, 3), 1);

// Clearing an already-fired timer is harmless.
const fired = setTimeout(common.mustCall(() => {
  clearTimeout(fired);
  clearTimeout(+fired);
}), 1);
