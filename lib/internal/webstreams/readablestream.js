'use strict';
// ReadableStream, its default reader and default controller, async iteration
// and ReadableStream.from, after the WHATWG Streams Standard. Byte streams
// live in bytestream.js, pipeTo and tee in pipe.js.

const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const {
  kValidateObjectAllowObjects,
  kValidateObjectAllowObjectsAndNull,
  validateAbortSignal,
  validateObject,
} = require('internal/validators');
const { createCloneable, kTransferOnly } = require('internal/cloneable');
const { kEnumerableProperty } = require('internal/util');
const {
  Queue,
  createDeferred,
  defineInspect,
  dequeueValue,
  enqueueValueWithSize,
  extractHighWaterMark,
  extractSizeAlgorithm,
  getMethod,
  isBrand,
  lockedError,
  noop,
  promiseCall,
  rejected,
  resetQueue,
  setPromiseHandled,
  kState,
  kType,
} = require('internal/webstreams/util');

const kIsClosedPromise = Symbol.for('nodejs.webstream.isClosedPromise');
const kControllerErrorFunction = Symbol.for('nodejs.webstream.controllerErrorFunction');
// Lets internal code construct objects whose public constructor is illegal.
const kInternal = Symbol('kInternal');

let bytestream;
function lazyBytes() {
  bytestream ??= require('internal/webstreams/bytestream');
  return bytestream;
}
let pipe;
function lazyPipe() {
  pipe ??= require('internal/webstreams/pipe');
  return pipe;
}
let writable;
function lazyWritable() {
  writable ??= require('internal/webstreams/writablestream');
  return writable;
}

const isReadableStream = (value) => isBrand(value, 'ReadableStream');
const isDefaultReader = (value) => isBrand(value, 'ReadableStreamDefaultReader');
const isBYOBReader = (value) => isBrand(value, 'ReadableStreamBYOBReader');
const isDefaultController = (value) => isBrand(value, 'ReadableStreamDefaultController');

class ReadableStream {
  constructor(source = undefined, strategy = undefined) {
    // A cloneable object in place of `this` (internal/cloneable): it can only be
    // transferred, so cloning it throws Node's error.
    const self = createCloneable(new.target.prototype);
    if (source === kInternal) {
      initializeReadableStream(self);
      return self;
    }
    if (source === undefined || source === null) source = {};
    else validateObject(source, 'source', kValidateObjectAllowObjects);
    if (strategy === undefined || strategy === null) strategy = {};
    else validateObject(strategy, 'strategy', kValidateObjectAllowObjects);
    initializeReadableStream(self);
    const type = source.type;
    if (type !== undefined && `${type}` === 'bytes') {
      if (strategy.size !== undefined) {
        throw new ERR_INVALID_ARG_VALUE.RangeError('strategy.size', strategy.size);
      }
      const highWaterMark = extractHighWaterMark(strategy, 0);
      lazyBytes().setupByteControllerFromSource(self, source, highWaterMark);
      return self;
    }
    if (type !== undefined) throw new ERR_INVALID_ARG_VALUE('source.type', type);
    const size = extractSizeAlgorithm(strategy);
    const highWaterMark = extractHighWaterMark(strategy, 1);
    setupDefaultControllerFromSource(self, source, highWaterMark, size);
    return self;
  }

  get [kTransferOnly]() {
    return true;
  }

  // Read by stream.isDisturbed/isErrored/isReadable (and undici's Body.bodyUsed).
  get [Symbol.for('nodejs.stream.disturbed')]() {
    return this[kState].disturbed;
  }

  get [Symbol.for('nodejs.stream.errored')]() {
    return this[kState].state === 'errored';
  }

  get [Symbol.for('nodejs.stream.readable')]() {
    return this[kState].state === 'readable';
  }

  get locked() {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    return isReadableStreamLocked(this);
  }

  cancel(reason = undefined) {
    if (!isReadableStream(this)) return rejected(new ERR_INVALID_THIS('ReadableStream'));
    if (isReadableStreamLocked(this)) return rejected(lockedError('ReadableStream'));
    return readableStreamCancel(this, reason);
  }

