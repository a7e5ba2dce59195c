'use strict';

// Unhandled promise rejections, Node's default mode ('throw'): a rejection still
// unhandled once ticks and microtasks are drained emits 'unhandledRejection', and
// without a listener becomes an uncaught exception.

const {
  kPromiseRejectWithNoHandler,
  kPromiseHandlerAddedAfterReject,
  triggerUncaughtException,
} = internalBinding('errors');
const { setHasRejectionToWarn, nextTick } = require('internal/process/task_queues');

const maybeUnhandled = new WeakMap();
const pending = [];
const handledLate = [];

function onPromiseReject(type, promise, reason) {
  if (type === kPromiseRejectWithNoHandler) {
    maybeUnhandled.set(promise, { reason, warned: false });
    pending.push(promise);
    setHasRejectionToWarn(true);
  } else if (type === kPromiseHandlerAddedAfterReject) {
    const info = maybeUnhandled.get(promise);
    if (info === undefined) return;
    maybeUnhandled.delete(promise);
    if (info.warned) {
      handledLate.push(promise);
      setHasRejectionToWarn(true);
    }
  }
}

const unhandledRejectionMessage =
  'This error originated either by throwing inside of an async function without a ' +
  'catch block, or by rejecting a promise which was not handled with .catch().';

class UnhandledPromiseRejection extends Error {
  constructor(reason) {
    const { inspect } = require('internal/util/inspect');
    super(`${unhandledRejectionMessage} The promise rejected with the reason ` +
          `"${inspect(reason)}".`);
    this.code = 'ERR_UNHANDLED_REJECTION';
  }
}
Object.defineProperty(UnhandledPromiseRejection.prototype, 'name', {
  value: 'UnhandledPromiseRejection', writable: true, configurable: true, enumerable: false,
});

function isErrorLike(value) {
  return typeof value === 'object' && value !== null &&
    Object.prototype.hasOwnProperty.call(value, 'stack');
}

// Returns true when it may have scheduled ticks or microtasks (the drain loop goes on).
function processPromiseRejections() {
  let maybeScheduled = false;
  while (handledLate.length > 0) {
    const promise = handledLate.shift();
    nextTick(() => process.emit('rejectionHandled', promise));
    maybeScheduled = true;
  }
  let len = pending.length;
  while (len--) {
    const promise = pending.shift();
    const info = maybeUnhandled.get(promise);
    if (info === undefined) continue;
    info.warned = true;
    const { reason } = info;
    if (!process.emit('unhandledRejection', reason, promise)) {
      triggerUncaughtException(isErrorLike(reason) ? reason : new UnhandledPromiseRejection(reason),
                               true);
    }
    maybeScheduled = true;
  }
  setHasRejectionToWarn(pending.length > 0);
  return maybeScheduled || pending.length > 0;
}

module.exports = { onPromiseReject, processPromiseRejections };
