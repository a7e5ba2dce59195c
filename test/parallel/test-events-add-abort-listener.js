'use strict';
// events.addAbortListener(): a listener for an AbortSignal with a disposer.
const common = require('../common');
const assert = require('assert');
const { addAbortListener } = require('events');

{
  const ac = new AbortController();
  const disposable = addAbortListener(ac.signal, common.mustCall((event) => {
    assert.strictEqual(event.type, 'abort');
  }));
  assert.strictEqual(Object.getPrototypeOf(disposable), null);
  assert.strictEqual(typeof disposable[Symbol.dispose], 'function');
  ac.abort();
  ac.signal.dispatchEvent(new Event('abort')); // once: not called again
}

{
  // Disposing removes the listener.
  const ac = new AbortController();
  const disposable = addAbortListener(ac.signal, common.mustNotCall());
  disposable[Symbol.dispose]();
  ac.abort();
}

{
  // An already aborted signal calls the listener in a microtask, without arguments.
  const ac = new AbortController();
  ac.abort();
  let called = false;
  const disposable = addAbortListener(ac.signal, common.mustCall((...args) => {
    called = true;
    assert.deepStrictEqual(args, []);
  }));
  assert.strictEqual(called, false);
  disposable[Symbol.dispose](); // no-op
  queueMicrotask(common.mustCall(() => assert.strictEqual(called, true)));
}

assert.throws(() => addAbortListener(undefined, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signal" argument must be an instance of AbortSignal. Received undefined',
});
assert.throws(() => addAbortListener({}, () => {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signal" argument must be an instance of AbortSignal. Received an instance of Object',
});
assert.throws(() => addAbortListener(new AbortController().signal, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "listener" argument must be of type function. Received type string (\'x\')',
});
