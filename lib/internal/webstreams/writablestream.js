'use strict';
// WritableStream, WritableStreamDefaultWriter and WritableStreamDefaultController,
// after the WHATWG Streams Standard.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { kValidateObjectAllowObjects, validateObject } = require('internal/validators');
const { createCloneable, kTransferOnly } = require('internal/cloneable');
const { kEnumerableProperty } = require('internal/util');
const {
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
  peekQueueValue,
  promiseCall,
  rejected,
  resetQueue,
  setPromiseHandled,
  kState,
  kType,
} = require('internal/webstreams/util');

const kIsClosedPromise = Symbol.for('nodejs.webstream.isClosedPromise');
const kControllerErrorFunction = Symbol.for('nodejs.webstream.controllerErrorFunction');
const kInternal = Symbol('kInternal');
const kCloseSentinel = Symbol('kCloseSentinel');

let AbortController;

const isWritableStream = (value) => isBrand(value, 'WritableStream');
const isWriter = (value) => isBrand(value, 'WritableStreamDefaultWriter');
const isController = (value) => isBrand(value, 'WritableStreamDefaultController');

class WritableStream {
  constructor(sink = undefined, strategy = undefined) {
    // A cloneable object in place of `this` (internal/cloneable): it can only be
    // transferred, so cloning it throws Node's error.
    const self = createCloneable(new.target.prototype);
    initializeWritableStream(self);
    if (sink === kInternal) return self;
    if (sink === undefined || sink === null) sink = {};
    else validateObject(sink, 'sink', kValidateObjectAllowObjects);
    if (strategy === undefined || strategy === null) strategy = {};
    else validateObject(strategy, 'strategy', kValidateObjectAllowObjects);
    if (sink.type !== undefined) throw new ERR_INVALID_ARG_VALUE.RangeError('type', sink.type);
    const size = extractSizeAlgorithm(strategy);
    const highWaterMark = extractHighWaterMark(strategy, 1);
    setupControllerFromSink(self, sink, highWaterMark, size);
    return self;
  }

  get [kTransferOnly]() {
    return true;
  }

  get locked() {
    if (!isWritableStream(this)) throw new ERR_INVALID_THIS('WritableStream');
    return isWritableStreamLocked(this);
  }

  abort(reason = undefined) {
    if (!isWritableStream(this)) return rejected(new ERR_INVALID_THIS('WritableStream'));
    if (isWritableStreamLocked(this)) return Promise.reject(lockedError('WritableStream'));
    return writableStreamAbort(this, reason);
  }

  close() {
    if (!isWritableStream(this)) return rejected(new ERR_INVALID_THIS('WritableStream'));
    if (isWritableStreamLocked(this)) return Promise.reject(lockedError('WritableStream'));
    if (closeQueuedOrInFlight(this)) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('Failure closing WritableStream'));
    }
    return writableStreamClose(this);
  }

  getWriter() {
    if (!isWritableStream(this)) throw new ERR_INVALID_THIS('WritableStream');
    return new WritableStreamDefaultWriter(this);
  }
}

Object.defineProperties(WritableStream.prototype, {
  locked: kEnumerableProperty,
  abort: kEnumerableProperty,
  close: kEnumerableProperty,
  getWriter: kEnumerableProperty,
  [Symbol.toStringTag]: { __proto__: null, value: 'WritableStream', configurable: true },
});
defineInspect(WritableStream, (self) => ({
  locked: self.locked,
  state: self[kState].state,
}));

function initializeWritableStream(stream) {
  stream[kType] = 'WritableStream';
  stream[kState] = {
    state: 'writable',
    storedError: undefined,
    writer: undefined,
    controller: undefined,
    inFlightWriteRequest: undefined,
    closeRequest: undefined,
    inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined,
    writeRequests: [],
    backpressure: false,
  };
  stream[kIsClosedPromise] = createDeferred();
  setPromiseHandled(stream[kIsClosedPromise].promise);
}

function isWritableStreamLocked(stream) {
  return stream[kState].writer !== undefined;
}

// --- Stream-level abstract operations ---

