'use strict';
// TransformStream and TransformStreamDefaultController, after the WHATWG
// Streams Standard (including transformer.cancel).

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
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
  extractHighWaterMark,
  extractSizeAlgorithm,
  getMethod,
  isBrand,
  promiseCall,
  kState,
  kType,
} = require('internal/webstreams/util');
const {
  createReadableStream,
  defaultControllerCanCloseOrEnqueue,
  defaultControllerClose,
  defaultControllerEnqueue,
  defaultControllerError,
  defaultControllerGetDesiredSize,
  defaultControllerHasBackpressure,
} = require('internal/webstreams/readablestream');
const {
  controllerErrorIfNeeded,
  createWritableStream,
} = require('internal/webstreams/writablestream');

const kInternal = Symbol('kInternal');

const isTransformStream = (value) => isBrand(value, 'TransformStream');
const isController = (value) => isBrand(value, 'TransformStreamDefaultController');

class TransformStream {
  constructor(transformer = undefined, writableStrategy = undefined, readableStrategy = undefined) {
    // A cloneable object in place of `this` (internal/cloneable): it can only be
    // transferred, so cloning it throws Node's error.
    const self = createCloneable(new.target.prototype);
    if (transformer === undefined || transformer === null) transformer = {};
    else validateObject(transformer, 'transformer', kValidateObjectAllowObjects);
    if (writableStrategy === undefined || writableStrategy === null) writableStrategy = {};
    else validateObject(writableStrategy, 'writableStrategy', kValidateObjectAllowObjects);
    if (readableStrategy === undefined || readableStrategy === null) readableStrategy = {};
    else validateObject(readableStrategy, 'readableStrategy', kValidateObjectAllowObjects);
    if (transformer.readableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.readableType',
                                                 transformer.readableType);
    }
    if (transformer.writableType !== undefined) {
      throw new ERR_INVALID_ARG_VALUE.RangeError('transformer.writableType',
                                                 transformer.writableType);
    }
    const readableHighWaterMark = extractHighWaterMark(readableStrategy, 0);
    const readableSize = extractSizeAlgorithm(readableStrategy);
    const writableHighWaterMark = extractHighWaterMark(writableStrategy, 1);
    const writableSize = extractSizeAlgorithm(writableStrategy);
    const startDeferred = createDeferred();
    initializeTransformStream(self, startDeferred.promise, writableHighWaterMark, writableSize,
                              readableHighWaterMark, readableSize);
    setupControllerFromTransformer(self, transformer);
    const start = getMethod(transformer, 'start');
    if (start) startDeferred.resolve(start(self[kState].controller));
    else startDeferred.resolve();
    return self;
  }

  get [kTransferOnly]() {
    return true;
  }

  get readable() {
    if (!isTransformStream(this)) throw new ERR_INVALID_THIS('TransformStream');
    return this[kState].readable;
  }

  get writable() {
    if (!isTransformStream(this)) throw new ERR_INVALID_THIS('TransformStream');
    return this[kState].writable;
  }
}

Object.defineProperties(TransformStream.prototype, {
  readable: kEnumerableProperty,
  writable: kEnumerableProperty,
  [Symbol.toStringTag]: { __proto__: null, value: 'TransformStream', configurable: true },
});
defineInspect(TransformStream, (self) => ({
  readable: self[kState].readable,
  writable: self[kState].writable,
  backpressure: self[kState].backpressure,
}));

function initializeTransformStream(stream, startPromise, writableHighWaterMark, writableSize,
                                   readableHighWaterMark, readableSize) {
  stream[kType] = 'TransformStream';
  const state = {
    readable: undefined,
    writable: undefined,
    backpressure: undefined,
    backpressureChange: undefined,
    controller: undefined,
  };
  stream[kState] = state;
  const startAlgorithm = () => startPromise;
  state.writable = createWritableStream(
    startAlgorithm,
    (chunk) => sinkWrite(stream, chunk),
    () => sinkClose(stream),
    (reason) => sinkAbort(stream, reason),
    writableHighWaterMark, writableSize);
  state.readable = createReadableStream(
    startAlgorithm,
    () => sourcePull(stream),
    (reason) => sourceCancel(stream, reason),
    readableHighWaterMark, readableSize);
  setBackpressure(stream, true);
}

