'use strict';

// What worker_threads reports about the current thread, filled in by
// lib/internal/main/worker_thread.js before a worker's script runs, and what the parent
// and the worker share: message types, SHARE_ENV, environmentData, and the way an
// uncaught error travels to the parent.

const binding = internalBinding('worker');

const messageTypes = {
  LOAD_SCRIPT: 'loadScript',
  UP_AND_RUNNING: 'upAndRunning',
  ERROR_MESSAGE: 'errorMessage',
  COULD_NOT_SERIALIZE_ERROR: 'couldNotSerializeError',
  STDIO_PAYLOAD: 'stdioPayload',
};

const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');

const environmentData = new Map();

const workerState = {
  isMainThread: binding.isMainThread,
  threadId: binding.threadId,
  parentPort: null,
  workerData: null,
  resourceLimits: {},
};

const errorConstructors = {
  Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
};

// An uncaught error as a cloneable record: its class (one of the built-in ones), message,
// stack and own enumerable properties, so the parent gets an Error like the original.
function serializeError(error, depth = 0) {
  if (error === null || typeof error !== 'object' ||
      Object.prototype.toString.call(error) !== '[object Error]') {
    return { kind: 'value', value: error };
  }
  let name = 'Error';
  for (let proto = Object.getPrototypeOf(error); proto !== null; proto = Object.getPrototypeOf(proto)) {
    const ctorName = Object.prototype.hasOwnProperty.call(proto, 'constructor') ?
      proto.constructor?.name : undefined;
    if (ctorName !== undefined && Object.prototype.hasOwnProperty.call(errorConstructors, ctorName) &&
        proto === errorConstructors[ctorName].prototype) {
      name = ctorName;
      break;
    }
  }
  const props = {};
  for (const key of Object.keys(error)) {
    try {
      props[key] = structuredClone(error[key]);
    } catch {
      // Not cloneable: left out.
    }
  }
  let stack;
  try {
    stack = error.stack;
  } catch {
    // A throwing stack getter: no stack.
  }
  let cause;
  if (Object.prototype.hasOwnProperty.call(error, 'cause') && depth < 8) {
    try {
      cause = serializeError(error.cause, depth + 1);
      structuredClone(cause);
    } catch {
      cause = undefined;
    }
  }
  return {
    kind: 'error',
    name,
    cause,
    ownName: Object.prototype.hasOwnProperty.call(error, 'name') ? undefined : String(error.name),
    message: String(error.message),
    stack: typeof stack === 'string' ? stack : undefined,
    props,
  };
}

function deserializeError(record) {
  if (record?.kind !== 'error') return record?.value;
  const Ctor = errorConstructors[record.name] ?? Error;
  const error = Object.create(Ctor.prototype);
  Object.defineProperty(error, 'message', {
    __proto__: null, value: record.message, writable: true, configurable: true, enumerable: false,
  });
  if (record.stack !== undefined) {
    Object.defineProperty(error, 'stack', {
      __proto__: null, value: record.stack, writable: true, configurable: true, enumerable: false,
    });
  }
  if (record.ownName !== undefined && record.ownName !== Ctor.prototype.name) {
    Object.defineProperty(error, 'name', {
      __proto__: null, value: record.ownName, writable: true, configurable: true, enumerable: false,
    });
  }
  if (record.cause !== undefined) {
    Object.defineProperty(error, 'cause', {
      __proto__: null, value: deserializeError(record.cause), writable: true, configurable: true,
      enumerable: false,
    });
  }
  Object.assign(error, record.props);
  // As Node marks an error that crossed threads (util.inspect shows `TypeError [Error]`).
  Object.defineProperty(error, Symbol.toStringTag, {
    __proto__: null, value: 'Error', configurable: true,
  });
  return error;
}

module.exports = {
  messageTypes, SHARE_ENV, environmentData, workerState, serializeError, deserializeError,
};
