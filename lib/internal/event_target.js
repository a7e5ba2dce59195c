'use strict';
// Event, CustomEvent and EventTarget as Node implements them: no propagation
// path (every dispatch is AT_TARGET), listeners kept per type in a linked
// list, listener errors reported as uncaught exceptions on the next tick.
// Also the helpers other modules build on: event handler attributes
// (`onabort`), weak and stop-propagation-resistant listeners.

const {
  codes: {
    ERR_EVENT_RECURSION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateAbortSignal, validateObject } = require('internal/validators');
const { customInspectSymbol, kEmptyObject, kEnumerableProperty } = require('internal/util');
const EventEmitter = require('events');

const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = EventEmitter;

// Captured: user code may replace these.
const ReflectApply = Reflect.apply;
const SafeWeakRef = WeakRef;

const kIsEventTarget = Symbol.for('nodejs.event_target');
const kEvents = Symbol('kEvents');
const kHandlers = Symbol('kHandlers');
const kStop = Symbol('kStop');
const kTarget = Symbol('kTarget');
const kType = Symbol('type');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kTrustEvent = Symbol('kTrustEvent');
const kWeakHandler = Symbol('kWeak');
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');

let inspectFn;
function inspect(value, options) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, options);
}

// Milliseconds since the process started, like performance.now().
function now() {
  return process.uptime() * 1000;
}

function reportUncaught(err) {
  process.nextTick(() => { throw err; });
}

// ---------------------------------------------------------------------------
// Event

const trustedEvents = new WeakSet();
const isTrustedGetter = Object.getOwnPropertyDescriptor({
  get isTrusted() {
    return trustedEvents.has(this);
  },
}, 'isTrusted').get;

function isEvent(value) {
  return typeof value?.[kType] === 'string';
}

function checkEvent(value) {
  if (!isEvent(value)) throw new ERR_INVALID_THIS('Event');
}

class Event {
  #cancelable = false;
  #bubbles = false;
  #composed = false;
  #defaultPrevented = false;
  #timestamp = now();
  #propagationStopped = false;

  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options !== null) validateObject(options, 'options');
    this.#cancelable = !!options?.cancelable;
    this.#bubbles = !!options?.bubbles;
    this.#composed = !!options?.composed;
    this[kType] = `${type}`;
    if (options?.[kTrustEvent]) trustedEvents.add(this);
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this[kIsBeingDispatched]) return;
    this[kType] = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  [customInspectSymbol](depth, options) {
    checkEvent(this);
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = {
      ...options,
      depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
    };
    return `${name} ${inspect({
      type: this[kType],
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timestamp,
    }, opts)}`;
  }

  stopImmediatePropagation() {
    checkEvent(this);
    this.#propagationStopped = true;
    this[kStop] = true;
  }

  preventDefault() {
    checkEvent(this);
    this.#defaultPrevented = true;
  }

  get target() {
    checkEvent(this);
    return this[kTarget];
  }

  get currentTarget() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? this[kTarget] : null;
  }

  get srcElement() {
    checkEvent(this);
    return this[kTarget];
  }

  get type() {
    checkEvent(this);
    return this[kType];
  }

  get cancelable() {
    checkEvent(this);
    return this.#cancelable;
  }

  get defaultPrevented() {
    checkEvent(this);
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    checkEvent(this);
    return this.#timestamp;
  }

  // Node has no propagation path: the path is the target alone while dispatching.
  composedPath() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? [this[kTarget]] : [];
  }

  get returnValue() {
    checkEvent(this);
    return !(this.#cancelable && this.#defaultPrevented);
  }

  get bubbles() {
    checkEvent(this);
    return this.#bubbles;
  }

  get composed() {
    checkEvent(this);
    return this.#composed;
  }

  get eventPhase() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    checkEvent(this);
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    checkEvent(this);
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    checkEvent(this);
    this.#propagationStopped = true;
  }
}