function readableController(stream) {
  return stream[kState].readable[kState].controller;
}

function errorStream(stream, error) {
  defaultControllerError(readableController(stream), error);
  errorWritableAndUnblockWrite(stream, error);
}

function errorWritableAndUnblockWrite(stream, error) {
  controllerClearAlgorithms(stream[kState].controller);
  controllerErrorIfNeeded(stream[kState].writable[kState].controller, error);
  unblockWrite(stream);
}

function unblockWrite(stream) {
  if (stream[kState].backpressure) setBackpressure(stream, false);
}

function setBackpressure(stream, backpressure) {
  const state = stream[kState];
  if (state.backpressureChange !== undefined) state.backpressureChange.resolve();
  state.backpressureChange = createDeferred();
  state.backpressure = backpressure;
}

// --- TransformStreamDefaultController ---

class TransformStreamDefaultController {
  constructor(key = undefined) {
    if (key !== kInternal) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kType] = 'TransformStreamDefaultController';
  }

  get desiredSize() {
    if (!isController(this)) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    return defaultControllerGetDesiredSize(readableController(this[kState].stream));
  }

  enqueue(chunk = undefined) {
    if (!isController(this)) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    controllerEnqueue(this, chunk);
  }

  error(reason = undefined) {
    if (!isController(this)) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    errorStream(this[kState].stream, reason);
  }

  terminate() {
    if (!isController(this)) throw new ERR_INVALID_THIS('TransformStreamDefaultController');
    controllerTerminate(this);
  }
}

Object.defineProperties(TransformStreamDefaultController.prototype, {
  desiredSize: kEnumerableProperty,
  enqueue: kEnumerableProperty,
  error: kEnumerableProperty,
  terminate: kEnumerableProperty,
  [Symbol.toStringTag]: {
    __proto__: null, value: 'TransformStreamDefaultController', configurable: true,
  },
});
defineInspect(TransformStreamDefaultController, (self) => ({ stream: self[kState].stream }));

function setupController(stream, controller, transformAlgorithm, flushAlgorithm,
                         cancelAlgorithm) {
  controller[kState] = {
    stream,
    transformAlgorithm,
    flushAlgorithm,
    cancelAlgorithm,
    finish: undefined,
  };
  stream[kState].controller = controller;
}

function setupControllerFromTransformer(stream, transformer) {
  const controller = new TransformStreamDefaultController(kInternal);
  const transform = getMethod(transformer, 'transform');
  const flush = getMethod(transformer, 'flush');
  const cancel = getMethod(transformer, 'cancel');
  const transformAlgorithm = transform ?
    (chunk) => promiseCall(transform, chunk, controller) :
    (chunk) => {
      try {
        controllerEnqueue(controller, chunk);
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error);
      }
    };
  setupController(
    stream, controller, transformAlgorithm,
    flush ? () => promiseCall(flush, controller) : () => Promise.resolve(),
    cancel ? (reason) => promiseCall(cancel, reason) : () => Promise.resolve());
}

function controllerClearAlgorithms(controller) {
  const state = controller[kState];
  state.transformAlgorithm = undefined;
  state.flushAlgorithm = undefined;
  state.cancelAlgorithm = undefined;
}

function controllerEnqueue(controller, chunk) {
  const stream = controller[kState].stream;
  const readable = readableController(stream);
  if (!defaultControllerCanCloseOrEnqueue(readable)) {
    throw new ERR_INVALID_STATE.TypeError('Unable to enqueue');
  }
  try {
    defaultControllerEnqueue(readable, chunk);
  } catch (error) {
    errorWritableAndUnblockWrite(stream, error);
    throw stream[kState].readable[kState].storedError;
  }
  const backpressure = defaultControllerHasBackpressure(readable);
  if (backpressure !== stream[kState].backpressure) setBackpressure(stream, true);
}

