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
let lastRejectionId = 0;
const pending = [];
const handledLate = [];

function onPromiseReject(type, promise, reason) {
  if (type === kPromiseRejectWithNoHandler) {
    maybeUnhandled.set(promise, { reason, warned: false, uid: ++lastRejectionId });
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

// --unhandled-rejections=throw (default) | strict | warn | none | warn-with-error-code
let mode;
function getMode() {
  if (mode === undefined) {
    mode = 'throw';
    const args = process.execArgv;
    for (let i = 0; i < args.length; i++) {
      if (args[i].startsWith('--unhandled-rejections=')) {
        mode = args[i].slice('--unhandled-rejections='.length);
      } else if (args[i] === '--unhandled-rejections' && i + 1 < args.length) {
        mode = args[i + 1];
      }
    }
  }
  return mode;
}

function emitUnhandledRejectionWarning(uid, reason) {
  const warning = new Error(
    'Unhandled promise rejection. This error originated either by throwing inside of an ' +
    'async function without a catch block, or by rejecting a promise which was not handled ' +
    'with .catch(). To terminate the rt process on unhandled promise rejection, use the CLI ' +
    'flag `--unhandled-rejections=strict` (see ' +
    'https://nodejs.org/api/cli.html#cli_unhandled_rejections_mode). ' +
    `(rejection id: ${uid})`);
  warning.name = 'UnhandledPromiseRejectionWarning';
  try {
    if (isErrorLike(reason)) {
      process.emitWarning(reason.stack, 'UnhandledPromiseRejectionWarning');
    } else {
      const { inspect } = require('internal/util/inspect');
      process.emitWarning(inspect(reason), 'UnhandledPromiseRejectionWarning');
    }
  } catch {
    // An unprintable reason still gets the general warning below.
  }
  process.emitWarning(warning);
}

function triggerFor(reason) {
  triggerUncaughtException(isErrorLike(reason) ? reason : new UnhandledPromiseRejection(reason),
                           true);
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
    const { reason, uid } = info;
    switch (getMode()) {
      case 'strict': {
        triggerFor(reason);
        process.emit('unhandledRejection', reason, promise);
        break;
      }
      case 'warn': {
        if (!process.emit('unhandledRejection', reason, promise)) {
          emitUnhandledRejectionWarning(uid, reason);
        }
        break;
      }
      case 'warn-with-error-code': {
        if (!process.emit('unhandledRejection', reason, promise)) {
          emitUnhandledRejectionWarning(uid, reason);
          process.exitCode = 1;
        }
        break;
      }
      case 'none': {
        process.emit('unhandledRejection', reason, promise);
        break;
      }
      default: {
        if (!process.emit('unhandledRejection', reason, promise)) triggerFor(reason);
      }
    }
    maybeScheduled = true;
  }
  setHasRejectionToWarn(pending.length > 0);
  return maybeScheduled || pending.length > 0;
}

module.exports = { onPromiseReject, processPromiseRejections };