Object.defineProperties(Event.prototype, {
  [Symbol.toStringTag]: {
    __proto__: null, value: 'Event', writable: false, enumerable: false, configurable: true,
  },
  initEvent: kEnumerableProperty,
  stopImmediatePropagation: kEnumerableProperty,
  preventDefault: kEnumerableProperty,
  target: kEnumerableProperty,
  currentTarget: kEnumerableProperty,
  srcElement: kEnumerableProperty,
  type: kEnumerableProperty,
  cancelable: kEnumerableProperty,
  defaultPrevented: kEnumerableProperty,
  timeStamp: kEnumerableProperty,
  composedPath: kEnumerableProperty,
  returnValue: kEnumerableProperty,
  bubbles: kEnumerableProperty,
  composed: kEnumerableProperty,
  eventPhase: kEnumerableProperty,
  cancelBubble: kEnumerableProperty,
  stopPropagation: kEnumerableProperty,
  // On the prototype rather than each instance (the spec's LegacyUnforgeable),
  // as Node does.
  isTrusted: { __proto__: null, get: isTrustedGetter, enumerable: true, configurable: false },
});

for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2],
                             ['BUBBLING_PHASE', 3]]) {
  Object.defineProperty(Event, name, {
    __proto__: null, value, writable: false, enumerable: true, configurable: false,
  });
}

class CustomEvent extends Event {
  #detail;

  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (!(#detail in this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this.#detail;
  }
}

Object.defineProperties(CustomEvent.prototype, {
  [Symbol.toStringTag]: {
    __proto__: null, value: 'CustomEvent', writable: false, enumerable: false, configurable: true,
  },
  detail: kEnumerableProperty,
});

// ---------------------------------------------------------------------------
// Listeners

// Weak listeners (option kWeakHandler: retainer) are held by a WeakRef and kept
// alive by their retainer; when one is collected its node leaves the list.
const weakListenerRetainers = new WeakMap(); // retainer -> Set of listeners
const weakListenerRegistry = new FinalizationRegistry((node) => {
  node.eventTarget.deref()?.[kRemoveListenerNode](node.type, node);
});
const kRemoveListenerNode = Symbol('kRemoveWeakListenerHelper');

// One registration: a node of the per-type list whose head is
// `{ size, next, resistStopPropagation }` in target[kEvents].
class Listener {
  constructor(eventTarget, type, previous, listener, flags) {
    this.next = undefined;
    if (previous !== undefined) previous.next = this;
    this.previous = previous;
    this.once = flags.once;
    this.capture = flags.capture;
    this.passive = flags.passive;
    this.removed = false;
    this.weak = flags.weak !== undefined;
    this.resistStopPropagation = flags.resistStopPropagation;

    if (this.weak) {
      // Only what the registry needs to unlink this node, held weakly.
      this.eventTarget = new SafeWeakRef(eventTarget);
      this.type = type;
      this.callback = new SafeWeakRef(listener);
      this.listener = this.callback;
      this.retainer = new SafeWeakRef(flags.weak);
      let held = weakListenerRetainers.get(flags.weak);
      if (held === undefined) {
        held = new Set();
        weakListenerRetainers.set(flags.weak, held);
      }
      held.add(listener);
      weakListenerRegistry.register(listener, this, this);
    } else if (typeof listener === 'function') {
      this.callback = listener;
      this.listener = listener;
    } else {
      // handleEvent is looked up at each dispatch; what it throws is reported
      // asynchronously, as with an async listener.
      this.callback = async (...args) => {
        if (listener.handleEvent) await ReflectApply(listener.handleEvent, listener, args);
      };
      this.listener = listener;
    }
  }

  same(listener, capture) {
    const mine = this.weak ? this.listener.deref() : this.listener;
    return mine === listener && this.capture === capture;
  }

  remove() {
    if (this.previous !== undefined) this.previous.next = this.next;
    if (this.next !== undefined) this.next.previous = this.previous;
    this.removed = true;
    if (this.weak) {
      weakListenerRegistry.unregister(this);
      const listener = this.callback.deref();
      const retainer = this.retainer.deref();
      if (listener !== undefined && retainer !== undefined) {
        weakListenerRetainers.get(retainer)?.delete(listener);
      }
    }
  }
}

// A listener is a function or an object (whose handleEvent is read when an
// event arrives). null and undefined are ignored with a warning.
function isValidListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function listenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null) return kEmptyObject;
  validateObject(options, 'options', { allowArray: true, allowFunction: true });
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    weak: options[kWeakHandler],
    resistStopPropagation: options[kResistStopPropagation] ?? false,
  };
}