function controllerTerminate(controller) {
  const stream = controller[kState].stream;
  defaultControllerClose(readableController(stream));
  errorWritableAndUnblockWrite(stream,
                               new ERR_INVALID_STATE.TypeError('TransformStream terminated'));
}

function performTransform(controller, chunk) {
  const stream = controller[kState].stream;
  return controller[kState].transformAlgorithm(chunk).then(undefined, (error) => {
    errorStream(stream, error);
    throw error;
  });
}

// --- The writable side's sink and the readable side's source ---

function sinkWrite(stream, chunk) {
  const controller = stream[kState].controller;
  if (stream[kState].backpressure) {
    return stream[kState].backpressureChange.promise.then(() => {
      const writable = stream[kState].writable[kState];
      if (writable.state === 'erroring') throw writable.storedError;
      return performTransform(controller, chunk);
    });
  }
  return performTransform(controller, chunk);
}

function sinkAbort(stream, reason) {
  const controller = stream[kState].controller;
  const controllerState = controller[kState];
  if (controllerState.finish !== undefined) return controllerState.finish.promise;
  const readable = stream[kState].readable;
  const finish = createDeferred();
  controllerState.finish = finish;
  const cancelPromise = controllerState.cancelAlgorithm(reason);
  controllerClearAlgorithms(controller);
  cancelPromise.then(() => {
    if (readable[kState].state === 'errored') {
      finish.reject(readable[kState].storedError);
    } else {
      defaultControllerError(readable[kState].controller, reason);
      finish.resolve();
    }
  }, (error) => {
    defaultControllerError(readable[kState].controller, error);
    finish.reject(error);
  });
  return finish.promise;
}

function sinkClose(stream) {
  const controller = stream[kState].controller;
  const controllerState = controller[kState];
  if (controllerState.finish !== undefined) return controllerState.finish.promise;
  const readable = stream[kState].readable;
  const finish = createDeferred();
  controllerState.finish = finish;
  const flushPromise = controllerState.flushAlgorithm();
  controllerClearAlgorithms(controller);
  flushPromise.then(() => {
    if (readable[kState].state === 'errored') {
      finish.reject(readable[kState].storedError);
    } else {
      defaultControllerClose(readable[kState].controller);
      finish.resolve();
    }
  }, (error) => {
    defaultControllerError(readable[kState].controller, error);
    finish.reject(error);
  });
  return finish.promise;
}

function sourcePull(stream) {
  setBackpressure(stream, false);
  return stream[kState].backpressureChange.promise;
}

function sourceCancel(stream, reason) {
  const controller = stream[kState].controller;
  const controllerState = controller[kState];
  if (controllerState.finish !== undefined) return controllerState.finish.promise;
  const writable = stream[kState].writable;
  const finish = createDeferred();
  controllerState.finish = finish;
  const cancelPromise = controllerState.cancelAlgorithm(reason);
  controllerClearAlgorithms(controller);
  cancelPromise.then(() => {
    if (writable[kState].state === 'errored') {
      finish.reject(writable[kState].storedError);
    } else {
      controllerErrorIfNeeded(writable[kState].controller, reason);
      unblockWrite(stream);
      finish.resolve();
    }
  }, (error) => {
    controllerErrorIfNeeded(writable[kState].controller, error);
    unblockWrite(stream);
    finish.reject(error);
  });
  return finish.promise;
}

// A TransformStream whose transform and flush are internal functions
// (TextEncoderStream, CompressionStream, ...): transform(chunk, controller).
function createTransformStream(transform, flush) {
  return new TransformStream({ transform, flush });
}

module.exports = {
  TransformStream,
  TransformStreamDefaultController,
  createTransformStream,
  isTransformStream,
};
