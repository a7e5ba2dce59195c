'use strict';

// Public timers module: setTimeout/setInterval/setImmediate and their clear*
// functions over the engine in internal/timers.

const {
  Timeout,
  Immediate,
  insert,
  active,
  unrefActive,
  unenroll,
  getTimerDuration,
  clearTimeout,
  clearImmediate,
} = require('internal/timers');
const { validateFunction } = require('internal/validators');
const { SymbolDispose, deprecate } = require('internal/util');

const kCustomPromisify = Symbol.for('nodejs.util.promisify.custom');

let timersPromises;
function lazyTimersPromises() {
  if (timersPromises === undefined) timersPromises = require('timers/promises');
  return timersPromises;
}

// Extra arguments are passed to the callback; none gives `undefined` so the
// callback is called without an argument list.
function restArgs(args, from) {
  if (args.length <= from) return undefined;
  return Array.prototype.slice.call(args, from);
}

function setTimeout(callback, after, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  const timeout = new Timeout(callback, after, restArgs(arguments, 2), false, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

Object.defineProperty(setTimeout, kCustomPromisify, {
  __proto__: null,
  enumerable: true,
  get() {
    return lazyTimersPromises().setTimeout;
  },
});

function setInterval(callback, repeat, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  const timeout = new Timeout(callback, repeat, restArgs(arguments, 2), true, true);
  insert(timeout, timeout._idleTimeout);
  return timeout;
}

// Timeouts and intervals are the same objects, so either clear function works.
function clearInterval(timer) {
  clearTimeout(timer);
}

function setImmediate(callback, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  return new Immediate(callback, restArgs(arguments, 1));
}

Object.defineProperty(setImmediate, kCustomPromisify, {
  __proto__: null,
  enumerable: true,
  get() {
    return lazyTimersPromises().setImmediate;
  },
});

Timeout.prototype[SymbolDispose] = function() {
  clearTimeout(this);
};

Immediate.prototype[SymbolDispose] = function() {
  clearImmediate(this);
};

// Legacy API for objects that are not Timeouts: enroll(item, ms) gives item a
// duration, active(item) starts it (item._onTimeout runs when it expires).
function enroll(item, msecs) {
  msecs = getTimerDuration(msecs, 'msecs');
  if (item._idleTimeout) unenroll(item);
  item._idleNext = item;
  item._idlePrev = item;
  item._idleTimeout = msecs;
}

module.exports = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval,
  _unrefActive: deprecate(unrefActive,
                          'timers._unrefActive() is deprecated.' +
                          ' Please use timeout.refresh() instead.',
                          'DEP0127'),
  active: deprecate(active,
                    'timers.active() is deprecated. Please use timeout.refresh() instead.',
                    'DEP0126'),
  unenroll: deprecate(unenroll,
                      'timers.unenroll() is deprecated. Please use clearTimeout instead.',
                      'DEP0096'),
  enroll: deprecate(enroll,
                    'timers.enroll() is deprecated. Please use setTimeout instead.',
                    'DEP0095'),
};

Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    return lazyTimersPromises();
  },
});
