'use strict';

// process.nextTick and the drain loop C++ runs after every callback into JS:
// all ticks, then V8's microtasks, repeated until both are empty, then promise
// rejections that nobody handled.

const { runMicrotasks } = internalBinding('errors');
// Each tick runs in the AsyncLocalStorage context it was scheduled in.
const { getFrame, setFrame } = internalBinding('async_context');
const { clearThrown } = require('internal/async_context_frame');

// Shared with C++ (Environment::tick_info): [kHasTickScheduled, kHasRejectionToWarn].
const tickInfo = new Int32Array(2);
const kHasTickScheduled = 0;
const kHasRejectionToWarn = 1;

// A FIFO of ticks in a growable ring buffer: push and shift are O(1).
let ring = new Array(64);
let head = 0;
let tail = 0;

function queueLength() {
  return (tail - head) & (ring.length - 1);
}

function push(tick) {
  ring[tail] = tick;
  tail = (tail + 1) & (ring.length - 1);
  if (tail === head) {
    const bigger = new Array(ring.length * 2);
    const n = ring.length;
    for (let i = 0; i < n; i++) bigger[i] = ring[(head + i) & (n - 1)];
    ring = bigger;
    head = 0;
    tail = n;
  }
}

function shift() {
  if (head === tail) return undefined;
  const tick = ring[head];
  ring[head] = undefined;
  head = (head + 1) & (ring.length - 1);
  return tick;
}

let processPromiseRejections = () => false;

function setPromiseRejectionProcessor(fn) {
  processPromiseRejections = fn;
}

function setHasRejectionToWarn(value) {
  tickInfo[kHasRejectionToWarn] = value ? 1 : 0;
}

function hasRejectionToWarn() {
  return tickInfo[kHasRejectionToWarn] === 1;
}

let validateFunction;

function nextTick(callback, ...args) {
  if (typeof callback !== 'function') {
    if (validateFunction === undefined) {
      validateFunction = require('internal/validators').validateFunction;
    }
    validateFunction(callback, 'callback');
  }
  if (process._exiting) return;
  push({ callback, args: args.length === 0 ? undefined : args, frame: getFrame() });
  tickInfo[kHasTickScheduled] = 1;
}

function processTicksAndRejections() {
  let tick;
  const prevFrame = getFrame();
  do {
    while ((tick = shift()) !== undefined) {
      const { callback, args } = tick;
      setFrame(tick.frame);
      clearThrown();
      if (args === undefined) {
        callback();
      } else {
        switch (args.length) {
          case 1: callback(args[0]); break;
          case 2: callback(args[0], args[1]); break;
          case 3: callback(args[0], args[1], args[2]); break;
          default: callback(...args);
        }
      }
      setFrame(prevFrame);
    }
    runMicrotasks();
  } while (queueLength() !== 0 || processPromiseRejections());
  tickInfo[kHasTickScheduled] = 0;
  setHasRejectionToWarn(false);
}

// Between timer and immediate callbacks: ticks and microtasks, like after any callback.
function runNextTicks() {
  if (tickInfo[kHasTickScheduled] === 0 && tickInfo[kHasRejectionToWarn] === 0) {
    runMicrotasks();
  }
  if (tickInfo[kHasTickScheduled] === 0 && tickInfo[kHasRejectionToWarn] === 0) return;
  processTicksAndRejections();
}

function hasTickScheduled() {
  return tickInfo[kHasTickScheduled] === 1;
}

function queueMicrotask(callback) {
  if (typeof callback !== 'function') {
    if (validateFunction === undefined) {
      validateFunction = require('internal/validators').validateFunction;
    }
    validateFunction(callback, 'callback');
  }
  // A resolved promise's reaction is exactly a microtask; errors go to the
  // uncaught-exception path like Node's.
  Promise.resolve().then(() => {
    try {
      callback();
    } catch (err) {
      internalBinding('errors').triggerUncaughtException(err, false);
    }
  });
}

module.exports = {
  tickInfo,
  nextTick,
  queueMicrotask,
  runNextTicks,
  processTicksAndRejections,
  setPromiseRejectionProcessor,
  setHasRejectionToWarn,
  hasRejectionToWarn,
  hasTickScheduled,
  runMicrotasks,
};
