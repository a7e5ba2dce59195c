'use strict';
// Awaiting and iterating events: events.once(), events.on() and
// events.addAbortListener(). They accept EventEmitters and EventTargets alike.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateFunction,
  validateInteger,
} = require('internal/validators');
const { kEmptyObject } = require('internal/util');
const { kFirstEventParam, kWatermarkData } = require('internal/events/symbols');

const AsyncIteratorPrototype =
  Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

let kResistStopPropagation; // from internal/event_target, when it exists

// Bootstrap may install Symbol.dispose after this module loads.
function disposeSymbol() {
  return Symbol.dispose ?? Symbol.for('nodejs.dispose');
}

// Options for a once-listener on an EventTarget that stopImmediatePropagation()
// must not skip.
function onceListenerOptions() {
  if (kResistStopPropagation === undefined) {
    const { BuiltinModule } = require('internal/bootstrap/realm');
    kResistStopPropagation = BuiltinModule.exists('internal/event_target') &&
      require('internal/event_target').kResistStopPropagation;
  }
  const options = { __proto__: null, once: true };
  if (kResistStopPropagation) options[kResistStopPropagation] = true;
  return options;
}

function addAnyListener(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function removeAnyListener(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function addAbortListener(signal, listener) {
  if (signal === undefined) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');

  let removeEventListener;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, onceListenerOptions());
    removeEventListener = () => {
      signal.removeEventListener('abort', listener);
    };
  }
  return {
    __proto__: null,
    [disposeSymbol()]() {
      removeEventListener?.();
    },
  };
}

// Resolves with the arguments of the next `name` event; rejects on 'error'
// (EventEmitters only) or when the signal aborts.
async function once(emitter, name, options = kEmptyObject) {
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });

  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal != null) removeAnyListener(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') {
        emitter.removeListener('error', errorListener);
      }
      if (signal != null) removeAnyListener(signal, 'abort', abortListener);
      resolve(args);
    };
    function abortListener() {
      removeAnyListener(emitter, name, resolver);
      removeAnyListener(emitter, 'error', errorListener);
      reject(new AbortError(undefined, { cause: signal?.reason }));
    }

    addAnyListener(emitter, name, resolver, onceListenerOptions());
    // EventTargets have no 'error' semantics: listen for it on emitters only.
    if (name !== 'error' && typeof emitter.once === 'function') {
      emitter.once('error', errorListener);
    }
    if (signal != null) addAnyListener(signal, 'abort', abortListener, onceListenerOptions());
  });
}

// A FIFO that does not copy on every shift.
class Queue {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  isEmpty() {
    return this.head === this.items.length;
  }

  push(item) {
    this.items.push(item);
  }

  shift() {
    const item = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) {
      this.items.length = 0;
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
}

function iterResult(value, done) {
  return { value, done };
}

// An async iterator over `event` emissions. Each value is the array of the
// event's arguments (or the first one with kFirstEventParam). 'error' rejects
// the pending next() and ends iteration; so does aborting `options.signal`;
// events named in `options.close` end it quietly. With highWaterMark the
// emitter is paused while that many events wait, and resumed below lowWaterMark.
function on(emitter, event, options = kEmptyObject) {
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
  const highWatermark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWatermark, 'options.highWaterMark', 1);
  const lowWatermark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWatermark, 'options.lowWaterMark', 1);

  const unconsumedEvents = new Queue();
  const unconsumedPromises = new Queue();
  let paused = false;
  let error = null;
  let finished = false;
  let size = 0;

  const iterator = Object.setPrototypeOf({
    next() {
      if (size) {
        const value = unconsumedEvents.shift();
        size--;
        if (paused && size < lowWatermark) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve(iterResult(value, false));
      }
      // An error is reported once, after the events that came before it.
      if (error) {
        const rejected = Promise.reject(error);
        error = null;
        return rejected;
      }
      if (finished) return closeHandler();
      return new Promise((resolve, reject) => {
        unconsumedPromises.push({ resolve, reject });
      });
    },

    return() {
      return closeHandler();
    },

    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    },

    [Symbol.asyncIterator]() {
      return this;
    },

    [kWatermarkData]: {
      get size() {
        return size;
      },
      get low() {
        return lowWatermark;
      },
      get high() {
        return highWatermark;
      },
      get isPaused() {
        return paused;
      },
    },
  }, AsyncIteratorPrototype);

  const added = [];
  function listen(target, name, handler) {
    addAnyListener(target, name, handler);
    added.push([target, name, handler]);
  }

  listen(emitter, event, options[kFirstEventParam] ? eventHandler : (...args) => eventHandler(args));
  if (event !== 'error' && typeof emitter.on === 'function') {
    listen(emitter, 'error', errorHandler);
  }
  const closeEvents = options?.close;
  if (closeEvents?.length) {
    for (let i = 0; i < closeEvents.length; i++) listen(emitter, closeEvents[i], closeHandler);
  }
  const abortDisposable = signal ? addAbortListener(signal, abortListener) : null;

  return iterator;

  function abortListener() {
    errorHandler(new AbortError(undefined, { cause: signal?.reason }));
  }

  function eventHandler(value) {
    if (unconsumedPromises.isEmpty()) {
      size++;
      if (!paused && size > highWatermark) {
        paused = true;
        emitter.pause();
      }
      unconsumedEvents.push(value);
    } else {
      unconsumedPromises.shift().resolve(iterResult(value, false));
    }
  }

  function errorHandler(err) {
    if (unconsumedPromises.isEmpty()) error = err;
    else unconsumedPromises.shift().reject(err);
    closeHandler();
  }

  function closeHandler() {
    abortDisposable?.[disposeSymbol()]();
    while (added.length > 0) removeAnyListener(...added.pop());
    finished = true;
    const done = iterResult(undefined, true);
    while (!unconsumedPromises.isEmpty()) unconsumedPromises.shift().resolve(done);
    return Promise.resolve(done);
  }
}

module.exports = { addAbortListener, on, once };
