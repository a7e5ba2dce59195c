'use strict';
// EventTargets warn once when a type gets more listeners than their limit,
// which events.setMaxListeners() sets and events.getMaxListeners() reads.
const common = require('../common');
const assert = require('node:assert');
const { setMaxListeners, getMaxListeners, defaultMaxListeners } = require('node:events');

const et = new EventTarget();
assert.strictEqual(getMaxListeners(et), defaultMaxListeners);
assert.strictEqual(getMaxListeners(et), 10);

const signal = new AbortController().signal;
setMaxListeners(2, signal);
assert.strictEqual(getMaxListeners(signal), 2);

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'MaxListenersExceededWarning');
  if (warning.target === et) {
    assert.strictEqual(warning.message,
                       'Possible EventTarget memory leak detected. 11 foo listeners added to ' +
                       'EventTarget. MaxListeners is 10. Use events.setMaxListeners() to ' +
                       'increase limit');
    assert.strictEqual(warning.type, 'foo');
    assert.strictEqual(warning.count, 11);
  } else {
    assert.strictEqual(warning.target, signal);
    assert.strictEqual(warning.message,
                       'Possible EventTarget memory leak detected. 3 abort listeners added to ' +
                       '[AbortSignal]. MaxListeners is 2. Use events.setMaxListeners() to ' +
                       'increase limit');
    assert.strictEqual(warning.count, 3);
  }
}, 2));

// Eleven distinct listeners, then more: only one warning.
for (let i = 0; i < 13; i++) et.addEventListener('foo', () => {});
// Duplicates do not count.
const same = () => {};
for (let i = 0; i < 20; i++) et.addEventListener('bar', same);

for (let i = 0; i < 4; i++) signal.addEventListener('abort', () => {});

// 0 means no limit.
const unlimited = new EventTarget();
setMaxListeners(0, unlimited);
for (let i = 0; i < 20; i++) unlimited.addEventListener('foo', () => {});
