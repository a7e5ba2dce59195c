'use strict';

// MessagePort, MessageChannel, MessageEvent, BroadcastChannel and receiveMessageOnPort
// on the `messaging` binding. A MessagePort is the native object itself (so that it can
// be found inside a message and transferred), given EventTarget's prototype and
// EventEmitter-style on/once/off, like Node's.

const binding = internalBinding('messaging');
const {
  Event, CustomEvent, EventTarget, initEventTarget, defineEventHandler, kNewListener,
  kRemoveListener,
} = require('internal/event_target');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_INVALID_THIS, ERR_CLOSED_MESSAGE_PORT },
} = require('internal/errors');
const { customInspectSymbol, kEnumerableProperty } = require('internal/util');
const { isMarkedAsUntransferable } = require('internal/worker/untransferable');

const { MessagePort } = binding;
const kNodeListeners = Symbol('kNodeListeners');
const kBroadcastOwner = Symbol('kBroadcastOwner');
const kClosed = Symbol('kClosed');
const kCloseCallbacks = Symbol('kCloseCallbacks');

let DOMException;
function dataCloneError(message) {
  DOMException ??= require('internal/per_context/domexception').DOMException;
  return new DOMException(message, 'DataCloneError');
}

function nativeTypeError(message, code) {
  const err = new TypeError(message);
  err.code = code;
  return err;
}

// ---------------------------------------------------------------------------
// MessageEvent

const kData = Symbol('kData');
const kOrigin = Symbol('kOrigin');
const kLastEventId = Symbol('kLastEventId');
const kSource = Symbol('kSource');
const kPorts = Symbol('kPorts');

class MessageEvent extends Event {
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    const {
      data = null, origin = '', lastEventId = '', source = null, ports = [],
    } = options ?? {};
    if (source !== null && !isMessagePort(source)) {
      throw new ERR_INVALID_ARG_TYPE('init.source', 'MessagePort', source);
    }
    const list = [...ports];
    list.forEach((port, i) => {
      if (!isMessagePort(port)) throw new ERR_INVALID_ARG_TYPE(`init.ports[${i}]`, 'MessagePort', port);
    });
    this[kData] = data;
    this[kOrigin] = `${origin}`;
    this[kLastEventId] = `${lastEventId}`;
    this[kSource] = source;
    this[kPorts] = list;
  }
}

for (const [name, key] of [['data', kData], ['origin', kOrigin], ['lastEventId', kLastEventId],
                           ['source', kSource], ['ports', kPorts]]) {
  Object.defineProperty(MessageEvent.prototype, name, {
    __proto__: null,
    get() {
      if (!(this instanceof MessageEvent)) throw new ERR_INVALID_THIS('MessageEvent');
      return this[key];
    },
    enumerable: true,
    configurable: true,
  });
}

// ---------------------------------------------------------------------------
// MessagePort

const proto = MessagePort.prototype;
const nativePostMessage = proto.postMessage;
const nativeStart = proto.start;
const nativeStop = proto.stop;
const nativeClose = proto.closePort;
const nativeRef = proto.ref;
const nativeUnref = proto.unref;
const nativeHasRef = proto.hasRef;
for (const name of ['stop', 'closePort', 'entangled']) delete proto[name];


function isMessagePort(value) {
  return value instanceof MessagePort;
}

