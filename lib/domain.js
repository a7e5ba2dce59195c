'use strict';

// domain (deprecated by Node, still used by old packages): routes errors thrown in
// asynchronous callbacks, and 'error' events nobody listens to, to a Domain.
//
// The active domain follows the async context frame (an AsyncLocalStorage), so the
// timers, ticks, promises and I/O callbacks started inside d.run() run in d, as they do
// in Node. enter()/exit() also keep Node's explicit stack (domain._stack).

const EventEmitter = require('events');
const { AsyncLocalStorage } = require('async_hooks');
const {
  codes: {
    ERR_DOMAIN_CALLBACK_NOT_AVAILABLE,
    ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE,
    ERR_UNHANDLED_ERROR,
  },
} = require('internal/errors');
const perThread = require('internal/process/per_thread');

if (process.hasUncaughtExceptionCaptureCallback()) {
  throw new ERR_DOMAIN_CALLBACK_NOT_AVAILABLE();
}

const current = new AsyncLocalStorage();
const stack = [];
let everEntered = false;

function activeDomain() {
  const domain = current.getStore();
  if (domain !== undefined) return domain;
  return everEntered ? undefined : null;
}

function setActive(domain) {
  everEntered = true;
  current.enterWith(domain);
}

Object.defineProperty(process, 'domain', {
  __proto__: null,
  get: activeDomain,
  set: setActive,
  enumerable: true,
  configurable: true,
});

process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback() {
  throw new ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE();
};

function defineHidden(target, key, value) {
  Object.defineProperty(target, key, {
    __proto__: null, value, configurable: true, enumerable: false, writable: true,
  });
}

// Node keeps these two listeners on every domain (they track whether any domain has
// an 'error' handler); rt needs no tracking, but keeps their shape.
function updateExceptionCapture() {}

class Domain extends EventEmitter {
  constructor() {
    super();
    this.members = [];
    this.on('removeListener', updateExceptionCapture);
    this.on('newListener', updateExceptionCapture);
  }
}
Domain.prototype.members = undefined;

// Handles an error thrown while this domain was active. True when a listener took it.
Domain.prototype._errorHandler = function _errorHandler(er) {
  if ((typeof er === 'object' && er !== null) || typeof er === 'function') {
    defineHidden(er, 'domain', this);
    er.domainThrown = true;
  }
  // The handler runs in the enclosing domain, not in this one.
  while (stack.length > 0 && stack[stack.length - 1] === this) stack.pop();
  setActive(stack.length > 0 ? stack[stack.length - 1] : undefined);
  let caught = false;
  try {
    if (this.listenerCount('error') > 0) caught = this.emit('error', er);
  } catch (er2) {
    // The handler threw: an enclosing domain may take that error.
    const outer = stack.length > 0 ? stack[stack.length - 1] : undefined;
    if (outer === undefined || outer === this) throw er2;
    caught = outer._errorHandler(er2);
  } finally {
    // The uncaught exception ended the tick: no domain stays entered.
    stack.length = 0;
    setActive(undefined);
  }
  return caught;
};

Domain.prototype.enter = function enter() {
  stack.push(this);
  setActive(this);
};

Domain.prototype.exit = function exit() {
  const index = stack.lastIndexOf(this);
  if (index === -1) return;
  stack.length = index;
  setActive(index > 0 ? stack[index - 1] : undefined);
};

Domain.prototype.add = function add(emitter) {
  if (emitter.domain === this) return;
  if (emitter.domain) emitter.domain.remove(emitter);
  // A domain added to another domain stops at this one's parent chain.
  if (this.domain && emitter instanceof Domain) {
    for (let d = this.domain; d; d = d.domain) {
      if (emitter === d) return;
    }
  }
  defineHidden(emitter, 'domain', this);
  this.members.push(emitter);
};

Domain.prototype.remove = function remove(emitter) {
  emitter.domain = null;
  const index = this.members.indexOf(emitter);
  if (index !== -1) this.members.splice(index, 1);
};

Domain.prototype.run = function run(fn, ...args) {
  // No try/finally, as in Node: a throw leaves the domain entered, so the
  // uncaught-exception path finds it.
  this.enter();
  const result = Reflect.apply(fn, this, args);
  this.exit();
  return result;
};

Domain.prototype.intercept = function intercept(cb) {
  const self = this;
  function runIntercepted(...args) {
    const er = args[0];
    if (er) {
      if (typeof er === 'object') {
        er.domainBound = cb;
        er.domainThrown = false;
        defineHidden(er, 'domain', self);
      }
      self.emit('error', er);
      return undefined;
    }
    self.enter();
    const result = Reflect.apply(cb, this, args.slice(1));
    self.exit();
    return result;
  }
  return runIntercepted;
};

Domain.prototype.bind = function bind(cb) {
  const self = this;
  function runBound(...args) {
    self.enter();
    const result = Reflect.apply(cb, this, args);
    self.exit();
    return result;
  }
  defineHidden(runBound, 'domain', this);
  return runBound;
};

perThread.setDomainHandler((error, frame) => {
  const domain = frame?.get?.(current);
  if (domain === undefined) return false;
  return domain._errorHandler(error);
});

// New emitters belong to the active domain; their listeners run in it, and an
// 'error' event nobody listens to goes to it.
const init = EventEmitter.init;
EventEmitter.usingDomains = true;
EventEmitter.init = function(opts) {
  const domain = current.getStore();
  defineHidden(this, 'domain', domain !== undefined && !(this instanceof Domain) ? domain : null);
  return Reflect.apply(init, this, [opts]);
};

const emit = EventEmitter.prototype.emit;
EventEmitter.prototype.emit = function(type, ...args) {
  const domain = this.domain;
  if (domain === null || domain === undefined || domain === this) {
    return Reflect.apply(emit, this, [type, ...args]);
  }
  if (type === 'error' && this.listenerCount('error') === 0) {
    const er = args.length > 0 ? args[0] : new ERR_UNHANDLED_ERROR();
    if (typeof er === 'object' && er !== null) {
      er.domainEmitter = this;
      defineHidden(er, 'domain', domain);
      er.domainThrown = false;
    }
    // The domain's handler runs in the enclosing domain (a domain without a
    // handler throws the error, as an emitter would).
    const savedStack = stack.slice();
    const savedActive = current.getStore();
    while (stack.length > 0 && stack[stack.length - 1] === savedActive) stack.pop();
    setActive(stack.length > 0 ? stack[stack.length - 1] : undefined);
    try {
      domain.emit('error', er);
    } finally {
      stack.length = 0;
      stack.push(...savedStack);
      setActive(savedActive);
    }
    return false;
  }
  domain.enter();
  const result = Reflect.apply(emit, this, [type, ...args]);
  domain.exit();
  return result;
};

function create() {
  return new Domain();
}

module.exports = {
  _stack: stack,
  Domain,
  createDomain: create,
  create,
};
Object.defineProperty(module.exports, 'active', {
  __proto__: null,
  get: activeDomain,
  set: setActive,
  enumerable: true,
  configurable: true,
});
