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

// Finds `key` along the prototype chain without running getters.
function lookupDataProperty(object, key) {
  for (let o = object; o !== null; o = Object.getPrototypeOf(o)) {
    const descriptor = Object.getOwnPropertyDescriptor(o, key);
    if (descriptor !== undefined) return descriptor.value;
  }
  return undefined;
}

const TypedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get;

// The built-in class of an object, as "[object Date]" spells it (Symbol.toStringTag
// is not consulted).
function builtinTag(value) {
  const types = require('internal/util/types');
  if (Array.isArray(value)) return 'Array';
  if (types.isTypedArray(value)) return Reflect.apply(TypedArrayTag, value, []);
  if (types.isDate(value)) return 'Date';
  if (types.isRegExp(value)) return 'RegExp';
  if (types.isBooleanObject(value)) return 'Boolean';
  if (types.isStringObject(value)) return 'String';
  if (types.isNumberObject(value)) return 'Number';
  if (types.isArgumentsObject(value)) return 'Arguments';
  return 'Object';
}

// How V8 turns a value into text without running any of its code, as Node quotes a
// rejection reason: a plain object is "#<Constructor>" only while its toString is
// Object.prototype's; otherwise "[object Tag]".
function noSideEffectsToString(value) {
  if (typeof value === 'symbol') return Symbol.prototype.toString.call(value);
  if (typeof value === 'function') return Function.prototype.toString.call(value);
  if (value === null || typeof value !== 'object') return `${value}`;
  if (require('internal/util/types').isProxy(value)) return '[object Object]';
  if (lookupDataProperty(value, 'toString') === Object.prototype.toString) {
    const ctor = lookupDataProperty(value, 'constructor');
    if (typeof ctor === 'function') {
      const name = Object.getOwnPropertyDescriptor(ctor, 'name')?.value;
      if (typeof name === 'string' && name !== '') return `#<${name}>`;
    }
  }
  return `[object ${builtinTag(value)}]`;
}

class UnhandledPromiseRejection extends Error {
  constructor(reason) {
    super(`${unhandledRejectionMessage} The promise rejected with the reason ` +
          `"${noSideEffectsToString(reason)}".`);
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
    mode = require('internal/options').getOptionValue('--unhandled-rejections') ?? 'throw';
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
  let err = reason;
  if (!isErrorLike(reason)) {
    // Made on a line of its own, indented as Node's: the report shows that line.
    err =
      new UnhandledPromiseRejection(reason);
  }
  triggerUncaughtException(err, true);
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
