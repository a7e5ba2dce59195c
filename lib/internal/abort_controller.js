'use strict';
// AbortController and AbortSignal: abort(reason), timeout(ms), any(signals),
// throwIfAborted() and the 'abort' event, as Node 20 implements them.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const { validateAbortSignalArray, validateUint32 } = require('internal/validators');
const { customInspectSymbol, kEmptyObject, kEnumerableProperty } = require('internal/util');
const {
  defineEventHandler,
  Event,
  EventTarget,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kTrustEvent,
  kWeakHandler,
} = require('internal/event_target');
const { DOMException } = require('internal/per_context/domexception');

const SafeWeakRef = WeakRef;

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kComposite = Symbol('kComposite');
const kSourceSignals = Symbol('kSourceSignals');
const kDependantSignals = Symbol('kDependantSignals');
const kTimeout = Symbol('kTimeout');
const kDontThrowSymbol = Symbol('kDontThrowSymbol');

let inspectFn;
function inspect(value, options) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

let timers;
function lazyTimers() {
  timers ??= require('timers');
  return timers;
}

// Timeout signals and composite signals with sources keep themselves alive
// while someone listens for 'abort' on them (otherwise they are held weakly,
// so that an unobserved timeout signal can be collected with its timer).
const gcPersistentSignals = new Set();
const clearTimeoutRegistry = new FinalizationRegistry((timer) => lazyTimers().clearTimeout(timer));
// A collected composite signal leaves its sources' dependant sets.
const dependantCleanupRegistry = new FinalizationRegistry(({ sources, ref }) => {
  for (const source of sources) source.deref()?.[kDependantSignals]?.delete(ref);
});

function customInspect(self, obj, depth, options) {
  if (depth < 0) return self;
  const opts = {
    ...options,
    depth: options.depth === null ? null : options.depth - 1,
  };
  return `${self.constructor.name} ${inspect(obj, opts)}`;
}

function checkSignal(value) {
  if (value?.[kAborted] === undefined) throw new ERR_INVALID_THIS('AbortSignal');
}

const kAbortedMessage = 'This operation was aborted';

class AbortSignal extends EventTarget {
  constructor(dontThrowKey = undefined, options = kEmptyObject) {
    if (dontThrowKey !== kDontThrowSymbol) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    const { aborted = false, reason = undefined, composite = false } = options;
    this[kAborted] = aborted;
    this[kReason] = reason;
    this[kComposite] = composite;
  }

  get aborted() {
    checkSignal(this);
    return !!this[kAborted];
  }

  get reason() {
    checkSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    checkSignal(this);
    if (this[kAborted]) {
      // On a line of its own: an uncaught reason is reported with this line, as in Node.
      throw this[kReason];
    }
  }

  static abort(reason = new DOMException(kAbortedMessage, 'AbortError')) {
    return new AbortSignal(kDontThrowSymbol, { aborted: true, reason });
  }

  // A signal that aborts with a TimeoutError after `delay` ms. Its timer is
  // unrefed: it does not keep the process alive.
  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kDontThrowSymbol);
    signal[kTimeout] = true;
    clearTimeoutRegistry.register(signal, setWeakAbortSignalTimeout(new SafeWeakRef(signal), delay));
    return signal;
  }

  // A signal that aborts when the first of `signals` does, with its reason.
  static any(signals) {
    validateAbortSignalArray(signals, 'signals');
    const result = new AbortSignal(kDontThrowSymbol, { composite: true });
    if (signals.length === 0) return result;
    const resultRef = new SafeWeakRef(result);
    const sources = new Set();
    result[kSourceSignals] = sources;
    for (const signal of signals) {
      if (signal.aborted) {
        abortSignal(result, signal.reason);
        return result;
      }
      signal[kDependantSignals] ??= new Set();
      if (!signal[kComposite]) {
        sources.add(new SafeWeakRef(signal));
        signal[kDependantSignals].add(resultRef);
      } else if (signal[kSourceSignals] !== undefined) {
        // A composite signal is followed through to its own (plain) sources.
        for (const sourceRef of signal[kSourceSignals]) {
          const source = sourceRef.deref();
          if (source === undefined || sources.has(sourceRef)) continue;
          sources.add(sourceRef);
          source[kDependantSignals].add(resultRef);
        }
      }
    }
    dependantCleanupRegistry.register(result, { sources, ref: resultRef });
    return result;
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { aborted: this.aborted }, depth, options);
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    super[kNewListener](size, type, listener, once, capture, passive, weak);
    if (type === 'abort' && size === 1 && !this.aborted && !weak && isSelfAborting(this)) {
      gcPersistentSignals.add(this);
    }
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    if (type === 'abort' && size === 0 && isSelfAborting(this)) {
      gcPersistentSignals.delete(this);
    }
  }
}

function isSelfAborting(signal) {
  return signal[kTimeout] === true || (signal[kComposite] && signal[kSourceSignals]?.size > 0);
}

Object.defineProperties(AbortSignal.prototype, {
  aborted: kEnumerableProperty,
  [Symbol.toStringTag]: {
    __proto__: null, value: 'AbortSignal', writable: false, enumerable: false, configurable: true,
  },
});
defineEventHandler(AbortSignal.prototype, 'abort');

function setWeakAbortSignalTimeout(signalRef, delay) {
  const timer = lazyTimers().setTimeout(() => {
    const signal = signalRef.deref();
    if (signal === undefined) return;
    gcPersistentSignals.delete(signal);
    abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
  }, delay);
  timer.unref();
  return timer;
}

// Marks the signal aborted, fires its trusted 'abort' event, then aborts the
// signals that depend on it (AbortSignal.any) with the same reason.
function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  signal.dispatchEvent(new Event('abort', { [kTrustEvent]: true }));
  const dependants = signal[kDependantSignals];
  if (dependants === undefined) return;
  for (const ref of dependants) {
    const dependant = ref.deref();
    if (dependant !== undefined) abortSignal(dependant, reason);
  }
}

class AbortController {
  #signal;

  get signal() {
    this.#signal ??= new AbortSignal(kDontThrowSymbol);
    return this.#signal;
  }

  // The default reason is made here, so its stack starts at abort() as in Node.
  abort(reason = new DOMException(kAbortedMessage, 'AbortError')) {
    abortSignal(this.#signal ??= new AbortSignal(kDontThrowSymbol), reason);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { signal: this.signal }, depth, options);
  }
}

Object.defineProperties(AbortController.prototype, {
  signal: kEnumerableProperty,
  abort: kEnumerableProperty,
  [Symbol.toStringTag]: {
    __proto__: null, value: 'AbortController', writable: false, enumerable: false, configurable: true,
  },
});

// Internal: a fresh signal (for modules that abort on their own terms).
function newAbortSignal(options) {
  return new AbortSignal(kDontThrowSymbol, options);
}

module.exports = {
  AbortController,
  AbortSignal,
  abortSignal,
  newAbortSignal,
  kAborted,
  kResistStopPropagation,
  kWeakHandler,
};
