'use strict';
// Readable byte streams: ReadableByteStreamController, ReadableStreamBYOBRequest
// and ReadableStreamBYOBReader, after the WHATWG Streams Standard.

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const { validateInteger } = require('internal/validators');
const { kEnumerableProperty } = require('internal/util');
const {
  Queue,
  copyBytes,
  createDeferred,
  defineInspect,
  getMethod,
  isBrand,
  isTypedArray,
  isViewedBufferEmpty,
  lockedError,
  noop,
  promiseCall,
  rejected,
  resetQueue,
  transferArrayBuffer,
  kState,
  kType,
} = require('internal/webstreams/util');

let rs;
function readable() {
  rs ??= require('internal/webstreams/readablestream');
  return rs;
}

const isByteController = (value) => isBrand(value, 'ReadableByteStreamController');
const isBYOBRequest = (value) => isBrand(value, 'ReadableStreamBYOBRequest');
const isBYOBReader = (value) => isBrand(value, 'ReadableStreamBYOBReader');

function isView(value) {
  return ArrayBuffer.isView(value);
}

// --- ReadableStreamBYOBRequest ---

class ReadableStreamBYOBRequest {
  constructor(key = undefined) {
    if (key !== readable().kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'ReadableStreamBYOBRequest';
    this[kState] = { controller: undefined, view: null };
  }

  get view() {
    if (!isBYOBRequest(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    return this[kState].view;
  }

  respond(bytesWritten) {
    if (!isBYOBRequest(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    const { controller, view } = this[kState];
    if (controller === undefined) {
      throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    }
    validateInteger(bytesWritten, 'bytesWritten', 0);
    if (isViewedBufferEmpty(view)) {
      throw new ERR_INVALID_STATE.TypeError(
        'View or Viewed ArrayBuffer is zero-length or detached');
    }
    byteControllerRespond(controller, bytesWritten);
  }

  respondWithNewView(view) {
    if (!isBYOBRequest(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBRequest');
    if (!isView(view)) {
      throw new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view);
    }
    const { controller } = this[kState];
    if (controller === undefined) {
      throw new ERR_INVALID_STATE.TypeError('This BYOB request has been invalidated');
    }
    byteControllerRespondWithNewView(controller, view);
  }
}

Object.defineProperties(ReadableStreamBYOBRequest.prototype, {
  view: kEnumerableProperty,
  respond: kEnumerableProperty,
  respondWithNewView: kEnumerableProperty,
  [Symbol.toStringTag]: { __proto__: null, value: 'ReadableStreamBYOBRequest', configurable: true },
});
defineInspect(ReadableStreamBYOBRequest, (self) => ({
  view: self[kState].view,
  controller: self[kState].controller,
}));

// --- ReadableStreamBYOBReader ---

class ReadableStreamBYOBReader {
  constructor(stream) {
    const ops = readable();
    if (!ops.isReadableStream(stream)) {
      throw new ERR_INVALID_ARG_TYPE('stream', 'ReadableStream', stream);
    }
    this[kType] = 'ReadableStreamBYOBReader';
    this[kState] = { stream: undefined, closed: undefined, readIntoRequests: new Queue() };
    if (ops.isReadableStreamLocked(stream)) throw lockedError('ReadableStream');
    if (!isByteController(stream[kState].controller)) {
      throw new ERR_INVALID_ARG_VALUE('stream', stream, 'must be a byte stream');
    }
    ops.readerGenericInitialize(this, stream);
  }

  read(view = undefined) {
    if (!isBYOBReader(this)) return rejected(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    if (!isView(view)) {
      return Promise.reject(
        new ERR_INVALID_ARG_TYPE('view', ['Buffer', 'TypedArray', 'DataView'], view));
    }
    if (isViewedBufferEmpty(view)) {
      return Promise.reject(new ERR_INVALID_STATE.TypeError(
        'View or Viewed ArrayBuffer is zero-length or detached'));
    }
    if (this[kState].stream === undefined) {
      return Promise.reject(
        new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    const { promise, resolve, reject } = createDeferred();
    byobReaderRead(this, view, {
      chunk(value) { resolve({ value, done: false }); },
      close(value) { resolve({ value, done: true }); },
      error: reject,
    });
    return promise;
  }

  releaseLock() {
    if (!isBYOBReader(this)) throw new ERR_INVALID_THIS('ReadableStreamBYOBReader');
    if (this[kState].stream === undefined) return;
    byobReaderRelease(this);
  }

  get closed() {
    if (!isBYOBReader(this)) return rejected(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    return readable().readerClosed(this);
  }

  cancel(reason = undefined) {
    if (!isBYOBReader(this)) return rejected(new ERR_INVALID_THIS('ReadableStreamBYOBReader'));
    if (this[kState].stream === undefined) {
      return Promise.reject(
        new ERR_INVALID_STATE.TypeError('The reader is not attached to a stream'));
    }
    return readable().readerGenericCancel(this, reason);
  }
}

Object.defineProperties(ReadableStreamBYOBReader.prototype, {
  closed: kEnumerableProperty,
  read: kEnumerableProperty,
  releaseLock: kEnumerableProperty,
  cancel: kEnumerableProperty,
  [Symbol.toStringTag]: { __proto__: null, value: 'ReadableStreamBYOBReader', configurable: true },
});
defineInspect(ReadableStreamBYOBReader, (self) => ({
  stream: self[kState].stream,
  readIntoRequests: self[kState].readIntoRequests.length,
  close: self[kState].closed.promise,
}));

function byobReaderRead(reader, view, request) {
  const stream = reader[kState].stream;
  stream[kState].disturbed = true;
  if (stream[kState].state === 'errored') request.error(stream[kState].storedError);
  else byteControllerPullInto(stream[kState].controller, view, request);
}

function byobReaderErrorReadIntoRequests(reader, error) {
  const requests = reader[kState].readIntoRequests;
  reader[kState].readIntoRequests = new Queue();
  for (const request of requests) request.error(error);
}

function byobReaderRelease(reader) {
  readable().readerGenericRelease(reader);
  byobReaderErrorReadIntoRequests(reader, new ERR_INVALID_STATE.TypeError('Releasing reader'));
}

function streamHasBYOBReader(stream) {
  const reader = stream[kState].reader;
  return reader !== undefined && isBYOBReader(reader);
}

function streamNumReadIntoRequests(stream) {
  return stream[kState].reader[kState].readIntoRequests.length;
}

function streamFulfillReadIntoRequest(stream, chunk, done) {
  const request = stream[kState].reader[kState].readIntoRequests.shift();
  if (done) request.close(chunk);
  else request.chunk(chunk);
}

// --- ReadableByteStreamController ---

class ReadableByteStreamController {
  constructor(key = undefined) {
    if (key !== readable().kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'ReadableByteStreamController';
  }

  get byobRequest() {
    if (!isByteController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    return byteControllerGetBYOBRequest(this);
  }

  get desiredSize() {
    if (!isByteController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    return byteControllerGetDesiredSize(this);
  }

  close() {
    if (!isByteController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    const state = this[kState];
    if (state.closeRequested) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    if (state.stream[kState].state !== 'readable') {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
    }
    byteControllerClose(this);
  }

  enqueue(chunk) {
    if (!isByteController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    if (!isView(chunk)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (isViewedBufferEmpty(chunk)) {
      throw new ERR_INVALID_ARG_VALUE('chunk', chunk, 'cannot be zero length');
    }
    const state = this[kState];
    if (state.closeRequested) throw new ERR_INVALID_STATE.TypeError('Controller is already closed');
    if (state.stream[kState].state !== 'readable') {
      throw new ERR_INVALID_STATE.TypeError('ReadableStream is already closed');
    }
    byteControllerEnqueue(this, chunk);
  }

  error(error = undefined) {
    if (!isByteController(this)) throw new ERR_INVALID_THIS('ReadableByteStreamController');
    byteControllerError(this, error);
  }
}

Object.defineProperties(ReadableByteStreamController.prototype, {
  byobRequest: kEnumerableProperty,
  desiredSize: kEnumerableProperty,
  close: kEnumerableProperty,
  enqueue: kEnumerableProperty,
  error: kEnumerableProperty,
  [Symbol.toStringTag]: {
    __proto__: null, value: 'ReadableByteStreamController', configurable: true,
  },
});
defineInspect(ReadableByteStreamController, () => ({}));

// The hooks ReadableStream calls on whichever controller it has.
function installControllerSteps() {
  const { kCancelSteps, kPullSteps, kReleaseSteps } = readable();
  const proto = ReadableByteStreamController.prototype;
  proto[kCancelSteps] = function(reason) {
    byteControllerClearPendingPullIntos(this);
    resetQueue(this[kState]);
    const result = this[kState].cancelAlgorithm(reason);
    byteControllerClearAlgorithms(this);
    return result;
  };
  proto[kPullSteps] = function(request) {
    const state = this[kState];
    const stream = state.stream;
    if (state.queueTotalSize > 0) {
      byteControllerFillReadRequestFromQueue(this, request);
      return;
    }
    const size = state.autoAllocateChunkSize;
    if (size !== undefined) {
      let buffer;
      try {
        buffer = new ArrayBuffer(size);
      } catch (error) {
        request.error(error);
        return;
      }
      state.pendingPullIntos.push({
        buffer,
        bufferByteLength: size,
        byteOffset: 0,
        byteLength: size,
        bytesFilled: 0,
        elementSize: 1,
        viewConstructor: Uint8Array,
        readerType: 'default',
      });
    }
    readable().readableStreamAddReadRequest(stream, request);
    byteControllerCallPullIfNeeded(this);
  };
  proto[kReleaseSteps] = function() {
    const state = this[kState];
    if (state.pendingPullIntos.length > 0) {
      const first = state.pendingPullIntos[0];
      first.readerType = 'none';
      state.pendingPullIntos = [first];
    }
  };
}
let stepsInstalled = false;

function byteControllerCallPullIfNeeded(controller) {
  const state = controller[kState];
  if (!byteControllerShouldCallPull(controller)) return;
  if (state.pulling) {
    state.pullAgain = true;
    return;
  }
  state.pulling = true;
  state.pullAlgorithm().then(() => {
    state.pulling = false;
    if (state.pullAgain) {
      state.pullAgain = false;
      byteControllerCallPullIfNeeded(controller);
    }
  }, (error) => byteControllerError(controller, error));
}

function byteControllerShouldCallPull(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (stream[kState].state !== 'readable' || state.closeRequested || !state.started) return false;
  const ops = readable();
  if (ops.readableStreamHasDefaultReader(stream) &&
      ops.readableStreamGetNumReadRequests(stream) > 0) {
    return true;
  }
  if (streamHasBYOBReader(stream) && streamNumReadIntoRequests(stream) > 0) return true;
  return byteControllerGetDesiredSize(controller) > 0;
}

function byteControllerClearAlgorithms(controller) {
  controller[kState].pullAlgorithm = undefined;
  controller[kState].cancelAlgorithm = undefined;
}

function byteControllerClearPendingPullIntos(controller) {
  byteControllerInvalidateBYOBRequest(controller);
  controller[kState].pendingPullIntos = [];
}

function byteControllerClose(controller) {
  const state = controller[kState];
  const stream = state.stream;
  if (state.closeRequested || stream[kState].state !== 'readable') return;
  if (state.queueTotalSize > 0) {
    state.closeRequested = true;
    return;
  }
  if (state.pendingPullIntos.length > 0) {
    const first = state.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      const error = new ERR_INVALID_STATE.TypeError('Partial read');
      byteControllerError(controller, error);
      throw error;
    }
  }
  byteControllerClearAlgorithms(controller);
  readable().readableStreamClose(stream);
}

function commitPullIntoDescriptor(stream, descriptor) {
  const done = stream[kState].state === 'closed';
  const filledView = convertPullIntoDescriptor(descriptor);
  if (descriptor.readerType === 'default') {
    readable().readableStreamFulfillReadRequest(stream, filledView, done);
  } else {
    streamFulfillReadIntoRequest(stream, filledView, done);
  }
}

function convertPullIntoDescriptor(descriptor) {
  const { bytesFilled, elementSize, byteOffset, viewConstructor: Ctor } = descriptor;
  const buffer = transferArrayBuffer(descriptor.buffer);
  return new Ctor(buffer, byteOffset, bytesFilled / elementSize);
}

function byteControllerEnqueue(controller, chunk) {
  const state = controller[kState];
  const stream = state.stream;
  if (state.closeRequested || stream[kState].state !== 'readable') return;
  const { byteOffset, byteLength } = chunk;
  const buffer = transferArrayBuffer(chunk.buffer);
  if (state.pendingPullIntos.length > 0) {
    const first = state.pendingPullIntos[0];
    byteControllerInvalidateBYOBRequest(controller);
    first.buffer = transferArrayBuffer(first.buffer);
    if (first.readerType === 'none') enqueueDetachedPullIntoToQueue(controller, first);
  }
  const ops = readable();
  if (ops.readableStreamHasDefaultReader(stream)) {
    processReadRequestsUsingQueue(controller);
    if (ops.readableStreamGetNumReadRequests(stream) === 0) {
      enqueueChunkToQueue(controller, buffer, byteOffset, byteLength);
    } else {
      if (state.pendingPullIntos.length > 0) shiftPendingPullInto(controller);
      ops.readableStreamFulfillReadRequest(
        stream, new Uint8Array(buffer, byteOffset, byteLength), false);
    }
  } else if (streamHasBYOBReader(stream)) {
    enqueueChunkToQueue(controller, buffer, byteOffset, byteLength);
    const filled = processPullIntoDescriptorsUsingQueue(controller);
    for (const descriptor of filled) commitPullIntoDescriptor(stream, descriptor);
  } else {
    enqueueChunkToQueue(controller, buffer, byteOffset, byteLength);
  }
  byteControllerCallPullIfNeeded(controller);
}

function enqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
  const state = controller[kState];
  state.queue.push({ buffer, byteOffset, byteLength });
  state.queueTotalSize += byteLength;
}

function enqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
  let clone;
  try {
    clone = buffer.slice(byteOffset, byteOffset + byteLength);
  } catch (error) {
    byteControllerError(controller, error);
    throw error;
  }
  enqueueChunkToQueue(controller, clone, 0, byteLength);
}

function enqueueDetachedPullIntoToQueue(controller, descriptor) {
  if (descriptor.bytesFilled > 0) {
    enqueueClonedChunkToQueue(
      controller, descriptor.buffer, descriptor.byteOffset, descriptor.bytesFilled);
  }
  shiftPendingPullInto(controller);
}

function byteControllerError(controller, error) {
  const state = controller[kState];
  const stream = state.stream;
  if (stream[kState].state !== 'readable') return;
  byteControllerClearPendingPullIntos(controller);
  resetQueue(state);
  byteControllerClearAlgorithms(controller);
  readable().readableStreamError(stream, error);
}

function fillPullIntoDescriptorFromQueue(controller, descriptor) {
  const state = controller[kState];
  const { elementSize } = descriptor;
  const maxBytesToCopy = Math.min(state.queueTotalSize,
                                  descriptor.byteLength - descriptor.bytesFilled);
  const maxBytesFilled = descriptor.bytesFilled + maxBytesToCopy;
  const currentAlignedBytes = descriptor.bytesFilled - (descriptor.bytesFilled % elementSize);
  const maxAlignedBytes = maxBytesFilled - (maxBytesFilled % elementSize);
  let totalBytesToCopyRemaining = maxBytesToCopy;
  let ready = false;
  if (maxAlignedBytes > currentAlignedBytes) {
    totalBytesToCopyRemaining = maxAlignedBytes - descriptor.bytesFilled;
    ready = true;
  }
  const queue = state.queue;
  while (totalBytesToCopyRemaining > 0) {
    const head = queue.peek();
    const bytesToCopy = Math.min(totalBytesToCopyRemaining, head.byteLength);
    const destStart = descriptor.byteOffset + descriptor.bytesFilled;
    copyBytes(descriptor.buffer, destStart, head.buffer, head.byteOffset, bytesToCopy);
    if (head.byteLength === bytesToCopy) {
      queue.shift();
    } else {
      head.byteOffset += bytesToCopy;
      head.byteLength -= bytesToCopy;
    }
    state.queueTotalSize -= bytesToCopy;
    descriptor.bytesFilled += bytesToCopy;
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

function byteControllerFillReadRequestFromQueue(controller, request) {
  const state = controller[kState];
  const entry = state.queue.shift();
  state.queueTotalSize -= entry.byteLength;
  byteControllerHandleQueueDrain(controller);
  request.chunk(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

function byteControllerGetBYOBRequest(controller) {
  const state = controller[kState];
  if (state.byobRequest === null && state.pendingPullIntos.length > 0) {
    const first = state.pendingPullIntos[0];
    const view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled,
                                first.byteLength - first.bytesFilled);
    const request = new ReadableStreamBYOBRequest(readable().kInternal);
    request[kState].controller = controller;
    request[kState].view = view;
    state.byobRequest = request;
  }
  return state.byobRequest;
}

function byteControllerGetDesiredSize(controller) {
  const state = controller[kState];
  const streamState = state.stream[kState].state;
  if (streamState === 'errored') return null;
  if (streamState === 'closed') return 0;
  return state.highWaterMark - state.queueTotalSize;
}

function byteControllerHandleQueueDrain(controller) {
  const state = controller[kState];
  if (state.queueTotalSize === 0 && state.closeRequested) {
    byteControllerClearAlgorithms(controller);
    readable().readableStreamClose(state.stream);
  } else {
    byteControllerCallPullIfNeeded(controller);
  }
}

function byteControllerInvalidateBYOBRequest(controller) {
  const state = controller[kState];
  if (state.byobRequest === null) return;
  state.byobRequest[kState].controller = undefined;
  state.byobRequest[kState].view = null;
  state.byobRequest = null;
}

function processPullIntoDescriptorsUsingQueue(controller) {
  const state = controller[kState];
  const filled = [];
  while (state.pendingPullIntos.length > 0 && state.queueTotalSize > 0) {
    const descriptor = state.pendingPullIntos[0];
    if (fillPullIntoDescriptorFromQueue(controller, descriptor)) {
      shiftPendingPullInto(controller);
      filled.push(descriptor);
    }
  }
  return filled;
}

function processReadRequestsUsingQueue(controller) {
  const state = controller[kState];
  const reader = state.stream[kState].reader;
  while (reader[kState].readRequests.length > 0) {
    if (state.queueTotalSize === 0) return;
    byteControllerFillReadRequestFromQueue(controller, reader[kState].readRequests.shift());
  }
}

function byteControllerPullInto(controller, view, request) {
  const state = controller[kState];
  const stream = state.stream;
  let elementSize = 1;
  let Ctor = DataView;
  if (isTypedArray(view)) {
    elementSize = view.BYTES_PER_ELEMENT;
    Ctor = view.constructor;
  }
  const { byteOffset, byteLength } = view;
  const buffer = transferArrayBuffer(view.buffer);
  const descriptor = {
    buffer,
    bufferByteLength: buffer.byteLength,
    byteOffset,
    byteLength,
    bytesFilled: 0,
    elementSize,
    viewConstructor: Ctor,
    readerType: 'byob',
  };
  if (state.pendingPullIntos.length > 0) {
    state.pendingPullIntos.push(descriptor);
    stream[kState].reader[kState].readIntoRequests.push(request);
    return;
  }
  if (stream[kState].state === 'closed') {
    request.close(new Ctor(descriptor.buffer, descriptor.byteOffset, 0));
    return;
  }
  if (state.queueTotalSize > 0) {
    if (fillPullIntoDescriptorFromQueue(controller, descriptor)) {
      const filledView = convertPullIntoDescriptor(descriptor);
      byteControllerHandleQueueDrain(controller);
      request.chunk(filledView);
      return;
    }
    if (state.closeRequested) {
      const error = new ERR_INVALID_STATE.TypeError('Partial read');
      byteControllerError(controller, error);
      request.error(error);
      return;
    }
  }
  state.pendingPullIntos.push(descriptor);
  stream[kState].reader[kState].readIntoRequests.push(request);
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerRespond(controller, bytesWritten) {
  const state = controller[kState];
  const first = state.pendingPullIntos[0];
  if (state.stream[kState].state === 'closed') {
    if (bytesWritten !== 0) {
      throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten,
                                      'must be 0 when calling respond() on a closed stream');
    }
  } else {
    if (bytesWritten === 0) {
      throw new ERR_INVALID_ARG_VALUE('bytesWritten', bytesWritten,
                                      'must be > 0 when calling respond() on a readable stream');
    }
    if (first.bytesFilled + bytesWritten > first.byteLength) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('bytesWritten', bytesWritten);
    }
  }
  first.buffer = transferArrayBuffer(first.buffer);
  byteControllerRespondInternal(controller, bytesWritten);
}

function respondInClosedState(controller, first) {
  const stream = controller[kState].stream;
  if (first.readerType === 'none') shiftPendingPullInto(controller);
  if (streamHasBYOBReader(stream)) {
    while (streamNumReadIntoRequests(stream) > 0) {
      commitPullIntoDescriptor(stream, shiftPendingPullInto(controller));
    }
  }
}

function respondInReadableState(controller, bytesWritten, descriptor) {
  const stream = controller[kState].stream;
  descriptor.bytesFilled += bytesWritten;
  if (descriptor.readerType === 'none') {
    enqueueDetachedPullIntoToQueue(controller, descriptor);
    for (const filled of processPullIntoDescriptorsUsingQueue(controller)) {
      commitPullIntoDescriptor(stream, filled);
    }
    return;
  }
  if (descriptor.bytesFilled < descriptor.elementSize) return;
  shiftPendingPullInto(controller);
  const remainderSize = descriptor.bytesFilled % descriptor.elementSize;
  if (remainderSize > 0) {
    const end = descriptor.byteOffset + descriptor.bytesFilled;
    enqueueClonedChunkToQueue(controller, descriptor.buffer, end - remainderSize, remainderSize);
  }
  descriptor.bytesFilled -= remainderSize;
  const filledPullIntos = processPullIntoDescriptorsUsingQueue(controller);
  commitPullIntoDescriptor(stream, descriptor);
  for (const filled of filledPullIntos) commitPullIntoDescriptor(stream, filled);
}

function byteControllerRespondInternal(controller, bytesWritten) {
  const state = controller[kState];
  const first = state.pendingPullIntos[0];
  byteControllerInvalidateBYOBRequest(controller);
  if (state.stream[kState].state === 'closed') respondInClosedState(controller, first);
  else respondInReadableState(controller, bytesWritten, first);
  byteControllerCallPullIfNeeded(controller);
}

function byteControllerRespondWithNewView(controller, view) {
  const state = controller[kState];
  const first = state.pendingPullIntos[0];
  const byteLength = view.byteLength;
  if (state.stream[kState].state === 'closed') {
    if (byteLength !== 0) {
      throw new ERR_INVALID_STATE.TypeError('View is not zero-length on a closed stream');
    }
  } else if (byteLength === 0) {
    throw new ERR_INVALID_STATE.TypeError('View is zero-length on a readable stream');
  }
  if (first.byteOffset + first.bytesFilled !== view.byteOffset) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has an invalid byteOffset');
  }
  if (first.bufferByteLength !== view.buffer.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'has an invalid buffer length');
  }
  if (first.bytesFilled + byteLength > first.byteLength) {
    throw new ERR_INVALID_ARG_VALUE.RangeError('view', view, 'is too large');
  }
  first.buffer = transferArrayBuffer(view.buffer);
  byteControllerRespondInternal(controller, byteLength);
}

function shiftPendingPullInto(controller) {
  return controller[kState].pendingPullIntos.shift();
}

function setupByteController(stream, controller, startAlgorithm, pullAlgorithm,
                             cancelAlgorithm, highWaterMark, autoAllocateChunkSize) {
  if (!stepsInstalled) {
    installControllerSteps();
    stepsInstalled = true;
  }
  const state = {
    stream,
    byobRequest: null,
    pendingPullIntos: [],
    queue: undefined,
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    highWaterMark,
    autoAllocateChunkSize,
    pullAlgorithm,
    cancelAlgorithm,
  };
  resetQueue(state);
  controller[kState] = state;
  stream[kState].controller = controller;
  stream[readable().kControllerErrorFunction] = (error) => byteControllerError(controller, error);
  const startResult = startAlgorithm();
  Promise.resolve(startResult).then(() => {
    state.started = true;
    byteControllerCallPullIfNeeded(controller);
  }, (error) => byteControllerError(controller, error));
}

function setupByteControllerFromSource(stream, source, highWaterMark) {
  const controller = new ReadableByteStreamController(readable().kInternal);
  const start = getMethod(source, 'start');
  const pull = getMethod(source, 'pull');
  const cancel = getMethod(source, 'cancel');
  let autoAllocateChunkSize = source.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    autoAllocateChunkSize = +autoAllocateChunkSize;
    validateInteger(autoAllocateChunkSize, 'source.autoAllocateChunkSize', 1);
  }
  setupByteController(
    stream, controller,
    start ? () => start(controller) : noop,
    pull ? () => promiseCall(pull, controller) : () => Promise.resolve(),
    cancel ? (reason) => promiseCall(cancel, reason) : () => Promise.resolve(),
    highWaterMark, autoAllocateChunkSize);
}

// CreateReadableByteStream of the standard: for internal producers.
function createReadableByteStream(startAlgorithm, pullAlgorithm, cancelAlgorithm,
                                  highWaterMark = 0, autoAllocateChunkSize = undefined) {
  const { ReadableStream, kInternal } = readable();
  const stream = new ReadableStream(kInternal);
  const controller = new ReadableByteStreamController(kInternal);
  setupByteController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
                      highWaterMark, autoAllocateChunkSize);
  return stream;
}

module.exports = {
  ReadableByteStreamController,
  ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest,
  byobReaderErrorReadIntoRequests,
  byobReaderRead,
  byobReaderRelease,
  byteControllerClose,
  byteControllerEnqueue,
  byteControllerError,
  byteControllerGetBYOBRequest,
  byteControllerRespond,
  byteControllerRespondWithNewView,
  createReadableByteStream,
  isBYOBReader,
  isByteController,
  setupByteControllerFromSource,
};
