'use strict';
// PerformanceObserver, PerformanceObserverEntryList and the global entry buffers that
// performance.getEntries*() read. Observers are notified from a setImmediate, as in Node.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const { kSkipThrow } = require('internal/perf/entry');

// What Node 20 lists; 'gc', 'http', 'http2', 'dns' and 'net' entries are
// never produced by rt, but observing them is allowed.
const supportedEntryTypes = Object.freeze([
  'dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net', 'resource',
]);

// Entry types kept in the global buffer (performance.getEntries()).
const buffers = { mark: [], measure: [], resource: [] };

// entryType -> Set of observers.
const observers = new Map();

function byStartTime(a, b) {
  return a.startTime - b.startTime;
}

function filterEntries(list, name, type) {
  return list.filter((entry) => (name === undefined || entry.name === name) &&
                                (type === undefined || entry.entryType === type));
}

// Resource entries (performance.markResourceTiming) go to their own bounded buffer. While
// it is full, new ones wait in a secondary buffer until an immediate has fired
// 'resourcetimingbufferfull' on `performance` and moved what now fits.
let resourceBufferLimit = 250;
let resourceBufferFullPending = false;
let resourceSecondaryBuffer = [];
let dispatchBufferFull;

function bufferResourceTiming(entry) {
  if (buffers.resource.length < resourceBufferLimit && !resourceBufferFullPending) {
    buffers.resource.push(entry);
    return;
  }
  if (!resourceBufferFullPending) {
    resourceBufferFullPending = true;
    setImmediate(drainResourceSecondaryBuffer);
  }
  resourceSecondaryBuffer.push(entry);
}

function drainResourceSecondaryBuffer() {
  while (resourceSecondaryBuffer.length > 0) {
    const excessBefore = resourceSecondaryBuffer.length;
    dispatchBufferFull('resourcetimingbufferfull');
    const room = Math.max(Math.min(resourceBufferLimit - buffers.resource.length,
                                   resourceSecondaryBuffer.length), 0);
    for (let i = 0; i < room; i++) buffers.resource.push(resourceSecondaryBuffer[i]);
    // Node keeps the moved entries in the secondary buffer and drops it only once a
    // round makes no room: a listener that clears the buffer is called again.
    if (excessBefore <= resourceSecondaryBuffer.length - room) resourceSecondaryBuffer = [];
  }
  resourceBufferFullPending = false;
}

// The limit is kept as given: a size that is not a number lets nothing into the buffer.
function setResourceTimingBufferSize(maxSize) {
  resourceBufferLimit = maxSize;
}

function setDispatchBufferFull(fn) {
  dispatchBufferFull = fn;
}

function bufferedEntries(name, type) {
  let all;
  if (type !== undefined) {
    all = buffers[type] === undefined ? [] : buffers[type].slice();
  } else {
    all = [...buffers.mark, ...buffers.measure, ...buffers.resource];
  }
  return filterEntries(all, name, undefined).sort(byStartTime);
}

function clearBuffer(type, name) {
  if (name === undefined) {
    buffers[type] = [];
  } else {
    buffers[type] = buffers[type].filter((entry) => entry.name !== name);
  }
}

const kEntries = Symbol('kEntries');

class PerformanceObserverEntryList {
  constructor(skip, entries) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kEntries] = entries.slice().sort(byStartTime);
  }

  getEntries() {
    return this[kEntries].slice();
  }

  getEntriesByType(type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    return filterEntries(this[kEntries], undefined, `${type}`);
  }

  getEntriesByName(name, type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    return filterEntries(this[kEntries], `${name}`, type === undefined ? undefined : `${type}`);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceObserverEntryList ${inspect(this[kEntries], opts)}`;
  }
}

Object.defineProperty(PerformanceObserverEntryList.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'PerformanceObserverEntryList', configurable: true,
});

const kCallback = Symbol('kCallback');
const kBuffer = Symbol('kBuffer');
const kTypes = Symbol('kTypes');
const kMode = Symbol('kMode');
const kImmediate = Symbol('kImmediate');

function schedule(observer) {
  if (observer[kImmediate] !== undefined) return;
  observer[kImmediate] = setImmediate(() => {
    observer[kImmediate] = undefined;
    const list = new PerformanceObserverEntryList(kSkipThrow, observer.takeRecords());
    observer[kCallback].call(observer, list, observer);
  });
}

class PerformanceObserver {
  constructor(callback) {
    validateFunction(callback, 'callback');
    this[kCallback] = callback;
    this[kBuffer] = [];
    this[kTypes] = new Set();
    this[kMode] = undefined;
    this[kImmediate] = undefined;
  }

  static get supportedEntryTypes() {
    return supportedEntryTypes;
  }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) {
      throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    }
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
                                      'options.entryTypes can not set with options.type together');
    }
    if (entryTypes !== undefined) {
      if (!Array.isArray(entryTypes) || !entryTypes.every((t) => typeof t === 'string')) {
        throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      }
      this.disconnect();
      this[kMode] = 'multiple';
      for (const t of entryTypes) {
        if (supportedEntryTypes.includes(t)) this.#add(t);
      }
      return;
    }
    if (typeof type !== 'string') throw new ERR_INVALID_ARG_TYPE('options.type', 'string', type);
    if (!supportedEntryTypes.includes(type)) return;
    if (this[kMode] === 'multiple') this.disconnect();
    this[kMode] = 'single';
    this.#add(type);
    if (buffered && buffers[type] !== undefined && buffers[type].length > 0) {
      this[kBuffer].push(...bufferedEntries(undefined, type));
      schedule(this);
    }
  }

  #add(type) {
    this[kTypes].add(type);
    let set = observers.get(type);
    if (set === undefined) {
      set = new Set();
      observers.set(type, set);
    }
    set.add(this);
  }

  disconnect() {
    for (const type of this[kTypes]) observers.get(type).delete(this);
    this[kTypes].clear();
    this[kBuffer] = [];
    this[kMode] = undefined;
    if (this[kImmediate] !== undefined) {
      clearImmediate(this[kImmediate]);
      this[kImmediate] = undefined;
    }
  }

  takeRecords() {
    const list = this[kBuffer];
    this[kBuffer] = [];
    return list;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `PerformanceObserver ${inspect({
      connected: this[kTypes].size > 0,
      pending: this[kImmediate] !== undefined,
      entryTypes: [...this[kTypes]],
      buffer: this[kBuffer],
    }, opts)}`;
  }
}

Object.defineProperty(PerformanceObserver.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'PerformanceObserver', configurable: true,
});

// Hands a new entry to its observers and, for marks and measures, to the global buffer
// (resource entries are buffered by bufferResourceTiming).
function enqueue(entry) {
  const type = entry.entryType;
  const set = observers.get(type);
  if (set !== undefined) {
    for (const observer of set) {
      observer[kBuffer].push(entry);
      schedule(observer);
    }
  }
  if (type === 'mark' || type === 'measure') buffers[type].push(entry);
}

function hasObserver(type) {
  const set = observers.get(type);
  return set !== undefined && set.size > 0;
}

module.exports = {
  PerformanceObserver,
  PerformanceObserverEntryList,
  enqueue,
  hasObserver,
  bufferedEntries,
  clearBuffer,
  bufferResourceTiming,
  setResourceTimingBufferSize,
  setDispatchBufferFull,
};
