'use strict';
// ReadableStreamPipeTo and ReadableStreamTee of the WHATWG Streams Standard.

const {
  codes: { ERR_INVALID_STATE },
} = require('internal/errors');
const { createDeferred, noop, setPromiseHandled, kState } = require('internal/webstreams/util');
const {
  acquireDefaultReader,
  createReadableStream,
  defaultControllerClose,
  defaultControllerEnqueue,
  defaultControllerError,
  defaultReaderRelease,
  readableStreamCancel,
  readableStreamDefaultReaderRead,
  readerClosed,
} = require('internal/webstreams/readablestream');
const {
  closeQueuedOrInFlight,
  writableStreamAbort,
  writerCloseWithErrorPropagation,
  writerRelease,
  writerWrite,
} = require('internal/webstreams/writablestream');

function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  const { WritableStreamDefaultWriter } = require('internal/webstreams/writablestream');
  const reader = acquireDefaultReader(source);
  const writer = new WritableStreamDefaultWriter(dest);
  source[kState].disturbed = true;
  let shuttingDown = false;
  let currentWrite = Promise.resolve();
  const { promise, resolve, reject } = createDeferred();
  let abortAlgorithm;

  function finalize(isError, error) {
    writerRelease(writer);
    defaultReaderRelease(reader);
    if (signal !== undefined) signal.removeEventListener('abort', abortAlgorithm);
    if (isError) reject(error);
    else resolve();
  }

  function waitForWritesToFinish() {
    const oldCurrentWrite = currentWrite;
    return currentWrite.then(
      () => (oldCurrentWrite !== currentWrite ? waitForWritesToFinish() : undefined));
  }

  function shutdownWithAction(action, originalIsError, originalError) {
    if (shuttingDown) return;
    shuttingDown = true;
    const doTheRest = () => {
      let result;
      try {
        result = Promise.resolve(action());
      } catch (error) {
        result = Promise.reject(error);
      }
      result.then(() => finalize(originalIsError, originalError),
                  (newError) => finalize(true, newError));
    };
    if (dest[kState].state === 'writable' && !closeQueuedOrInFlight(dest)) {
      waitForWritesToFinish().then(doTheRest);
    } else {
      doTheRest();
    }
  }

  function shutdown(isError, error) {
    if (shuttingDown) return;
    shuttingDown = true;
    if (dest[kState].state === 'writable' && !closeQueuedOrInFlight(dest)) {
      waitForWritesToFinish().then(() => finalize(isError, error));
    } else {
      finalize(isError, error);
    }
  }

  if (signal !== undefined) {
    abortAlgorithm = () => {
      const error = signal.reason;
      const actions = [];
      if (!preventAbort) {
        actions.push(() => (dest[kState].state === 'writable' ?
          writableStreamAbort(dest, error) : Promise.resolve()));
      }
      if (!preventCancel) {
        actions.push(() => (source[kState].state === 'readable' ?
          readableStreamCancel(source, error) : Promise.resolve()));
      }
      shutdownWithAction(() => Promise.all(actions.map((action) => action())), true, error);
    };
    if (signal.aborted) {
      abortAlgorithm();
      return promise;
    }
    signal.addEventListener('abort', abortAlgorithm, { once: true });
  }

  // One step: wait for the destination to want data, read a chunk, write it.
  function pipeStep() {
    if (shuttingDown) return Promise.resolve(true);
    return writer[kState].ready.promise.then(() => new Promise((resolveStep, rejectStep) => {
      readableStreamDefaultReaderRead(reader, {
        chunk(chunk) {
          currentWrite = writerWrite(writer, chunk).then(undefined, noop);
          resolveStep(false);
        },
        close() { resolveStep(true); },
        error: rejectStep,
      });
    }));
  }

  function pipeLoop() {
    pipeStep().then((done) => {
      if (!done) pipeLoop();
    }, noop);
  }

  // Errors and closes must propagate forward and backward.
  const sourceState = source[kState];
  const destState = dest[kState];
  const sourceErrored = (storedError) => {
    if (!preventAbort) {
      shutdownWithAction(() => writableStreamAbort(dest, storedError), true, storedError);
    } else {
      shutdown(true, storedError);
    }
  };
  const destErrored = (storedError) => {
    if (!preventCancel) {
      shutdownWithAction(() => readableStreamCancel(source, storedError), true, storedError);
    } else {
      shutdown(true, storedError);
    }
  };
  const sourceClosed = () => {
    if (!preventClose) shutdownWithAction(() => writerCloseWithErrorPropagation(writer));
    else shutdown();
  };

  if (sourceState.state === 'errored') sourceErrored(sourceState.storedError);
  else readerClosed(reader).then(undefined, sourceErrored);

  if (destState.state === 'errored') destErrored(destState.storedError);
  else writer[kState].closed.promise.then(undefined, destErrored);

  if (sourceState.state === 'closed') sourceClosed();
  else readerClosed(reader).then(sourceClosed, noop);

  if (closeQueuedOrInFlight(dest) || destState.state === 'closed') {
    const destClosed = new ERR_INVALID_STATE.TypeError(
      'the destination writable stream closed before all data could be piped to it');
    if (!preventCancel) {
      shutdownWithAction(() => readableStreamCancel(source, destClosed), true, destClosed);
    } else {
      shutdown(true, destClosed);
    }
  }

  pipeLoop();
  return promise;
}