  getReader(options = undefined) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    if (options !== undefined) {
      validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    }
    const mode = options?.mode;
    if (mode === undefined) return new ReadableStreamDefaultReader(this);
    if (`${mode}` !== 'byob') throw new ERR_INVALID_ARG_VALUE('options.mode', mode);
    return new (lazyBytes().ReadableStreamBYOBReader)(this);
  }

  pipeThrough(transform, options = {}) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    const readable = transform?.readable;
    if (!isReadableStream(readable)) {
      throw new ERR_INVALID_ARG_TYPE('transform.readable', 'ReadableStream', readable);
    }
    const writableSide = transform?.writable;
    if (!lazyWritable().isWritableStream(writableSide)) {
      throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', writableSide);
    }
    const { preventAbort, preventCancel, preventClose, signal } = readPipeOptions(options);
    if (isReadableStreamLocked(this)) throw lockedError('The ReadableStream');
    if (lazyWritable().isWritableStreamLocked(writableSide)) {
      throw lockedError('The WritableStream');
    }
    const promise = lazyPipe().readableStreamPipeTo(
      this, writableSide, preventClose, preventAbort, preventCancel, signal);
    setPromiseHandled(promise);
    return readable;
  }

  pipeTo(destination, options = {}) {
    try {
      if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
      if (!lazyWritable().isWritableStream(destination)) {
        throw new ERR_INVALID_ARG_TYPE('transform.writable', 'WritableStream', destination);
      }
      const { preventAbort, preventCancel, preventClose, signal } = readPipeOptions(options);
      if (isReadableStreamLocked(this)) throw lockedError('The ReadableStream');
      if (lazyWritable().isWritableStreamLocked(destination)) {
        throw lockedError('The WritableStream');
      }
      return lazyPipe().readableStreamPipeTo(
        this, destination, preventClose, preventAbort, preventCancel, signal);
    } catch (error) {
      return Promise.reject(error);
    }
  }

  tee() {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    return lazyPipe().readableStreamTee(this, false);
  }

  values(options = undefined) {
    if (!isReadableStream(this)) throw new ERR_INVALID_THIS('ReadableStream');
    if (options !== undefined) {
      validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    }
    return createAsyncIterator(this, !!options?.preventCancel);
  }

  static from(iterable) {
    return readableStreamFromIterable(iterable);
  }
}

function readPipeOptions(options) {
  if (options === undefined || options === null) options = {};
  else validateObject(options, 'options', kValidateObjectAllowObjects);
  const { signal } = options;
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  return {
    preventAbort: !!options.preventAbort,
    preventCancel: !!options.preventCancel,
    preventClose: !!options.preventClose,
    signal,
  };
}

Object.defineProperties(ReadableStream.prototype, {
  locked: kEnumerableProperty,
  cancel: kEnumerableProperty,
  getReader: kEnumerableProperty,
  pipeThrough: kEnumerableProperty,
  pipeTo: kEnumerableProperty,
  tee: kEnumerableProperty,
  values: kEnumerableProperty,
  [Symbol.toStringTag]: { __proto__: null, value: 'ReadableStream', configurable: true },
  [Symbol.asyncIterator]: {
    __proto__: null, value: ReadableStream.prototype.values, writable: true, configurable: true,
  },
});
defineInspect(ReadableStream, (self) => ({
  locked: self.locked,
  state: self[kState].state,
  supportsBYOB: lazyBytes().isByteController(self[kState].controller),
}));

function initializeReadableStream(stream) {
  stream[kType] = 'ReadableStream';
  stream[kState] = {
    state: 'readable',
    reader: undefined,
    storedError: undefined,
    disturbed: false,
    controller: undefined,
  };
  stream[kIsClosedPromise] = createDeferred();
  setPromiseHandled(stream[kIsClosedPromise].promise);
}

function isReadableStreamLocked(stream) {
  return stream[kState].reader !== undefined;
}

// --- Stream-level abstract operations ---

function readableStreamCancel(stream, reason) {
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'closed') return Promise.resolve();
  if (state.state === 'errored') return Promise.reject(state.storedError);
  readableStreamClose(stream);
  const reader = state.reader;
  if (reader !== undefined && isBYOBReader(reader)) {
    const requests = reader[kState].readIntoRequests;
    reader[kState].readIntoRequests = new Queue();
    for (const request of requests) request.close(undefined);
  }
  return state.controller[kCancelSteps](reason).then(noop);
}

