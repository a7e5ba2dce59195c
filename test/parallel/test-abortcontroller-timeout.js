'use strict';
// AbortSignal.timeout(ms) aborts with a TimeoutError DOMException.
const common = require('../common');
const assert = require('node:assert');

// The signals' timers are unrefed: this one keeps the process alive until
// both have aborted.
const keepAlive = setTimeout(common.mustNotCall(), 60000);
let pending = 2;
function done() {
  if (--pending === 0) clearTimeout(keepAlive);
}

const signal = AbortSignal.timeout(1);
assert.strictEqual(signal.aborted, false);
assert.strictEqual(signal.reason, undefined);
signal.addEventListener('abort', common.mustCall((event) => {
  assert.strictEqual(event.isTrusted, true);
  assert.strictEqual(signal.aborted, true);
  const { reason } = signal;
  assert.ok(reason instanceof DOMException);
  assert.strictEqual(reason.name, 'TimeoutError');
  assert.strictEqual(reason.code, 23);
  assert.strictEqual(reason.message, 'The operation was aborted due to timeout');
  assert.throws(() => signal.throwIfAborted(), (err) => err === reason);
  done();
}));

// A zero delay is allowed and still asynchronous.
const zero = AbortSignal.timeout(0);
assert.strictEqual(zero.aborted, false);
zero.onabort = common.mustCall(done);
