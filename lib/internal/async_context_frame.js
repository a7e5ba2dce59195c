'use strict';
// The current async context frame: an immutable Map (AsyncLocalStorage -> store) kept in
// V8's continuation-preserved embedder data, which V8 itself carries into promise
// reactions. Timers, immediates and ticks capture it when scheduled and restore it
// around their callback with run().

const { getFrame, setFrame } = internalBinding('async_context');

function run(frame, fn, thisArg, args) {
  const prev = getFrame();
  setFrame(frame);
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    setFrame(prev);
  }
}

module.exports = { getFrame, setFrame, run };
