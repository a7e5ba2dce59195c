'use strict';
// refresh() restarts a timer (returning it); a timer refreshed from its own
// callback runs again; refresh() of a cleared timer does nothing.
const common = require('../common');
const assert = require('node:assert');

let runs = 0;
const t = setTimeout(common.mustCall(function() {
  runs++;
  if (runs === 1) assert.strictEqual(this.refresh(), this);
}, 2), 1);

const cleared = setTimeout(common.mustNotCall(), 1);
clearTimeout(cleared);
assert.strictEqual(cleared.refresh(), cleared);

// An unrefed timer stays unrefed across refresh().
const unrefed = setTimeout(common.mustNotCall(), 100000).unref();
unrefed.refresh();
assert.strictEqual(unrefed.hasRef(), false);

setTimeout(common.mustCall(() => {
  assert.strictEqual(runs, 2);
  assert.strictEqual(t.hasRef(), true);
}), 20);
