'use strict';
// async_hooks: AsyncLocalStorage and AsyncResource on the async context frame
// (lib/internal/async_context_frame.js), which follows promises, timers, immediates,
// process.nextTick and queueMicrotask.
//
// createHook() returns a hook whose enable()/disable() work but whose callbacks never
// fire: rt does not track async resources (Node itself discourages this API).
// executionAsyncId()/triggerAsyncId() return 1 and 0, the top-level ids, everywhere.

const {
  codes: { ERR_ASYNC_CALLBACK, ERR_ASYNC_TYPE },
} = require('internal/errors');
const { validateFunction, validateObject, validateString } = require('internal/validators');
const { getFrame, setFrame, run } = require('internal/async_context_frame');

const asyncWrapProviders = Object.freeze({
  __proto__: null,
  NONE: 0, DIRHANDLE: 1, DNSCHANNEL: 2, ELDHISTOGRAM: 3, FILEHANDLE: 4, FILEHANDLECLOSEREQ: 5,
  BLOBREADER: 6, FSEVENTWRAP: 7, FSREQCALLBACK: 8, FSREQPROMISE: 9, GETADDRINFOREQWRAP: 10,
  GETNAMEINFOREQWRAP: 11, HEAPSNAPSHOT: 12, HTTP2SESSION: 13, HTTP2STREAM: 14, HTTP2PING: 15,
  HTTP2SETTINGS: 16, HTTPINCOMINGMESSAGE: 17, HTTPCLIENTREQUEST: 18, JSSTREAM: 19,
  JSUDPWRAP: 20, MESSAGEPORT: 21, PIPECONNECTWRAP: 22, PIPESERVERWRAP: 23, PIPEWRAP: 24,
  PROCESSWRAP: 25, PROMISE: 26, QUERYWRAP: 27, QUIC_LOGSTREAM: 28, QUIC_PACKET: 29,
  SHUTDOWNWRAP: 30, SIGNALWRAP: 31, STATWATCHER: 32, STREAMPIPE: 33, TCPCONNECTWRAP: 34,
  TCPSERVERWRAP: 35, TCPWRAP: 36, TTYWRAP: 37, UDPSENDWRAP: 38, UDPWRAP: 39,
  SIGINTWATCHDOG: 40, WORKER: 41, WORKERHEAPSNAPSHOT: 42, WRITEWRAP: 43, ZLIB: 44,
  CHECKPRIMEREQUEST: 45, PBKDF2REQUEST: 46, KEYPAIRGENREQUEST: 47, KEYGENREQUEST: 48,
  KEYEXPORTREQUEST: 49, CIPHERREQUEST: 50, DERIVEBITSREQUEST: 51, HASHREQUEST: 52,
  RANDOMBYTESREQUEST: 53, RANDOMPRIMEREQUEST: 54, SCRYPTREQUEST: 55, SIGNREQUEST: 56,
  TLSWRAP: 57, VERIFYREQUEST: 58,
});

// A frame with `key` set to `value` (or removed when `remove`): frames are never mutated,
// so a captured frame keeps the stores it had.
function frameWith(key, value, remove) {
  const frame = new Map(getFrame() ?? undefined);
  if (remove) frame.delete(key);
  else frame.set(key, value);
  return frame;
}

class AsyncLocalStorage {
  #enabled = true;

  static bind(fn) {
    validateFunction(fn, 'fn');
    const frame = getFrame();
    return function bound(...args) {
      return run(frame, fn, this, args);
    };
  }

  static snapshot() {
    const frame = getFrame();
    return function runInAsyncScope(fn, ...args) {
      return run(frame, fn, this, args);
    };
  }

  disable() {
    if (!this.#enabled) return;
    this.#enabled = false;
    if (getFrame()?.has(this)) setFrame(frameWith(this, undefined, true));
  }

  getStore() {
    if (!this.#enabled) return undefined;
    return getFrame()?.get(this);
  }

  enterWith(store) {
    this.#enabled = true;
    setFrame(frameWith(this, store, false));
  }

  run(store, callback, ...args) {
    this.#enabled = true;
    return run(frameWith(this, store, false), callback, undefined, args);
  }

  exit(callback, ...args) {
    if (!this.#enabled) return Reflect.apply(callback, undefined, args);
    return run(frameWith(this, undefined, true), callback, undefined, args);
  }
}

let nextAsyncId = 1 << 20;  // clear of the ids timers hand out

const kFrame = Symbol('kFrame');
const kAsyncId = Symbol('async_id_symbol');
const kTriggerId = Symbol('trigger_async_id_symbol');

class AsyncResource {
  constructor(type, opts = {}) {
    validateString(type, 'type');
    let triggerAsyncId = opts;
    if (typeof opts !== 'number') {
      triggerAsyncId = opts.triggerAsyncId === undefined ? 1 : opts.triggerAsyncId;
    }
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      throw new ERR_ASYNC_TYPE(triggerAsyncId);
    }
    this[kAsyncId] = ++nextAsyncId;
    this[kTriggerId] = triggerAsyncId;
    Object.defineProperty(this, kFrame, { __proto__: null, value: getFrame(), writable: true });
  }

  runInAsyncScope(fn, thisArg, ...args) {
    return run(this[kFrame], fn, thisArg, args);
  }

  emitDestroy() {
    return this;
  }

  asyncId() {
    return this[kAsyncId];
  }

  triggerAsyncId() {
    return this[kTriggerId];
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    const resource = this;
    let bound;
    if (thisArg === undefined) {
      bound = function(...args) {
        args.unshift(fn, this);
        return Reflect.apply(resource.runInAsyncScope, resource, args);
      };
    } else {
      bound = resource.runInAsyncScope.bind(resource, fn, thisArg);
    }
    let self = this;
    Object.defineProperties(bound, {
      length: { __proto__: null, configurable: true, enumerable: false, writable: false,
                value: fn.length },
      asyncResource: { __proto__: null, configurable: true, enumerable: true,
                       get() { return self; }, set(v) { self = v; } },
    });
    Object.defineProperty(bound, 'name', { __proto__: null, value: 'bound', configurable: true });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return (new AsyncResource(type)).bind(fn, thisArg);
  }
}

const hookNames = ['init', 'before', 'after', 'destroy', 'promiseResolve'];
const hookSymbols = hookNames.map((name) => Symbol(name));

// Accepted and validated like Node's, but never called (see the top of this file).
class AsyncHook {
  constructor(callbacks) {
    validateObject(callbacks, 'callbacks', { allowFunction: true });
    hookNames.forEach((name, i) => {
      const fn = callbacks[name];
      if (fn !== undefined && typeof fn !== 'function') throw new ERR_ASYNC_CALLBACK(`hook.${name}`);
      this[hookSymbols[i]] = fn;
    });
  }

  enable() {
    return this;
  }

  disable() {
    return this;
  }
}

function createHook(callbacks) {
  return new AsyncHook(callbacks);
}

function executionAsyncId() {
  return 1;
}

function triggerAsyncId() {
  return 0;
}

const topLevelResource = {};

function executionAsyncResource() {
  return topLevelResource;
}

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  asyncWrapProviders,
  AsyncResource,
};
