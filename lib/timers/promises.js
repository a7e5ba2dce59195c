'use strict';

// Promise-based timers: setTimeout/setImmediate return promises,
// setInterval is an async iterator. All accept { signal, ref }.

const {
  Timeout,
  Immediate,
  insert,
  clearTimeout,
  clearImmediate,
} = require('internal/timers');
const {
  AbortError,
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateObject,
  validateNumber,
} = require('internal/validators');
const { kEmptyObject } = require('internal/util');

const kScheduler = Symbol('kScheduler');

function abortErrorFor(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

// Validates { signal, ref } and returns them; throws on bad input.
function readOptions(options) {
  validateObject(options, 'options');
  const { signal, ref = true } = options;
  validateAbortSignal(signal, 'options.signal');
  validateBoolean(ref, 'options.ref');
  return { signal, ref };
}

// Settles a promise from a timer, and rejects it early if the signal aborts.
function timerPromise(signal, start, cancel) {
  if (signal?.aborted) return Promise.reject(abortErrorFor(signal));
  return new Promise((resolve, reject) => {
    let onAbort;
    const handle = start((value) => {
      if (signal) signal.removeEventListener('abort', onAbort);
      resolve(value);
    });
    if (signal) {
      onAbort = () => {
        cancel(handle);
        reject(abortErrorFor(signal));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
}

function setTimeout(after, value, options = kEmptyObject) {
  let signal;
  let ref;
  try {
    if (after !== undefined) validateNumber(after, 'delay');
    ({ signal, ref } = readOptions(options));
  } catch (err) {
    return Promise.reject(err);
  }
  return timerPromise(signal, (done) => {
    const timeout = new Timeout(done, after, [value], false, ref);
    insert(timeout, timeout._idleTimeout);
    return timeout;
  }, clearTimeout);
}

function setImmediate(value, options = kEmptyObject) {
  let signal;
  let ref;
  try {
    ({ signal, ref } = readOptions(options));
  } catch (err) {
    return Promise.reject(err);
  }
  return timerPromise(signal, (done) => {
    const immediate = new Immediate(done, [value]);
    if (!ref) immediate.unref();
    return immediate;
  }, clearImmediate);
}

// Yields `value` once per interval tick. Ticks that happen while the consumer
// is busy are not lost: each one yields once.
async function* setInterval(after, value, options = kEmptyObject) {
  const { signal, ref } = readOptions(options);
  if (signal?.aborted) throw abortErrorFor(signal);

  let pendingTicks = 0;
  let wake = null;
  let onAbort;
  const interval = new Timeout(() => {
    pendingTicks++;
    if (wake !== null) {
      const w = wake;
      wake = null;
      w();
    }
  }, after, undefined, true, ref);
  insert(interval, interval._idleTimeout);

  try {
    if (signal) {
      onAbort = () => {
        clearTimeout(interval);
        if (wake !== null) {
          const w = wake;
          wake = null;
          w();
        }
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
    while (!signal?.aborted) {
      if (pendingTicks === 0) {
        await new Promise((resolve) => { wake = resolve; });
        continue;
      }
      for (; pendingTicks > 0 && !signal?.aborted; pendingTicks--) {
        yield value;
      }
    }
    throw abortErrorFor(signal);
  } finally {
    clearTimeout(interval);
    if (signal) signal.removeEventListener('abort', onAbort);
  }
}

// scheduler.wait(delay, options) and scheduler.yield() from the
// Scheduling APIs proposal.
class Scheduler {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  yield() {
    if (!this[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setImmediate();
  }

  wait(delay, options) {
    if (!this[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setTimeout(delay, undefined, options);
  }
}

const scheduler = Object.create(Scheduler.prototype);
scheduler[kScheduler] = true;

module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler,
};