function readableStreamClose(stream) {
  const state = stream[kState];
  state.state = 'closed';
  stream[kIsClosedPromise].resolve();
  const reader = state.reader;
  if (reader === undefined) return;
  reader[kState].closed.resolve();
  if (isDefaultReader(reader)) {
    const requests = reader[kState].readRequests;
    reader[kState].readRequests = new Queue();
    for (const request of requests) request.close();
  }
}

function readableStreamError(stream, error) {
  const state = stream[kState];
  state.state = 'errored';
  state.storedError = error;
  stream[kIsClosedPromise].reject(error);
  const reader = state.reader;
  if (reader === undefined) return;
  reader[kState].closed.reject(error);
  setPromiseHandled(reader[kState].closed.promise);
  if (isDefaultReader(reader)) {
    defaultReaderErrorReadRequests(reader, error);
  } else {
    lazyBytes().byobReaderErrorReadIntoRequests(reader, error);
  }
}

function readableStreamAddReadRequest(stream, request) {
  stream[kState].reader[kState].readRequests.push(request);
}

function readableStreamFulfillReadRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].readRequests.shift();
  if (done) request.close();
  else request.chunk(chunk);
}

function readableStreamGetNumReadRequests(stream) {
  return stream[kState].reader[kState].readRequests.length;
}

function readableStreamHasDefaultReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isDefaultReader(reader);
}

// --- Readers (shared parts) ---

function readerGenericInitialize(reader, stream) {
  const readerState = reader[kState];
  readerState.stream = stream;
  stream[kState].reader = reader;
  const closed = createDeferred();
  readerState.closed = closed;
  switch (stream[kState].state) {
    case 'readable':
      break;
    case 'closed':
      closed.resolve();
      break;
    default:
      closed.reject(stream[kState].storedError);
      setPromiseHandled(closed.promise);
  }
}

function readerGenericCancel(reader, reason) {
  return readableStreamCancel(reader[kState].stream, reason);
}

function readerGenericRelease(reader) {
  const readerState = reader[kState];
  const stream = readerState.stream;
  const error = new ERR_INVALID_STATE.TypeError('Reader released');
  if (stream[kState].state === 'readable') {
    readerState.closed.reject(error);
  } else {
    readerState.closed = createDeferred();
    readerState.closed.reject(error);
  }
  setPromiseHandled(readerState.closed.promise);
  stream[kState].controller[kReleaseSteps]();
  stream[kState].reader = undefined;
  readerState.stream = undefined;
}

function readerClosed(reader) {
  return reader[kState].closed.promise;
}

// --- ReadableStreamDefaultReader ---

