'use strict';
// The events module: EventEmitter and its static helpers. Loaded during
// bootstrap, so the top level uses nothing but JS built-ins; `process` and
// inspect are reached only inside functions.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNHANDLED_ERROR },
  genericNodeError,
  kEnhanceStackBeforeInspector,
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateNumber,
  validateString,
} = require('internal/validators');
const { addAbortListener, on, once } = require('internal/events/async');

const kCapture = Symbol('kCapture');
const kErrorMonitor = Symbol('events.errorMonitor');
// Set on an emitter whose subclass pre-shaped `_events`: removing listeners then
// leaves `undefined` slots instead of deleting keys, keeping the object's shape.
const kShapeMode = Symbol('shapeMode');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kRejection = Symbol.for('nodejs.rejection');

let defaultMaxListeners = 10;
let inspect;
let eventTarget; // internal/event_target, loaded on first need

function lazyInspect() {
  inspect ??= require('internal/util/inspect').inspect;
  return inspect;
}

function lazyEventTarget() {
  if (eventTarget === undefined) {
    const { BuiltinModule } = require('internal/bootstrap/realm');
    eventTarget = BuiltinModule.exists('internal/event_target') ?
      require('internal/event_target') : {};
  }
  return eventTarget;
}

function isEventTarget(value) {
  const { isEventTarget } = lazyEventTarget();
  return typeof isEventTarget === 'function' && isEventTarget(value);
}

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

// The enumerable static helpers come first, as in Node.
EventEmitter.addAbortListener = addAbortListener;
EventEmitter.once = once;
EventEmitter.on = on;
EventEmitter.getEventListeners = getEventListeners;
EventEmitter.getMaxListeners = getMaxListeners;
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;

Object.defineProperty(EventEmitter, 'captureRejections', {
  get() {
    return EventEmitter.prototype[kCapture];
  },
  set(value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
  enumerable: true,
});

let EventEmitterAsyncResource;
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  enumerable: true,
  get() {
    EventEmitterAsyncResource ??= makeEventEmitterAsyncResource();
    return EventEmitterAsyncResource;
  },
  set: undefined,
  configurable: true,
});

EventEmitter.errorMonitor = kErrorMonitor;

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  enumerable: true,
  get() {
    return defaultMaxListeners;
  },
  set(value) {
    validateNumber(value, 'defaultMaxListeners', 0);
    defaultMaxListeners = value;
  },
});

Object.defineProperties(EventEmitter, {
  kMaxEventTargetListeners: { value: kMaxEventTargetListeners },
  kMaxEventTargetListenersWarned: { value: kMaxEventTargetListenersWarned },
});

// events.setMaxListeners(n, ...targets): the default for new emitters when no
// target is given, otherwise the limit of each EventEmitter or EventTarget.
EventEmitter.setMaxListeners = function(n = defaultMaxListeners, ...eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (const target of eventTargets) {
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
};

EventEmitter.init = function(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts?.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    // An own property keeps emit() from walking the prototype chain.
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};

// Deprecated (DEP0033) in favour of emitter.listenerCount().
EventEmitter.listenerCount = function(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return listenerCount.call(emitter, type);
};

const proto = EventEmitter.prototype;
proto._events = undefined;
proto._eventsCount = 0;
proto._maxListeners = undefined;
Object.defineProperty(proto, kCapture, { value: false, writable: true, enumerable: false });

function checkListener(listener) {
  validateFunction(listener, 'listener');
}

function maxListenersOf(emitter) {
  return emitter._maxListeners === undefined ? defaultMaxListeners : emitter._maxListeners;
}

proto.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

proto.getMaxListeners = function getMaxListeners() {
  return maxListenersOf(this);
};

function emit(type, ...args) {
  const events = this._events;

  if (type === 'error' && events !== undefined && events[kErrorMonitor] !== undefined) {
    this.emit(kErrorMonitor, ...args);
  }
  // The throws stay in emit, indented as Node's: their source line is printed above
  // the stack when nothing catches them.
  if (type === 'error' && (events === undefined || events.error === undefined)) {
    const er = args.length > 0 ? args[0] : undefined;
    if (er instanceof Error) {
      recordEmitSite(this, er);
      throw er; // Unhandled 'error' event
    }
    const err = new ERR_UNHANDLED_ERROR(describeUnhandled(er));
    err.context = er;
    throw err; // Unhandled 'error' event
  }
  if (events === undefined) return false;

  const handler = events[type];
  if (handler === undefined) return false;

  if (typeof handler === 'function') {
    const result = handler.apply(this, args);
    // Listeners nearly always return undefined; only a returned promise matters.
    if (result !== undefined && result !== null) addCatch(this, result, type, args);
    return true;
  }

  // Copy first: listeners may add or remove listeners while we iterate.
  const len = handler.length;
  const listeners = len === 2 ? [handler[0], handler[1]] : handler.slice();
  for (let i = 0; i < len; i++) {
    const result = listeners[i].apply(this, args);
    if (result !== undefined && result !== null) addCatch(this, result, type, args);
  }
  return true;
}
proto.emit = emit;

// Remembers where emit('error') was called, for the fatal error report.
function recordEmitSite(emitter, er) {
  try {
    const capture = {};
    Error.captureStackTrace(capture, EventEmitter.prototype.emit);
    Object.defineProperty(er, kEnhanceStackBeforeInspector, {
      value: enhanceStackTrace.bind(emitter, er, capture),
      configurable: true,
    });
  } catch {
    // The error may be frozen; it is thrown as it is.
  }
}

// What ERR_UNHANDLED_ERROR says about an 'error' event argument that is not an Error.
function describeUnhandled(er) {
  try {
    return lazyInspect()(er);
  } catch {
    return er;
  }
}

// The stack printed for an uncaught 'error' event: the error's own stack, then
// where emit('error') was called, without the frames both share.
function enhanceStackTrace(err, own) {
  let ctorInfo = '';
  try {
    const { name } = this.constructor;
    if (name !== 'EventEmitter') ctorInfo = ` on ${name} instance`;
  } catch {
    // No usable constructor name.
  }
  const errStack = err.stack.split('\n').slice(1);
  const ownStack = own.stack.split('\n').slice(1);
  const { len, offset } = sharedFrames(ownStack, errStack);
  if (len > 0) {
    ownStack.splice(offset + 1, len - 2, '    [... lines matching original stack trace ...]');
  }
  return `${err.stack}\nEmitted 'error' event${ctorInfo} at:\n${ownStack.join('\n')}`;
}

// The first run of more than three lines of `a` that also appears in `b`.
function sharedFrames(a, b) {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos === -1 || b.length - pos <= 3) continue;
    const maxLen = Math.min(a.length - i, b.length - pos);
    let len = 1;
    while (len < maxLen && a[i + len] === b[pos + len]) len++;
    if (len > 3) return { len, offset: i };
  }
  return { len: 0, offset: 0 };
}