// Normalises postMessage's second argument (an iterable or { transfer }) to an array.
function transferListOf(transfer) {
  if (transfer === undefined || transfer === null) return undefined;
  if (typeof transfer !== 'object' && typeof transfer !== 'function') {
    throw nativeTypeError('Optional transferList argument must be an iterable',
                          'ERR_INVALID_ARG_TYPE');
  }
  let what = 'transferList';
  if (typeof transfer[Symbol.iterator] !== 'function') {
    if (!('transfer' in transfer)) return undefined;
    const list = transfer.transfer;
    if (list === undefined) return undefined;
    if (list === null || typeof list !== 'object' || typeof list[Symbol.iterator] !== 'function') {
      throw nativeTypeError('Optional options.transfer argument must be an iterable',
                            'ERR_INVALID_ARG_TYPE');
    }
    transfer = list;
    what = 'options.transfer';
  }
  const items = iterate(transfer);
  if (items === undefined) {
    // A broken iterator (no next(), or results that are not objects): an error for
    // options.transfer; a plain transferList is then taken as an options object without
    // `transfer`, as Node does.
    if (what === 'options.transfer') {
      throw nativeTypeError('Optional options.transfer argument must be an iterable',
                            'ERR_INVALID_ARG_TYPE');
    }
    return undefined;
  }
  const result = [];
  for (const item of items) {
    const isBuffer = item instanceof ArrayBuffer ||
      Object.prototype.toString.call(item) === '[object ArrayBuffer]';
    if (!isBuffer && !isMessagePort(item)) {
      throw nativeTypeError('Found invalid object in transferList', 'ERR_INVALID_TRANSFER_OBJECT');
    }
    if (result.includes(item)) {
      throw dataCloneError(`Transfer list contains duplicate ${isBuffer ? 'ArrayBuffer' : 'MessagePort'}`);
    }
    // Marked as untransferable: copied instead.
    if (isBuffer && isMarkedAsUntransferable(item)) continue;
    result.push(item);
  }
  return result;
}

// The items of an iterable, or undefined when its iterator breaks the protocol. What
// the iterator itself throws propagates.
function iterate(iterable) {
  const iterator = iterable[Symbol.iterator]();
  if (iterator === null || typeof iterator !== 'object' || typeof iterator.next !== 'function') {
    return undefined;
  }
  const items = [];
  for (;;) {
    const step = iterator.next();
    if (step === null || typeof step !== 'object') return undefined;
    if (step.done) return items;
    items.push(step.value);
  }
}

function postMessage(message, transfer = undefined) {
  if (arguments.length === 0) {
    throw nativeTypeError('Not enough arguments to MessagePort.postMessage', 'ERR_MISSING_ARGS');
  }
  if (Reflect.apply(nativePostMessage, this, [message, transferListOf(transfer)]) === true) {
    process.emitWarning('The target port was posted to itself, and the communication ' +
                        'channel was lost');
  }
}

// A MessagePort keeps the loop alive while it is ref'd and has a 'message' listener.
function onNewListener(size, type, ...rest) {
  if (type === 'message' && size === 1 && !this[kClosed]) {
    nativeRef.call(this);
    nativeStart.call(this);
  }
  return Reflect.apply(EventTarget.prototype[kNewListener], this, [size, type, ...rest]);
}

function onRemoveListener(size, type, ...rest) {
  if (type === 'message' && size === 0 && !this[kClosed]) {
    nativeUnref.call(this);
    nativeStop.call(this);
  }
  return Reflect.apply(EventTarget.prototype[kRemoveListener], this, [size, type, ...rest]);
}

// What emit(type, arg) dispatches for types other than messages.
class NodeCustomEvent extends CustomEvent {}

// EventEmitter-style listeners: 'message' and 'messageerror' listeners get the data,
// events made by emit() their argument, others the Event.
function nodeListeners(target, type) {
  target[kNodeListeners] ??= new Map();
  let list = target[kNodeListeners].get(type);
  if (list === undefined) {
    list = [];
    target[kNodeListeners].set(type, list);
  }
  return list;
}

function addNodeListener(target, type, listener, once) {
  const list = nodeListeners(target, type);
  const entry = { listener, wrapper: undefined };
  const passData = type === 'message' || type === 'messageerror';
  entry.wrapper = function(event) {
    if (once) removeNodeListener(target, type, listener);
    let arg = event;
    if (passData) arg = event.data;
    else if (event instanceof NodeCustomEvent) arg = event.detail;
    return Reflect.apply(listener, this, [arg]);
  };
  list.push(entry);
  target.addEventListener(type, entry.wrapper);
  return target;
}

function removeNodeListener(target, type, listener) {
  const list = target[kNodeListeners]?.get(type);
  if (list === undefined) return target;
  const index = list.findIndex((entry) => entry.listener === listener);
  if (index === -1) return target;
  const [entry] = list.splice(index, 1);
  target.removeEventListener(type, entry.wrapper);
  return target;
}

