'use strict';
// ref()/unref()/hasRef() of Timeout and Immediate: they chain, and only refed
// timers and immediates keep the process alive.
const common = require('../common');
const assert = require('node:assert');

const t = setTimeout(common.mustNotCall(), 100000);
assert.strictEqual(t.hasRef(), true);
assert.strictEqual(t.unref(), t);
assert.strictEqual(t.hasRef(), false);
assert.strictEqual(t.unref(), t);
assert.strictEqual(t.ref(), t);
assert.strictEqual(t.hasRef(), true);
t.unref();

setInterval(common.mustNotCall(), 100000).unref();

const i = setImmediate(common.mustCall());
assert.strictEqual(i.hasRef(), true);
assert.strictEqual(i.unref(), i);
assert.strictEqual(i.hasRef(), false);
assert.strictEqual(i.ref(), i);
assert.strictEqual(i.hasRef(), true);

// An unrefed immediate still runs while something else keeps the loop alive.
setImmediate(common.mustCall()).unref();

// A refed timer that is unrefed and then refed again keeps the process alive
// until it has run.
const kept = setTimeout(common.mustCall(() => {
  assert.strictEqual(kept.hasRef(), true);
}), 5);
kept.unref();
kept.ref();
