'use strict';
// AbortController.abort(reason): the signal's aborted/reason, one trusted
// 'abort' event in listener order (onabort keeps the place where it was first
// set), and later aborts ignored.
const common = require('../common');
const assert = require('node:assert');

{
  const ac = new AbortController();
  const { signal } = ac;
  assert.strictEqual(ac.signal, signal);
  assert.strictEqual(signal.aborted, false);
  assert.strictEqual(signal.reason, undefined);
  assert.strictEqual(signal.onabort, null);
  signal.throwIfAborted();

  const order = [];
  signal.addEventListener('abort', common.mustCall(function(event) {
    assert.strictEqual(this, signal);
    assert.strictEqual(event.type, 'abort');
    assert.strictEqual(event.isTrusted, true);
    assert.strictEqual(event.target, signal);
    assert.strictEqual(event.cancelable, false);
    assert.strictEqual(event.bubbles, false);
    assert.strictEqual(signal.aborted, true);
    assert.strictEqual(signal.reason, 'why');
    order.push('listener 1');
  }));
  signal.onabort = common.mustNotCall(); // Replaced below, keeping this place.
  signal.addEventListener('abort', () => order.push('listener 2'));
  const onabort = common.mustCall(function(event) {
    assert.strictEqual(this, signal);
    assert.strictEqual(event.isTrusted, true);
    order.push('onabort');
  });
  signal.onabort = onabort;
  assert.strictEqual(signal.onabort, onabort);

  ac.abort('why');
  ac.abort('again');
  assert.deepStrictEqual(order, ['listener 1', 'onabort', 'listener 2']);
  assert.strictEqual(signal.aborted, true);
  assert.strictEqual(signal.reason, 'why');
  assert.throws(() => signal.throwIfAborted(), (err) => err === 'why');

  // Listeners added after the abort never run.
  signal.addEventListener('abort', common.mustNotCall());
}

{
  // The default reason is an AbortError DOMException.
  const ac = new AbortController();
  ac.abort();
  const { reason } = ac.signal;
  assert.ok(reason instanceof DOMException);
  assert.ok(reason instanceof Error);
  assert.strictEqual(reason.name, 'AbortError');
  assert.strictEqual(reason.code, 20);
  assert.strictEqual(reason.message, 'This operation was aborted');
  assert.throws(() => ac.signal.throwIfAborted(), (err) => err === reason);

  // undefined gives the default; null and other values are kept.
  const withUndefined = new AbortController();
  withUndefined.abort(undefined);
  assert.strictEqual(withUndefined.signal.reason.name, 'AbortError');
  const withNull = new AbortController();
  withNull.abort(null);
  assert.strictEqual(withNull.signal.reason, null);
  assert.strictEqual(withNull.signal.aborted, true);
}

{
  // Aborting before anyone asked for the signal.
  const ac = new AbortController();
  ac.abort(1);
  assert.strictEqual(ac.signal.aborted, true);
  assert.strictEqual(ac.signal.reason, 1);
}

{
  // AbortSignal.abort(reason) returns an already aborted signal.
  const signal = AbortSignal.abort('r');
  assert.strictEqual(signal.aborted, true);
  assert.strictEqual(signal.reason, 'r');
  const plain = AbortSignal.abort();
  assert.strictEqual(plain.reason.name, 'AbortError');
  assert.strictEqual(plain.reason.message, 'This operation was aborted');
  assert.notStrictEqual(AbortSignal.abort().reason, plain.reason);
}

{
  // onabort accepts anything; only functions are called.
  const ac = new AbortController();
  ac.signal.onabort = 5;
  assert.strictEqual(ac.signal.onabort, 5);
  ac.signal.onabort = null;
  assert.strictEqual(ac.signal.onabort, null);
  ac.abort();
  const { get, set } = Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'onabort');
  assert.strictEqual(get.name, 'get onabort');
  assert.strictEqual(set.name, 'set onabort');
  assert.throws(() => get.call({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "this" argument must be an instance of EventTarget. Received an instance of Object',
  });
}

{
  // An error in an abort listener is reported, the others still run.
  const ac = new AbortController();
  process.on('uncaughtException', common.mustCall((err) => {
    assert.strictEqual(err.message, 'listener failed');
  }));
  ac.signal.addEventListener('abort', () => { throw new Error('listener failed'); });
  ac.signal.addEventListener('abort', common.mustCall());
  ac.abort();
}