const nodeStyleMethods = {
  on(type, listener) { return addNodeListener(this, `${type}`, listener, false); },
  addListener(type, listener) { return addNodeListener(this, `${type}`, listener, false); },
  once(type, listener) { return addNodeListener(this, `${type}`, listener, true); },
  off(type, listener) { return removeNodeListener(this, `${type}`, listener); },
  removeListener(type, listener) { return removeNodeListener(this, `${type}`, listener); },
  removeAllListeners(type = undefined) {
    const types = type === undefined ? [...(this[kNodeListeners]?.keys() ?? [])] : [`${type}`];
    for (const t of types) {
      for (const { listener } of [...(this[kNodeListeners]?.get(t) ?? [])]) {
        removeNodeListener(this, t, listener);
      }
    }
    return this;
  },
  emit(type, arg) {
    type = `${type}`;
    const event = type === 'message' || type === 'messageerror' ?
      new MessageEvent(type, { data: arg }) : new NodeCustomEvent(type, { detail: arg });
    this.dispatchEvent(event);
    return true;
  },
  listenerCount(type) {
    return this[kNodeListeners]?.get(`${type}`)?.length ?? 0;
  },
  eventNames() {
    return [...(this[kNodeListeners]?.entries() ?? [])]
      .filter(([, list]) => list.length > 0).map(([type]) => type);
  },
  setMaxListeners(n) { return this; },
  getMaxListeners() { return 10; },
};

// Node's MessagePort.prototype inherits these from NodeEventTarget.prototype.
class NodeEventTarget extends EventTarget {}
for (const [name, fn] of Object.entries(nodeStyleMethods)) {
  Object.defineProperty(NodeEventTarget.prototype, name, {
    __proto__: null, value: fn, writable: true, enumerable: false, configurable: true,
  });
}
Object.setPrototypeOf(proto, NodeEventTarget.prototype);
Object.setPrototypeOf(MessagePort, NodeEventTarget);

Object.defineProperties(proto, {
  postMessage: { __proto__: null, value: postMessage, writable: true, enumerable: true, configurable: true },
  close: {
    __proto__: null,
    value: function close(callback) {
      if (typeof callback === 'function') {
        if (this[kCloseCallbacks] === undefined) this[kCloseCallbacks] = [];
        this[kCloseCallbacks].push(callback);
      }
      if (!this[kClosed]) {
        this[kClosed] = true;
        nativeClose.call(this);
      }
    },
    writable: true, enumerable: true, configurable: true,
  },
  start: { __proto__: null, value: function start() { nativeStart.call(this); }, writable: true, enumerable: true, configurable: true },
  ref: { __proto__: null, value: function ref() { nativeRef.call(this); return this; }, writable: true, enumerable: true, configurable: true },
  unref: { __proto__: null, value: function unref() { nativeUnref.call(this); return this; }, writable: true, enumerable: true, configurable: true },
  hasRef: { __proto__: null, value: function hasRef() { return nativeHasRef.call(this); }, writable: true, enumerable: true, configurable: true },
  [kNewListener]: { __proto__: null, value: onNewListener, writable: true, configurable: true },
  [kRemoveListener]: { __proto__: null, value: onRemoveListener, writable: true, configurable: true },
  [customInspectSymbol]: {
    __proto__: null,
    value: function inspect(depth, options) {
      const name = this[kBroadcastOwner] ? 'BroadcastChannel port' : 'MessagePort';
      if (depth < 0) return `[${name} [EventTarget]]`;
      const { inspect } = require('internal/util/inspect');
      return `${name} [EventTarget] ${inspect({ active: !this[kClosed], refed: this.hasRef() }, options)}`;
    },
    writable: true, configurable: true,
  },
});
defineEventHandler(proto, 'message');
defineEventHandler(proto, 'messageerror');

function initPort(port) {
  initEventTarget(port);
  port[kClosed] = false;
}

function emitMessage(data, ports, type) {
  const target = this[kBroadcastOwner] ?? this;
  target.dispatchEvent(new MessageEvent(type, { data, ports }));
}

function onClose() {
  this[kClosed] = true;
  const target = this[kBroadcastOwner] ?? this;
  if (target !== this) return;
  const callbacks = this[kCloseCallbacks];
  this[kCloseCallbacks] = undefined;
  if (callbacks !== undefined) for (const callback of callbacks) callback();
  this.dispatchEvent(new Event('close'));
}

binding.setupPorts({
  initPort,
  emitMessage,
  onClose,
  dataCloneError,
  missingTransferable(message) {
    return nativeTypeError(message, 'ERR_MISSING_TRANSFERABLE_IN_TRANSFER_LIST');
  },
});