// WebIDL DOMString conversion of an event type.
function toEventType(value) {
  if (typeof value === 'symbol') throw new ERR_INVALID_ARG_VALUE('value', value);
  return `${value}`;
}

function isEventTarget(value) {
  return value?.constructor?.[kIsEventTarget] === true;
}

function checkEventTarget(value) {
  if (!isEventTarget(value)) throw new ERR_INVALID_THIS('EventTarget');
}

function initEventTarget(self) {
  self[kEvents] = new Map();
  self[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
  self[kMaxEventTargetListenersWarned] = false;
  self[kHandlers] = new Map();
}

// ---------------------------------------------------------------------------
// EventTarget

class EventTarget {
  // Lets isEventTarget() recognise instances across subclasses.
  static [kIsEventTarget] = true;

  constructor() {
    initEventTarget(this);
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    const max = this[kMaxEventTargetListeners];
    if (max > 0 && size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const w = new Error('Possible EventTarget memory leak detected. ' +
        `${size} ${type} listeners added to ${inspect(this, { depth: -1 })}. ` +
        `MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = size;
      process.emitWarning(w);
    }
  }

  [kRemoveListener](size, type, listener, capture) {}

  addEventListener(type, listener, options = kEmptyObject) {
    checkEventTarget(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    // Options are read before the listener is checked, as the spec orders it.
    const flags = listenerOptions(options);
    const { once = false, capture = false, passive = false, signal, weak,
            resistStopPropagation = false } = flags;
    validateAbortSignal(signal, 'options.signal');

    if (!isValidListener(listener)) {
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }
    type = toEventType(type);

    if (signal) {
      if (signal.aborted) return;
      signal.addEventListener('abort', () => {
        this.removeEventListener(type, listener, options);
      }, { __proto__: null, once: true, [kWeakHandler]: this, [kResistStopPropagation]: true });
    }

    const nodeFlags = { once, capture, passive, weak, resistStopPropagation: !!resistStopPropagation };
    let root = this[kEvents].get(type);
    if (root === undefined) {
      root = { size: 1, next: undefined, resistStopPropagation: !!resistStopPropagation };
      new Listener(this, type, root, listener, nodeFlags);
      this[kNewListener](root.size, type, listener, once, capture, passive, weak);
      this[kEvents].set(type, root);
      return;
    }

    let handler = root.next;
    let previous = root;
    while (handler !== undefined && !handler.same(listener, capture)) {
      previous = handler;
      handler = handler.next;
    }
    if (handler !== undefined) return; // Already registered with this capture.

    new Listener(this, type, previous, listener, nodeFlags);
    root.size++;
    root.resistStopPropagation ||= !!resistStopPropagation;
    this[kNewListener](root.size, type, listener, once, capture, passive, weak);
  }

  removeEventListener(type, listener, options = kEmptyObject) {
    checkEventTarget(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!isValidListener(listener)) return;
    type = toEventType(type);
    // Node reads only an options object's capture (a boolean `true` matches nothing).
    const capture = options?.capture === true;
    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) return;

    for (let handler = root.next; handler !== undefined; handler = handler.next) {
      if (handler.same(listener, capture)) {
        this[kRemoveListenerNode](type, handler, listener);
        break;
      }
    }
  }

  // Unlinks one node (found by removeEventListener or a collected weak
  // listener) and keeps the type's count.
  [kRemoveListenerNode](type, node, listener = undefined) {
    const root = this[kEvents].get(type);
    if (root === undefined || node.removed) return;
    node.remove();
    root.size--;
    if (root.size === 0) this[kEvents].delete(type);
    this[kRemoveListener](root.size, type, listener, node.capture);
  }

  dispatchEvent(event) {
    checkEventTarget(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (event[kIsBeingDispatched]) throw new ERR_EVENT_RECURSION(event.type);
    dispatch(this, event);
    return event.defaultPrevented !== true;
  }

  [customInspectSymbol](depth, options) {
    checkEventTarget(this);
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = {
      ...options,
      depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
    };
    return `${name} ${inspect({}, opts)}`;
  }
}

Object.defineProperties(EventTarget.prototype, {
  addEventListener: kEnumerableProperty,
  removeEventListener: kEnumerableProperty,
  dispatchEvent: kEnumerableProperty,
  [Symbol.toStringTag]: {
    __proto__: null, value: 'EventTarget', writable: false, enumerable: false, configurable: true,
  },
});

// Calls the listeners registered for event.type in order. Listeners added
// during the dispatch run too (they are appended); removed ones do not.
// stopImmediatePropagation() skips the rest except resistStopPropagation ones.
function dispatch(target, event) {
  event[kTarget] = target;
  event[kIsBeingDispatched] = true;

  const type = event.type;
  const root = target[kEvents].get(type);
  let handler = root?.next;
  while (handler !== undefined &&
         (root.resistStopPropagation || handler.passive || event[kStop] !== true)) {
    const next = handler.next;
    if (handler.removed || (event[kStop] === true && !handler.resistStopPropagation)) {
      handler = next;
      continue;
    }
    if (handler.once) {
      handler.remove();
      root.size--;
      target[kRemoveListener](root.size, type, handler.weak ? handler.listener.deref() : handler.listener,
                              handler.capture);
    }
    try {
      const callback = handler.weak ? handler.callback.deref() : handler.callback;
      if (callback) {
        const result = ReflectApply(callback, target, [event]);
        // Node marks the event as no longer being dispatched once a listener
        // returns: later listeners see eventPhase NONE and a null currentTarget.
        event[kIsBeingDispatched] = false;
        if (result !== undefined && result !== null) reportRejection(result);
      }
    } catch (err) {
      reportUncaught(err);
    }
    handler = next;
  }
  event[kIsBeingDispatched] = false;
}

function reportRejection(promise) {
  const then = promise.then;
  if (typeof then === 'function') {
    ReflectApply(then, promise, [undefined, reportUncaught]);
  }
}

// ---------------------------------------------------------------------------
// Event handler attributes: `target.onabort = fn`. The handler is registered
// once, keeps its place among the listeners, and calls whatever function the
// attribute holds when the event arrives.

function makeEventHandler(handler) {
  function eventHandler(...args) {
    if (typeof eventHandler.handler !== 'function') return undefined;
    return ReflectApply(eventHandler.handler, this, args);
  }
  eventHandler.handler = handler;
  return eventHandler;
}

function checkHandlerTarget(self) {
  if (self?.[kHandlers] === undefined) throw new ERR_INVALID_ARG_TYPE('this', 'EventTarget', self);
}

function defineEventHandler(emitter, name, event = name) {
  const get = function() {
    checkHandlerTarget(this);
    return this[kHandlers].get(event)?.handler ?? null;
  };
  Object.defineProperty(get, 'name', { __proto__: null, value: `get on${name}` });

  const set = function(value) {
    checkHandlerTarget(this);
    let wrapped = this[kHandlers].get(event);
    if (wrapped) {
      const root = this[kEvents].get(event);
      if (typeof wrapped.handler === 'function' && root !== undefined) {
        root.size--;
        this[kRemoveListener](root.size, event, wrapped.handler, false);
      }
      wrapped.handler = value;
      if (typeof value === 'function' && root !== undefined) {
        root.size++;
        this[kNewListener](root.size, event, value, false, false, false, undefined);
      }
    } else {
      wrapped = makeEventHandler(value);
      this.addEventListener(event, wrapped);
    }
    this[kHandlers].set(event, wrapped);
  };
  Object.defineProperty(set, 'name', { __proto__: null, value: `set on${name}` });

  Object.defineProperty(emitter, `on${name}`, {
    __proto__: null, get, set, configurable: true, enumerable: true,
  });
}

module.exports = {
  CustomEvent,
  defineEventHandler,
  Event,
  EventTarget,
  initEventTarget,
  isEventTarget,
  kEvents,
  kNewListener,
  kRemoveListener,
  kResistStopPropagation,
  kTrustEvent,
  kWeakHandler,
};
