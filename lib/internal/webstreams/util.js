'use strict';
// Shared pieces of the web streams: internal-state symbols, queue-with-sizes,
// strategy extraction, promise helpers, brand checks and util.inspect output.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
  },
} = require('internal/errors');
const { customInspectSymbol } = require('internal/util');

// Every stream object keeps its spec slots in `obj[kState]` and its brand in
// `obj[kType]` (a string such as 'ReadableStream').
const kState = Symbol('kState');
const kType = Symbol('kType');

let inspect;
function customInspect(self, name, data, depth, options) {
  if (depth < 0) return self;
  inspect ??= require('internal/util/inspect').inspect;
  const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
  return `${name} ${inspect(data, opts)}`;
}

function defineInspect(Class, getData) {
  Object.defineProperty(Class.prototype, customInspectSymbol, {
    __proto__: null,
    value(depth, options) {
      return customInspect(this, Class.name, getData(this), depth, options);
    },
    writable: true,
    configurable: true,
  });
}

function isBrand(value, type) {
  return value != null && typeof value === 'object' && value[kType] === type;
}

// A FIFO with O(1) shift: an array and a head index, compacted now and then.
class Queue {
  constructor() {
    this.items = [];
    this.head = 0;
  }
  get length() { return this.items.length - this.head; }
  push(item) { this.items.push(item); }
  peek() { return this.items[this.head]; }
  shift() {
    const item = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }
  clear() {
    this.items = [];
    this.head = 0;
  }
  *[Symbol.iterator]() {
    for (let i = this.head; i < this.items.length; i++) yield this.items[i];
  }
}

// Queue-with-sizes on a controller state object ({ queue, queueTotalSize }).
function resetQueue(state) {
  state.queue = new Queue();
  state.queueTotalSize = 0;
}

function enqueueValueWithSize(state, value, size) {
  if (typeof size !== 'number' || size < 0 || Number.isNaN(size) || size === Infinity) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('size', size);
  }
  state.queue.push({ value, size });
  state.queueTotalSize += size;
}

function dequeueValue(state) {
  const { value, size } = state.queue.shift();
  state.queueTotalSize = Math.max(0, state.queueTotalSize - size);
  return value;
}

function peekQueueValue(state) {
  return state.queue.peek().value;
}

function extractHighWaterMark(strategy, defaultHWM) {
  const { highWaterMark } = strategy;
  if (highWaterMark === undefined) return defaultHWM;
  const value = +highWaterMark;
  if (Number.isNaN(value) || value < 0) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.highWaterMark', highWaterMark);
  }
  return value;
}

function extractSizeAlgorithm(strategy) {
  const { size } = strategy;
  if (size === undefined) return () => 1;
  if (typeof size !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('strategy.size', 'Function', size);
  }
  return (chunk) => size(chunk);
}

// Calls `obj[name]` as a method of `obj` later on; Node binds the method up
// front, so a non-function gives V8's "Bind must be called on a function".
function getMethod(obj, name) {
  const method = obj?.[name];
  if (method === undefined) return undefined;
  return Function.prototype.bind.call(method, obj);
}

// A promise with its resolving functions; `settled` tells whether either ran.
function createDeferred() {
  const deferred = { promise: undefined, resolve: undefined, reject: undefined, settled: false };
  deferred.promise = new Promise((resolve, reject) => {
    deferred.resolve = (value) => {
      deferred.settled = true;
      resolve(value);
    };
    deferred.reject = (reason) => {
      deferred.settled = true;
      reject(reason);
    };
  });
  return deferred;
}

function noop() {}

function setPromiseHandled(promise) {
  promise.then(undefined, noop);
  return promise;
}

function rejected(error) {
  return setPromiseHandled(Promise.reject(error));
}

// Runs fn() and turns its result (or throw) into a promise.
function promiseCall(fn, ...args) {
  try {
    return Promise.resolve(fn(...args));
  } catch (error) {
    return Promise.reject(error);
  }
}

// V8 10.2 can neither transfer nor detach an ArrayBuffer from JavaScript, so
// a "transferred" buffer is the same buffer. Code written for Node never
// touches a buffer after handing it over (it would be detached there).
function transferArrayBuffer(buffer) {
  return buffer;
}

function isViewedBufferEmpty(view) {
  return view.byteLength === 0 || view.buffer.byteLength === 0;
}

function copyBytes(toBuffer, toIndex, fromBuffer, fromIndex, count) {
  new Uint8Array(toBuffer, toIndex, count).set(new Uint8Array(fromBuffer, fromIndex, count));
}

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const getTypedArrayTag =
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get;

function isTypedArray(value) {
  return getTypedArrayTag.call(value) !== undefined;
}

function lockedError(what) {
  return new ERR_INVALID_STATE.TypeError(`${what} is locked`);
}

module.exports = {
  Queue,
  copyBytes,
  createDeferred,
  customInspect,
  defineInspect,
  dequeueValue,
  enqueueValueWithSize,
  extractHighWaterMark,
  extractSizeAlgorithm,
  getMethod,
  isBrand,
  isTypedArray,
  isViewedBufferEmpty,
  kState,
  kType,
  lockedError,
  noop,
  peekQueueValue,
  promiseCall,
  rejected,
  resetQueue,
  setPromiseHandled,
  transferArrayBuffer,
};