// ---------------------------------------------------------------------------
// MessageChannel

class MessageChannel {
  constructor() {
    const [port1, port2] = binding.createChannel();
    this.port1 = port1;
    this.port2 = port2;
  }
}

// rt has no per-context ports: the port stays as it is, usable from that context too.
function moveMessagePortToContext(port, contextifiedSandbox) {
  if (!isMessagePort(port)) throw notAPort();
  if (port[kClosed]) throw new ERR_CLOSED_MESSAGE_PORT();
  if (!internalBinding('contextify').isContext(contextifiedSandbox)) {
    throw nativeTypeError('Invalid context argument', 'ERR_INVALID_ARG_TYPE');
  }
  return port;
}

function notAPort() {
  return nativeTypeError('The "port" argument must be a MessagePort instance',
                         'ERR_INVALID_ARG_TYPE');
}

function receiveMessageOnPort(port) {
  // A BroadcastChannel is read through its port.
  if (port instanceof BroadcastChannel && port[kHandle] !== undefined) port = port[kHandle];
  if (!isMessagePort(port)) throw notAPort();
  return binding.receiveMessageOnPort(port);
}

// ---------------------------------------------------------------------------
// BroadcastChannel

const kName = Symbol('kName');
const kHandle = Symbol('kHandle');

class BroadcastChannel extends EventTarget {
  constructor(name) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    super();
    this[kName] = `${name}`;
    const handle = binding.broadcastPort(this[kName]);
    handle[kBroadcastOwner] = this;
    this[kHandle] = handle;
    nativeStart.call(handle);
  }

  get name() {
    if (!(this instanceof BroadcastChannel)) throw new ERR_INVALID_THIS('BroadcastChannel');
    return this[kName];
  }

  close() {
    if (!(this instanceof BroadcastChannel)) throw new ERR_INVALID_THIS('BroadcastChannel');
    const handle = this[kHandle];
    if (handle === undefined) return;
    this[kHandle] = undefined;
    handle[kClosed] = true;
    nativeClose.call(handle);
  }

  postMessage(message) {
    if (!(this instanceof BroadcastChannel)) throw new ERR_INVALID_THIS('BroadcastChannel');
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('message');
    if (this[kHandle] === undefined) {
      DOMException ??= require('internal/per_context/domexception').DOMException;
      throw new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
    }
    Reflect.apply(nativePostMessage, this[kHandle], [message, undefined]);
  }

  ref() {
    if (!(this instanceof BroadcastChannel)) throw new ERR_INVALID_THIS('BroadcastChannel');
    if (this[kHandle] !== undefined) nativeRef.call(this[kHandle]);
    return this;
  }

  unref() {
    if (!(this instanceof BroadcastChannel)) throw new ERR_INVALID_THIS('BroadcastChannel');
    if (this[kHandle] !== undefined) nativeUnref.call(this[kHandle]);
    return this;
  }

  [kNewListener](size, type, ...rest) {
    if (type === 'message' && size === 1 && this[kHandle] !== undefined) nativeRef.call(this[kHandle]);
    return Reflect.apply(EventTarget.prototype[kNewListener], this, [size, type, ...rest]);
  }

  [kRemoveListener](size, type, ...rest) {
    if (type === 'message' && size === 0 && this[kHandle] !== undefined) {
      nativeUnref.call(this[kHandle]);
    }
    return Reflect.apply(EventTarget.prototype[kRemoveListener], this, [size, type, ...rest]);
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return 'BroadcastChannel';
    const { inspect } = require('internal/util/inspect');
    return `BroadcastChannel ${inspect({ name: this[kName], active: this[kHandle] !== undefined },
                                       options)}`;
  }
}

Object.defineProperties(BroadcastChannel.prototype, {
  name: kEnumerableProperty,
  close: kEnumerableProperty,
  postMessage: kEnumerableProperty,
});
defineEventHandler(BroadcastChannel.prototype, 'message');
defineEventHandler(BroadcastChannel.prototype, 'messageerror');

module.exports = {
  MessagePort,
  MessageChannel,
  MessageEvent,
  BroadcastChannel,
  receiveMessageOnPort,
  moveMessagePortToContext,
  isMessagePort,
  kClosed,
};
