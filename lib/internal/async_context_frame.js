'use strict';
// The current async context frame: an immutable Map (AsyncLocalStorage -> store) kept in
// V8's continuation-preserved embedder data, which V8 itself carries into promise
// reactions. Timers, immediates and ticks capture it when scheduled and restore it
// around their callback with run().

const { getFrame, setFrame } = internalBinding('async_context');

// The frame of the innermost run() an exception escaped from, for the
// uncaught-exception path: by the time the error reaches it, every run() on the way
// out has restored its caller's frame (domain needs the one the error came from).
let thrownFrame;
let haveThrownFrame = false;

// Called before a callback runs in `frame` (forgets an exception caught earlier)...
function clearThrown() {
  thrownFrame = undefined;
  haveThrownFrame = false;
}

// ...and on the way out when the callback threw, before the caller's frame is back:
// the frame current at the throw is kept (an enterWith() inside the callback counts).
function noteThrown() {
  if (haveThrownFrame) return;
  thrownFrame = getFrame();
  haveThrownFrame = true;
}

function run(frame, fn, thisArg, args) {
  const prev = getFrame();
  setFrame(frame);
  clearThrown();
  let threw = true;
  try {
    const result = Reflect.apply(fn, thisArg, args);
    threw = false;
    return result;
  } finally {
    if (threw) noteThrown();
    setFrame(prev);
  }
}

// The frame an uncaught exception was thrown in (the current one when it escaped
// no run()); forgets it.
function takeThrownFrame() {
  const frame = haveThrownFrame ? thrownFrame : getFrame();
  clearThrown();
  return frame;
}

module.exports = { getFrame, setFrame, run, clearThrown, noteThrown, takeThrownFrame };