function writableStreamAbort(stream, reason) {
  const state = stream[kState];
  if (state.state === 'closed' || state.state === 'errored') return Promise.resolve();
  state.controller[kState].abortController.abort(reason);
  if (state.state === 'closed' || state.state === 'errored') return Promise.resolve();
  if (state.pendingAbortRequest !== undefined) return state.pendingAbortRequest.deferred.promise;
  let wasAlreadyErroring = false;
  if (state.state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  const deferred = createDeferred();
  state.pendingAbortRequest = { deferred, reason, wasAlreadyErroring };
  if (!wasAlreadyErroring) startErroring(stream, reason);
  return deferred.promise;
}

function writableStreamClose(stream) {
  const state = stream[kState];
  if (state.state === 'closed' || state.state === 'errored') {
    return Promise.reject(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  const deferred = createDeferred();
  state.closeRequest = deferred;
  const writer = state.writer;
  if (writer !== undefined && state.backpressure && state.state === 'writable') {
    writer[kState].ready.resolve();
  }
  enqueueValueWithSize(state.controller[kState], kCloseSentinel, 0);
  controllerAdvanceQueueIfNeeded(state.controller);
  return deferred.promise;
}

function closeQueuedOrInFlight(stream) {
  const state = stream[kState];
  return state.closeRequest !== undefined || state.inFlightCloseRequest !== undefined;
}

function dealWithRejection(stream, error) {
  if (stream[kState].state === 'writable') {
    startErroring(stream, error);
    return;
  }
  finishErroring(stream);
}

function finishErroring(stream) {
  const state = stream[kState];
  state.state = 'errored';
  const controller = state.controller;
  resetQueue(controller[kState]);
  const storedError = state.storedError;
  for (const request of state.writeRequests) request.reject(storedError);
  state.writeRequests = [];
  const abortRequest = state.pendingAbortRequest;
  if (abortRequest === undefined) {
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  state.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.deferred.reject(storedError);
    rejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  const controllerState = controller[kState];
  const promise = controllerState.abortAlgorithm(abortRequest.reason);
  controllerClearAlgorithms(controller);
  promise.then(() => {
    abortRequest.deferred.resolve();
    rejectCloseAndClosedPromiseIfNeeded(stream);
  }, (error) => {
    abortRequest.deferred.reject(error);
    rejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

function finishInFlightClose(stream) {
  const state = stream[kState];
  state.inFlightCloseRequest.resolve();
  state.inFlightCloseRequest = undefined;
  if (state.state === 'erroring') {
    state.storedError = undefined;
    if (state.pendingAbortRequest !== undefined) {
      state.pendingAbortRequest.deferred.resolve();
      state.pendingAbortRequest = undefined;
    }
  }
  state.state = 'closed';
  stream[kIsClosedPromise].resolve();
  if (state.writer !== undefined) state.writer[kState].closed.resolve();
}

function finishInFlightCloseWithError(stream, error) {
  const state = stream[kState];
  state.inFlightCloseRequest.reject(error);
  state.inFlightCloseRequest = undefined;
  if (state.pendingAbortRequest !== undefined) {
    state.pendingAbortRequest.deferred.reject(error);
    state.pendingAbortRequest = undefined;
  }
  dealWithRejection(stream, error);
}

function hasOperationMarkedInFlight(stream) {
  const state = stream[kState];
  return state.inFlightWriteRequest !== undefined || state.inFlightCloseRequest !== undefined;
}

function rejectCloseAndClosedPromiseIfNeeded(stream) {
  const state = stream[kState];
  stream[kIsClosedPromise].reject(state.storedError);
  if (state.closeRequest !== undefined) {
    state.closeRequest.reject(state.storedError);
    state.closeRequest = undefined;
  }
  const writer = state.writer;
  if (writer !== undefined) {
    writer[kState].closed.reject(state.storedError);
    setPromiseHandled(writer[kState].closed.promise);
  }
}

function startErroring(stream, reason) {
  const state = stream[kState];
  state.state = 'erroring';
  state.storedError = reason;
  if (state.writer !== undefined) writerEnsureReadyPromiseRejected(state.writer, reason);
  if (!hasOperationMarkedInFlight(stream) && state.controller[kState].started) {
    finishErroring(stream);
  }
}

function updateBackpressure(stream, backpressure) {
  const state = stream[kState];
  const writer = state.writer;
  if (writer !== undefined && backpressure !== state.backpressure) {
    if (backpressure) writer[kState].ready = createDeferred();
    else writer[kState].ready.resolve();
  }
  state.backpressure = backpressure;
}

// --- WritableStreamDefaultWriter ---

function resolvedDeferred() {
  const deferred = createDeferred();
  deferred.resolve();
  return deferred;
}

function rejectedDeferred(error) {
  const deferred = createDeferred();
  deferred.reject(error);
  setPromiseHandled(deferred.promise);
  return deferred;
}

class WritableStreamDefaultWriter {
  constructor(stream) {
    if (!isWritableStream(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', 'WritableStream', stream);
    }
    if (isWritableStreamLocked(stream)) throw lockedError('WritableStream');
    this[kType] = 'WritableStreamDefaultWriter';
    const streamState = stream[kState];
    const state = { stream, ready: undefined, closed: undefined };
    this[kState] = state;
    streamState.writer = this;
    switch (streamState.state) {
      case 'writable':
        state.ready = !closeQueuedOrInFlight(stream) && streamState.backpressure ?
          createDeferred() : resolvedDeferred();
        state.closed = createDeferred();
        break;
      case 'erroring':
        state.ready = rejectedDeferred(streamState.storedError);
        state.closed = createDeferred();
        break;
      case 'closed':
        state.ready = resolvedDeferred();
        state.closed = resolvedDeferred();
        break;
      default:
        state.ready = rejectedDeferred(streamState.storedError);
        state.closed = rejectedDeferred(streamState.storedError);
    }
  }

  get closed() {
    if (!isWriter(this)) return rejected(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    return this[kState].closed.promise;
  }

  get desiredSize() {
    if (!isWriter(this)) throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) {
      throw new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream');
    }
    return writerGetDesiredSize(this);
  }

  get ready() {
    if (!isWriter(this)) return rejected(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    return this[kState].ready.promise;
  }

  abort(reason = undefined) {
    if (!isWriter(this)) return rejected(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    if (this[kState].stream === undefined) {
      return Promise.reject(
        new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
    }
    return writableStreamAbort(this[kState].stream, reason);
  }

  close() {
    if (!isWriter(this)) return rejected(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    const stream = this[kState].stream;
    if (stream === undefined) {
      return Promise.reject(
        new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
    }
    if (closeQueuedOrInFlight(stream)) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError('Failure to close WritableStream'));
    }
    return writableStreamClose(stream);
  }

  releaseLock() {
    if (!isWriter(this)) throw new ERR_INVALID_THIS('WritableStreamDefaultWriter');
    if (this[kState].stream === undefined) return;
    writerRelease(this);
  }

  write(chunk = undefined) {
    if (!isWriter(this)) return rejected(new ERR_INVALID_THIS('WritableStreamDefaultWriter'));
    if (this[kState].stream === undefined) {
      return Promise.reject(
        new ERR_INVALID_STATE.TypeError('Writer is not bound to a WritableStream'));
    }
    return writerWrite(this, chunk);
  }
}

Object.defineProperties(WritableStreamDefaultWriter.prototype, {
  closed: kEnumerableProperty,
  desiredSize: kEnumerableProperty,
  ready: kEnumerableProperty,
  abort: kEnumerableProperty,
  close: kEnumerableProperty,
  releaseLock: kEnumerableProperty,
  write: kEnumerableProperty,
  [Symbol.toStringTag]: {
    __proto__: null, value: 'WritableStreamDefaultWriter', configurable: true,
  },
});
defineInspect(WritableStreamDefaultWriter, (self) => ({
  stream: self[kState].stream,
  close: self[kState].closed.promise,
  ready: self[kState].ready.promise,
  desiredSize: self[kState].stream === undefined ? undefined : writerGetDesiredSize(self),
}));

function writerCloseWithErrorPropagation(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState].state;
  if (closeQueuedOrInFlight(stream) || state === 'closed') return Promise.resolve();
  if (state === 'errored') return Promise.reject(stream[kState].storedError);
  return writableStreamClose(stream);
}

// Rejects the writer's closed/ready promise, or a fresh one if it has settled.
function rejectOrReplace(state, key, error) {
  if (state[key].settled) state[key] = createDeferred();
  state[key].reject(error);
  setPromiseHandled(state[key].promise);
}

function writerEnsureClosedPromiseRejected(writer, error) {
  rejectOrReplace(writer[kState], 'closed', error);
}

function writerEnsureReadyPromiseRejected(writer, error) {
  rejectOrReplace(writer[kState], 'ready', error);
}

function writerGetDesiredSize(writer) {
  const stream = writer[kState].stream;
  const state = stream[kState].state;
  if (state === 'errored' || state === 'erroring') return null;
  if (state === 'closed') return 0;
  return controllerGetDesiredSize(stream[kState].controller);
}

function writerRelease(writer) {
  const stream = writer[kState].stream;
  const error = new ERR_INVALID_STATE.TypeError('Writer was released');
  writerEnsureReadyPromiseRejected(writer, error);
  writerEnsureClosedPromiseRejected(writer, error);
  stream[kState].writer = undefined;
  writer[kState].stream = undefined;
}

function writerWrite(writer, chunk) {
  const stream = writer[kState].stream;
  const controller = stream[kState].controller;
  const chunkSize = controllerGetChunkSize(controller, chunk);
  if (stream !== writer[kState].stream) {
    return Promise.reject(new ERR_INVALID_STATE.TypeError('Mismatched WritableStreams'));
  }
  const state = stream[kState];
  if (state.state === 'errored') return Promise.reject(state.storedError);
  if (closeQueuedOrInFlight(stream) || state.state === 'closed') {
    return Promise.reject(new ERR_INVALID_STATE.TypeError('WritableStream is closed'));
  }
  if (state.state === 'erroring') return Promise.reject(state.storedError);
  const deferred = createDeferred();
  state.writeRequests.push(deferred);
  controllerWrite(controller, chunk, chunkSize);
  return deferred.promise;
}

// --- WritableStreamDefaultController ---

class WritableStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'WritableStreamDefaultController';
  }

  get signal() {
    if (!isController(this)) throw new ERR_INVALID_THIS('WritableStreamDefaultController');
    return this[kState].abortController.signal;
  }

  error(error = undefined) {
    if (!isController(this)) throw new ERR_INVALID_THIS('WritableStreamDefaultController');
    if (this[kState].stream[kState].state !== 'writable') return;
    controllerError(this, error);
  }
}

Object.defineProperties(WritableStreamDefaultController.prototype, {
  signal: kEnumerableProperty,
  error: kEnumerableProperty,
  [Symbol.toStringTag]: {
    __proto__: null, value: 'WritableStreamDefaultController', configurable: true,
  },
});
defineInspect(WritableStreamDefaultController, (self) => ({ stream: self[kState].stream }));

function controllerAdvanceQueueIfNeeded(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (!state.started || stream[kState].inFlightWriteRequest !== undefined) return;
  const streamState = stream[kState].state;
  if (streamState === 'closed' || streamState === 'errored') return;
  if (streamState === 'erroring') {
    finishErroring(stream);
    return;
  }
  if (state.queue.length === 0) return;
  const value = peekQueueValue(state);
  if (value === kCloseSentinel) controllerProcessClose(controller);
  else controllerProcessWrite(controller, value);
}

function controllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.writeAlgorithm = undefined;
  state.closeAlgorithm = undefined;
  state.abortAlgorithm = undefined;
  state.sizeAlgorithm = undefined;
}

function controllerErrorIfNeeded(controller, error) {
  if (controller[kState].stream[kState].state === 'writable') controllerError(controller, error);
}

function controllerGetChunkSize(controller, chunk) {
  const state = controller[kState];
  if (state.sizeAlgorithm === undefined) return 1;
  try {
    return state.sizeAlgorithm(chunk);
  } catch (error) {
    controllerErrorIfNeeded(controller, error);
    return 1;
  }
}

function controllerGetDesiredSize(controller) {
  const state = controller[kState];
  return state.highWaterMark - state.queueTotalSize;
}

function controllerWrite(controller, chunk, chunkSize) {
  try {
    enqueueValueWithSize(controller[kState], chunk, chunkSize);
  } catch (error) {
    controllerErrorIfNeeded(controller, error);
    return;
  }
  const stream = controller[kState].stream;
  if (!closeQueuedOrInFlight(stream) && stream[kState].state === 'writable') {
    updateBackpressure(stream, controllerGetDesiredSize(controller) <= 0);
  }
  controllerAdvanceQueueIfNeeded(controller);
}

function controllerProcessClose(controller) {
  const state = controller[kState];
  const stream = state.stream;
  const streamState = stream[kState];
  streamState.inFlightCloseRequest = streamState.closeRequest;
  streamState.closeRequest = undefined;
  dequeueValue(state);
  const sinkClosePromise = state.closeAlgorithm();
  controllerClearAlgorithms(controller);
  sinkClosePromise.then(() => finishInFlightClose(stream),
                        (error) => finishInFlightCloseWithError(stream, error));
}

function controllerProcessWrite(controller, chunk) {
  const state = controller[kState];
  const stream = state.stream;
  const streamState = stream[kState];
  streamState.inFlightWriteRequest = streamState.writeRequests.shift();
  state.writeAlgorithm(chunk).then(() => {
    streamState.inFlightWriteRequest.resolve();
    streamState.inFlightWriteRequest = undefined;
    dequeueValue(state);
    if (!closeQueuedOrInFlight(stream) && streamState.state === 'writable') {
      updateBackpressure(stream, controllerGetDesiredSize(controller) <= 0);
    }
    controllerAdvanceQueueIfNeeded(controller);
  }, (error) => {
    if (streamState.state === 'writable') controllerClearAlgorithms(controller);
    streamState.inFlightWriteRequest.reject(error);
    streamState.inFlightWriteRequest = undefined;
    dealWithRejection(stream, error);
  });
}

function controllerError(controller, error) {
  controllerClearAlgorithms(controller);
  startErroring(controller[kState].stream, error);
}

function setupController(stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm,
                         abortAlgorithm, highWaterMark, sizeAlgorithm) {
  AbortController ??= require('internal/abort_controller').AbortController;
  const state = {
    stream,
    queue: undefined,
    queueTotalSize: 0,
    abortController: new AbortController(),
    started: false,
    sizeAlgorithm,
    highWaterMark,
    writeAlgorithm,
    closeAlgorithm,
    abortAlgorithm,
  };
  resetQueue(state);
  controller[kState] = state;
  stream[kState].controller = controller;
  stream[kControllerErrorFunction] = (error) => controllerErrorIfNeeded(controller, error);
  updateBackpressure(stream, controllerGetDesiredSize(controller) <= 0);
  const startResult = startAlgorithm();
  Promise.resolve(startResult).then(() => {
    state.started = true;
    controllerAdvanceQueueIfNeeded(controller);
  }, (error) => {
    state.started = true;
    dealWithRejection(stream, error);
  });
}

function setupControllerFromSink(stream, sink, highWaterMark, sizeAlgorithm) {
  const controller = new WritableStreamDefaultController(kInternal);
  const start = getMethod(sink, 'start');
  const write = getMethod(sink, 'write');
  const close = getMethod(sink, 'close');
  const abort = getMethod(sink, 'abort');
  setupController(
    stream, controller,
    start ? () => start(controller) : noop,
    write ? (chunk) => promiseCall(write, chunk, controller) : () => Promise.resolve(),
    close ? () => promiseCall(close) : () => Promise.resolve(),
    abort ? (reason) => promiseCall(abort, reason) : () => Promise.resolve(),
    highWaterMark, sizeAlgorithm);
}

// CreateWritableStream of the standard: for internal sinks.
function createWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm,
                              highWaterMark = 1, sizeAlgorithm = () => 1) {
  const stream = new WritableStream(kInternal);
  const controller = new WritableStreamDefaultController(kInternal);
  setupController(stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm,
                  abortAlgorithm, highWaterMark, sizeAlgorithm);
  return stream;
}

module.exports = {
  WritableStream,
  WritableStreamDefaultWriter,
  WritableStreamDefaultController,
  closeQueuedOrInFlight,
  controllerErrorIfNeeded,
  createWritableStream,
  isWritableStream,
  isWritableStreamLocked,
  writableStreamAbort,
  writableStreamClose,
  writerCloseWithErrorPropagation,
  writerGetDesiredSize,
  writerRelease,
  writerWrite,
};