// With captureRejections, a promise returned by a listener that rejects is
// routed to emitter[Symbol.for('nodejs.rejection')] or to an 'error' event.
function addCatch(emitter, promise, type, args) {
  if (!emitter[kCapture]) return;
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, (err) => {
        process.nextTick(emitUnhandledRejectionOrErr, emitter, err, type, args);
      });
    }
  } catch (err) {
    emitter.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(emitter, err, type, args) {
  if (typeof emitter[kRejection] === 'function') {
    emitter[kRejection](err, type, ...args);
    return;
  }
  // Turn capturing off while emitting so a rejecting 'error' listener cannot loop.
  const previous = emitter[kCapture];
  try {
    emitter[kCapture] = false;
    emitter.emit('error', err);
  } finally {
    emitter[kCapture] = previous;
  }
}

function addListenerTo(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ?? listener);
      // A 'newListener' listener may have replaced _events.
      events = target._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    target._eventsCount++;
    return target;
  }
  if (typeof existing === 'function') {
    existing = events[type] = prepend ? [listener, existing] : [existing, listener];
  } else if (prepend) {
    existing.unshift(listener);
  } else {
    existing.push(listener);
  }

  const max = maxListenersOf(target);
  if (max > 0 && existing.length > max && !existing.warned) {
    existing.warned = true;
    const warning = genericNodeError(
      `Possible EventEmitter memory leak detected. ${existing.length} ${String(type)} ` +
      `listeners added to ${lazyInspect()(target, { depth: -1 })}. MaxListeners is ${max}. ` +
      'Use emitter.setMaxListeners() to increase limit',
      { name: 'MaxListenersExceededWarning', emitter: target, type, count: existing.length });
    process.emitWarning(warning);
  }
  return target;
}

function addListener(type, listener) {
  return addListenerTo(this, type, listener, false);
}
proto.addListener = addListener;
proto.on = addListener;

proto.prependListener = function prependListener(type, listener) {
  return addListenerTo(this, type, listener, true);
};

// The function once() registers: it removes itself before calling the listener,
// and carries the original as `.listener` so removeListener() and listeners()
// can see through it.
function onceWrapper() {
  if (!this.fired) {
    this.target.removeListener(this.type, this.wrapFn);
    this.fired = true;
    if (arguments.length === 0) return this.listener.call(this.target);
    return this.listener.apply(this.target, arguments);
  }
}

function wrapOnce(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}

proto.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, wrapOnce(this, type, listener));
  return this;
};

proto.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, wrapOnce(this, type, listener));
  return this;
};

function hasListenersFor(emitter, type) {
  const events = emitter._events;
  if (type === undefined) return events !== undefined;
  return events !== undefined && events[type] !== undefined;
}

