'use strict';
// AbortSignal.timeout(ms) aborts with a TimeoutError DOMException.
const common = require('../common');
const assert = require('node:assert');

// The signal's timer is unrefed: this one keeps the process alive meanwhile.
const keepAlive = setTimeout(common.mustNotCall(), 60000);

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
  clearTimeout(keepAlive);
}));

// A zero delay is allowed and still asynchronous.
const zero = AbortSignal.timeout(0);
assert.strictEqual(zero.aborted, false);
zero.onabort = common.mustCall();