class ReadableStreamDefaultReader {
  constructor(stream) {
    if (!isReadableStream(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    }
    this[kType] = 'ReadableStreamDefaultReader';
    this[kState] = { stream: undefined, closed: undefined, readRequests: new Queue() };
    if (isReadableStreamLocked(stream)) throw lockedError('ReadableStream');
    readerGenericInitialize(this, stream);
  }

  read() {
    if (!isDefaultReader(this)) return rejected(thisError());
    if (this[kState].stream === undefined) {
      return Promise.reject(
        new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    const { promise, resolve, reject } = createDeferred();
    readableStreamDefaultReaderRead(this, {
      chunk(value) { resolve({ value, done: false }); },
      close() { resolve({ value: undefined, done: true }); },
      error: reject,
    });
    return promise;
  }

  releaseLock() {
    if (!isDefaultReader(this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultReader');
    if (this[kState].stream === undefined) return;
    defaultReaderRelease(this);
  }

  get closed() {
    if (!isDefaultReader(this)) return rejected(thisError());
    return readerClosed(this);
  }

  cancel(reason = undefined) {
    if (!isDefaultReader(this)) return rejected(thisError());
    if (this[kState].stream === undefined) {
      return Promise.reject(
        new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    return readerGenericCancel(this, reason);
  }
}

Object.defineProperties(ReadableStreamDefaultReader.prototype, {
  closed: kEnumerableProperty,
  read: kEnumerableProperty,
  releaseLock: kEnumerableProperty,
  cancel: kEnumerableProperty,
  [Symbol.toStringTag]: {
    __proto__: null, value: 'ReadableStreamDefaultReader', configurable: true,
  },
});
defineInspect(ReadableStreamDefaultReader, (self) => ({
  stream: self[kState].stream,
  readRequests: self[kState].readRequests.length,
  close: self[kState].closed.promise,
}));

function thisError() {
  return new ERR_INVALID_THIS('ReadableStreamDefaultReader');
}

function readableStreamDefaultReaderRead(reader, request) {
  const stream = reader[kState].stream;
  const state = stream[kState];
  state.disturbed = true;
  if (state.state === 'closed') request.close();
  else if (state.state === 'errored') request.error(state.storedError);
  else state.controller[kPullSteps](request);
}

function defaultReaderErrorReadRequests(reader, error) {
  const requests = reader[kState].readRequests;
  reader[kState].readRequests = new Queue();
  for (const request of requests) request.error(error);
}

function defaultReaderRelease(reader) {
  readerGenericRelease(reader);
  defaultReaderErrorReadRequests(reader, new ERR_INVALID_STATE.TypeError('Releasing reader'));
}

function acquireDefaultReader(stream) {
  return new ReadableStreamDefaultReader(stream);
}

// --- ReadableStreamDefaultController ---

const kCancelSteps = Symbol('kCancelSteps');
const kPullSteps = Symbol('kPullSteps');
const kReleaseSteps = Symbol('kReleaseSteps');

class ReadableStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'ReadableStreamDefaultController';
  }

  get desiredSize() {
    if (!isDefaultController(this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    return defaultControllerGetDesiredSize(this);
  }

  close() {
    if (!isDefaultController(this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    if (!defaultControllerCanCloseOrEnqueue(this)) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    defaultControllerClose(this);
  }

  enqueue(chunk = undefined) {
    if (!isDefaultController(this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    if (!defaultControllerCanCloseOrEnqueue(this)) {
      throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    }
    defaultControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    if (!isDefaultController(this)) throw new ERR_INVALID_THIS('ReadableStreamDefaultController');
    defaultControllerError(this, error);
  }

  [kCancelSteps](reason) {
    resetQueue(this[kState]);
    const result = this[kState].cancelAlgorithm(reason);
    defaultControllerClearAlgorithms(this);
    return result;
  }

  [kPullSteps](request) {
    const state = this[kState];
    const stream = state.stream;
    if (state.queue.length > 0) {
      const chunk = dequeueValue(state);
      if (state.closeRequested && state.queue.length === 0) {
        defaultControllerClearAlgorithms(this);
        readableStreamClose(stream);
      } else {
        defaultControllerCallPullIfNeeded(this);
      }
      request.chunk(chunk);
    } else {
      readableStreamAddReadRequest(stream, request);
      defaultControllerCallPullIfNeeded(this);
    }
  }

  [kReleaseSteps]() {}
}

Object.defineProperties(ReadableStreamDefaultController.prototype, {
  desiredSize: kEnumerableProperty,
  close: kEnumerableProperty,
  enqueue: kEnumerableProperty,
  error: kEnumerableProperty,
  [Symbol.toStringTag]: {
    __proto__: null, value: 'ReadableStreamDefaultController', configurable: true,
  },
});
defineInspect(ReadableStreamDefaultController, () => ({}));

function defaultControllerCallPullIfNeeded(controller) {
  const state = controller[kState];
  if (!defaultControllerShouldCallPull(controller)) return;
  if (state.pulling) {
    state.pullAgain = true;
    return;
  }
  state.pulling = true;
  state.pullAlgorithm().then(() => {
    state.pulling = false;
    if (state.pullAgain) {
      state.pullAgain = false;
      defaultControllerCallPullIfNeeded(controller);
    }
  }, (error) => defaultControllerError(controller, error));
}

function defaultControllerShouldCallPull(controller) {
  const state = controller[kState];
  if (!defaultControllerCanCloseOrEnqueue(controller) || !state.started) return false;
  const stream = state.stream;
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) return true;
  return defaultControllerGetDesiredSize(controller) > 0;
}

function defaultControllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.pullAlgorithm = undefined;
  state.cancelAlgorithm = undefined;
  state.sizeAlgorithm = undefined;
}

function defaultControllerClose(controller) {
  if (!defaultControllerCanCloseOrEnqueue(controller)) return;
  const state = controller[kState];
  state.closeRequested = true;
  if (state.queue.length === 0) {
    defaultControllerClearAlgorithms(controller);
    readableStreamClose(state.stream);
  }
}

function defaultControllerEnqueue(controller, chunk) {
  if (!defaultControllerCanCloseOrEnqueue(controller)) return;
  const state = controller[kState];
  const stream = state.stream;
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    let size;
    try {
      size = state.sizeAlgorithm(chunk);
      enqueueValueWithSize(state, chunk, size);
    } catch (error) {
      defaultControllerError(controller, error);
      throw error;
    }
  }
  defaultControllerCallPullIfNeeded(controller);
}

function defaultControllerError(controller, error) {
  const state = controller[kState];
  if (state.stream[kState].state !== 'readable') return;
  resetQueue(state);
  defaultControllerClearAlgorithms(controller);
  readableStreamError(state.stream, error);
}

function defaultControllerGetDesiredSize(controller) {
  const state = controller[kState];
  const streamState = state.stream[kState].state;
  if (streamState === 'errored') return null;
  if (streamState === 'closed') return 0;
  return state.highWaterMark - state.queueTotalSize;
}

function defaultControllerHasBackpressure(controller) {
  return !defaultControllerShouldCallPull(controller);
}

function defaultControllerCanCloseOrEnqueue(controller) {
  const state = controller[kState];
  return !state.closeRequested && state.stream[kState].state === 'readable';
}

function setupDefaultController(stream, controller, startAlgorithm, pullAlgorithm,
                                cancelAlgorithm, highWaterMark, sizeAlgorithm) {
  const state = {
    stream,
    queue: undefined,
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    sizeAlgorithm,
    highWaterMark,
    pullAlgorithm,
    cancelAlgorithm,
  };
  resetQueue(state);
  controller[kState] = state;
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = (error) => defaultControllerError(controller, error);
  const startResult = startAlgorithm();
  Promise.resolve(startResult).then(() => {
    state.started = true;
    defaultControllerCallPullIfNeeded(controller);
  }, (error) => defaultControllerError(controller, error));
}

function setupDefaultControllerFromSource(stream, source, highWaterMark, sizeAlgorithm) {
  const controller = new ReadableStreamDefaultController(kInternal);
  const start = getMethod(source, 'start');
  const pull = getMethod(source, 'pull');
  const cancel = getMethod(source, 'cancel');
  setupDefaultController(
    stream, controller,
    start ? () => start(controller) : noop,
    pull ? () => promiseCall(pull, controller) : () => Promise.resolve(),
    cancel ? (reason) => promiseCall(cancel, reason) : () => Promise.resolve(),
    highWaterMark, sizeAlgorithm);
}

// CreateReadableStream of the standard: for internal producers.
function createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm,
                              highWaterMark = 1, sizeAlgorithm = () => 1) {
  const stream = new ReadableStream(kInternal);
  const controller = new ReadableStreamDefaultController(kInternal);
  setupDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                         highWaterMark, sizeAlgorithm);
  return stream;
}

// --- Async iteration ---

// The iterators' prototype, shaped like Node's: { next, return } placeholders
// over %AsyncIteratorPrototype%; each iterator carries its own methods.
const ReadableStreamAsyncIteratorPrototype = {
  __proto__: Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype),
  next: undefined,
  return: undefined,
};

function createAsyncIterator(stream, preventCancel) {
  const reader = acquireDefaultReader(stream);
  const state = { reader, preventCancel, ongoing: undefined, finished: false };

  function nextSteps() {
    if (state.finished) return Promise.resolve({ value: undefined, done: true });
    const { promise, resolve, reject } = createDeferred();
    readableStreamDefaultReaderRead(reader, {
      chunk(value) {
        state.ongoing = undefined;
        resolve({ value, done: false });
      },
      close() {
        state.ongoing = undefined;
        state.finished = true;
        defaultReaderRelease(reader);
        resolve({ value: undefined, done: true });
      },
      error(error) {
        state.ongoing = undefined;
        state.finished = true;
        defaultReaderRelease(reader);
        reject(error);
      },
    });
    return promise;
  }

  function returnSteps(value) {
    if (state.finished) return Promise.resolve({ value, done: true });
    state.finished = true;
    if (reader[kState].stream === undefined) return Promise.resolve({ value, done: true });
    if (!state.preventCancel) {
      const result = readerGenericCancel(reader, value);
      defaultReaderRelease(reader);
      return result.then(() => ({ value, done: true }));
    }
    defaultReaderRelease(reader);
    return Promise.resolve({ value, done: true });
  }

  const iterator = {
    __proto__: ReadableStreamAsyncIteratorPrototype,
    next() {
      state.ongoing = state.ongoing ? state.ongoing.then(nextSteps, nextSteps) : nextSteps();
      return state.ongoing;
    },
    return(value) {
      const steps = () => returnSteps(value);
      return state.ongoing ? state.ongoing.then(steps, steps) : steps();
    },
    [Symbol.asyncIterator]() { return this; },
  };
  return iterator;
}

// --- ReadableStream.from ---

function getAsyncIterator(iterable) {
  const asyncMethod = iterable?.[Symbol.asyncIterator];
  if (asyncMethod != null) {
    if (typeof asyncMethod !== 'function') throw new ERR_ARG_NOT_ITERABLE(iterable);
    const iterator = asyncMethod.call(iterable);
    if (iterator === null || typeof iterator !== 'object') {
      throw new ERR_INVALID_STATE.TypeError('The iterator is not an object');
    }
    return { iterator, next: iterator.next };
  }
  const syncMethod = iterable?.[Symbol.iterator];
  if (typeof syncMethod !== 'function') throw new ERR_ARG_NOT_ITERABLE(iterable);
  const syncIterator = syncMethod.call(iterable);
  const syncNext = syncIterator.next;
  // CreateAsyncFromSyncIterator: awaits each value.
  const iterator = {
    next() {
      const result = syncNext.call(syncIterator);
      return Promise.resolve(result.value).then((value) => ({ value, done: !!result.done }));
    },
    return(value) {
      const method = syncIterator.return;
      if (method == null) return Promise.resolve({ value, done: true });
      const result = method.call(syncIterator, value);
      if (result === null || typeof result !== 'object') {
        return Promise.reject(
          new ERR_INVALID_STATE.TypeError('The iterator result is not an object'));
      }
      return Promise.resolve(result.value).then((v) => ({ value: v, done: true }));
    },
  };
  return { iterator, next: iterator.next };
}

function readableStreamFromIterable(iterable) {
  const { iterator, next } = getAsyncIterator(iterable);
  let stream;
  const pullAlgorithm = () => promiseCall(() => next.call(iterator)).then((result) => {
    if (result === null || typeof result !== 'object') {
      throw new ERR_INVALID_STATE.TypeError(
        'The promise returned by the iterator.next() method must fulfill with an object');
    }
    const controller = stream[kState].controller;
    if (result.done) defaultControllerClose(controller);
    else defaultControllerEnqueue(controller, result.value);
  });
  const cancelAlgorithm = (reason) => {
    let method;
    try {
      method = iterator.return;
    } catch (error) {
      return Promise.reject(error);
    }
    if (method == null) return Promise.resolve();
    return promiseCall(() => method.call(iterator, reason)).then((result) => {
      if (result === null || typeof result !== 'object') {
        throw new ERR_INVALID_STATE.TypeError(
          'The promise returned by the iterator.return() method must fulfill with an object');
      }
    });
  };
  stream = createReadableStream(noop, pullAlgorithm, cancelAlgorithm, 0);
  return stream;
}

module.exports = {
  ReadableStream,
  ReadableStreamDefaultReader,
  ReadableStreamDefaultController,
  // Internal operations for the other web stream files and the Node adapters.
  acquireDefaultReader,
  createReadableStream,
  defaultControllerCanCloseOrEnqueue,
  defaultControllerClose,
  defaultControllerEnqueue,
  defaultControllerError,
  defaultControllerGetDesiredSize,
  defaultControllerHasBackpressure,
  defaultReaderRelease,
  isReadableStream,
  isReadableStreamLocked,
  isBYOBReader,
  isDefaultReader,
  kCancelSteps,
  kControllerErrorFunction,
  kInternal,
  kIsClosedPromise,
  kPullSteps,
  kReleaseSteps,
  readableStreamAddReadRequest,
  readableStreamCancel,
  readableStreamClose,
  readableStreamDefaultReaderRead,
  readableStreamError,
  readableStreamFulfillReadRequest,
  readableStreamGetNumReadRequests,
  readableStreamHasDefaultReader,
  readerClosed,
  readerGenericCancel,
  readerGenericInitialize,
  readerGenericRelease,
};

// The BYOB reader is defined with the byte controller; re-exported here so
// ReadableStream#getReader can name it.
Object.defineProperty(module.exports, 'ReadableStreamBYOBReader', {
  __proto__: null, enumerable: true, get() { return lazyBytes().ReadableStreamBYOBReader; },
});