function readableStreamTee(stream, cloneForBranch2) {
  // Byte streams tee into default streams here; each branch gets its own bytes.
  if (require('internal/webstreams/bytestream').isByteController(stream[kState].controller)) {
    cloneForBranch2 = true;
  }
  const reader = acquireDefaultReader(stream);
  let reading = false;
  let readAgain = false;
  let canceled1 = false;
  let canceled2 = false;
  let reason1;
  let reason2;
  let branch1;
  let branch2;
  const cancelDeferred = createDeferred();

  function pullAlgorithm() {
    if (reading) {
      readAgain = true;
      return Promise.resolve();
    }
    reading = true;
    readableStreamDefaultReaderRead(reader, {
      chunk(chunk) {
        queueMicrotask(() => {
          readAgain = false;
          const chunk2 = cloneForBranch2 ? cloneChunk(chunk) : chunk;
          if (!canceled1) defaultControllerEnqueue(branch1[kState].controller, chunk);
          if (!canceled2) defaultControllerEnqueue(branch2[kState].controller, chunk2);
          reading = false;
          if (readAgain) pullAlgorithm();
        });
      },
      close() {
        reading = false;
        if (!canceled1) defaultControllerClose(branch1[kState].controller);
        if (!canceled2) defaultControllerClose(branch2[kState].controller);
        if (!canceled1 || !canceled2) cancelDeferred.resolve();
      },
      error() {
        reading = false;
      },
    });
    return Promise.resolve();
  }

  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) cancelDeferred.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelDeferred.promise;
  }

  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) cancelDeferred.resolve(readableStreamCancel(stream, [reason1, reason2]));
    return cancelDeferred.promise;
  }

  branch1 = createReadableStream(noop, pullAlgorithm, cancel1Algorithm);
  branch2 = createReadableStream(noop, pullAlgorithm, cancel2Algorithm);
  setPromiseHandled(readerClosed(reader).then(undefined, (error) => {
    defaultControllerError(branch1[kState].controller, error);
    defaultControllerError(branch2[kState].controller, error);
    if (!canceled1 || !canceled2) cancelDeferred.resolve();
  }));
  return [branch1, branch2];
}

function cloneChunk(chunk) {
  if (ArrayBuffer.isView(chunk)) {
    const end = chunk.byteOffset + chunk.byteLength;
    return new Uint8Array(chunk.buffer.slice(chunk.byteOffset, end));
  }
  return structuredClone(chunk);
}

module.exports = { readableStreamPipeTo, readableStreamTee };