function removeListener(type, listener) {
  checkListener(listener);
  if (!hasListenersFor(this, type)) return this;

  const events = this._events;
  const list = events[type];

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) {
      events[type] = undefined;
    } else if (this._eventsCount === 0) {
      this._events = { __proto__: null };
    } else {
      delete events[type];
      if (events.removeListener) {
        this.emit('removeListener', type, list.listener || listener);
      }
    }
    return this;
  }

  if (typeof list === 'function') return this;

  // The most recently added match goes first.
  let position = -1;
  for (let i = list.length - 1; i >= 0; i--) {
    if (list[i] === listener || list[i].listener === listener) {
      position = i;
      break;
    }
  }
  if (position < 0) return this;

  if (position === 0) {
    list.shift();
  } else {
    for (let i = position + 1; i < list.length; i++) list[i - 1] = list[i];
    list.pop();
  }
  if (list.length === 1) events[type] = list[0];
  if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  return this;
}
proto.removeListener = removeListener;
proto.off = removeListener;

proto.removeAllListeners = function removeAllListeners(type) {
  if (!hasListenersFor(this)) return this;
  const events = this._events;

  // Nobody listens for 'removeListener': drop listeners without telling anyone.
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }

  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    for (let i = listeners.length - 1; i >= 0; i--) {
      this.removeListener(type, listeners[i]);
    }
  }
  return this;
};

function listenersOf(emitter, type, unwrap) {
  const events = emitter._events;
  if (events === undefined) return [];
  const found = events[type];
  if (found === undefined) return [];
  if (typeof found === 'function') return unwrap ? [found.listener || found] : [found];
  if (!unwrap) return found.slice();
  const out = new Array(found.length);
  for (let i = 0; i < found.length; i++) out[i] = found[i].listener || found[i];
  return out;
}

proto.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

proto.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const found = events[type];
  if (typeof found === 'function') {
    if (listener != null) return listener === found || listener === found.listener ? 1 : 0;
    return 1;
  }
  if (found === undefined) return 0;
  if (listener == null) return found.length;
  let matching = 0;
  for (let i = 0; i < found.length; i++) {
    if (found[i] === listener || found[i].listener === listener) matching++;
  }
  return matching;
}
proto.listenerCount = listenerCount;

proto.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget.listeners === 'function') {
    return emitterOrTarget.listeners(type);
  }
  if (isEventTarget(emitterOrTarget)) {
    // EventTarget keeps a linked list per type (weak listeners hold a WeakRef).
    const { kEvents } = lazyEventTarget();
    const root = emitterOrTarget[kEvents].get(type);
    const listeners = [];
    let handler = root?.next;
    while (handler?.listener !== undefined) {
      const listener = handler.listener;
      listeners.push(typeof listener?.deref === 'function' ? listener.deref() : listener);
      handler = handler.next;
    }
    return listeners;
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') {
    return maxListenersOf(emitterOrTarget);
  }
  if (emitterOrTarget?.[kMaxEventTargetListeners]) {
    return emitterOrTarget[kMaxEventTargetListeners];
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

// An EventEmitter whose listeners run in the async context of its creation.
// Falls back to running them directly while async_hooks is not available.
function makeEventEmitterAsyncResource() {
  const { BuiltinModule } = require('internal/bootstrap/realm');
  const AsyncResource = BuiltinModule.exists('async_hooks') ?
    require('async_hooks').AsyncResource : PlainAsyncResource;
  const kEventEmitter = Symbol('kEventEmitter');
  const kAsyncResource = Symbol('kAsyncResource');

  class EventEmitterReferencingAsyncResource extends AsyncResource {
    constructor(ee, type, options) {
      super(type, options);
      this[kEventEmitter] = ee;
    }

    get eventEmitter() {
      if (this[kEventEmitter] === undefined) {
        throw new ERR_INVALID_THIS('EventEmitterReferencingAsyncResource');
      }
      return this[kEventEmitter];
    }
  }

  function resourceOf(ee) {
    if (ee[kAsyncResource] === undefined) throw new ERR_INVALID_THIS('EventEmitterAsyncResource');
    return ee[kAsyncResource];
  }

  return class EventEmitterAsyncResource extends EventEmitter {
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        if (new.target === EventEmitterAsyncResource) {
          validateString(options?.name, 'options.name');
        }
        name = options?.name || new.target.name;
      }
      super(options);
      this[kAsyncResource] = new EventEmitterReferencingAsyncResource(this, name, options);
    }

    emit(event, ...args) {
      const resource = resourceOf(this);
      return resource.runInAsyncScope(super.emit, this, event, ...args);
    }

    emitDestroy() {
      resourceOf(this).emitDestroy();
    }

    get asyncId() {
      return resourceOf(this).asyncId();
    }

    get triggerAsyncId() {
      return resourceOf(this).triggerAsyncId();
    }

    get asyncResource() {
      return resourceOf(this);
    }
  };
}

class PlainAsyncResource {
  constructor(type) {
    this.type = type;
  }

  runInAsyncScope(fn, thisArg, ...args) {
    return fn.apply(thisArg, args);
  }

  emitDestroy() {
    return this;
  }

  asyncId() {
    return -1;
  }

  triggerAsyncId() {
    return -1;
  }
}

module.exports = EventEmitter;
