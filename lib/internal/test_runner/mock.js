'use strict';

// mock.fn(), mock.method(), mock.getter(), mock.setter(): functions wrapped in a
// Proxy that records every call and can swap their implementation.
// (mock.timers is not implemented.)

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const {
  validateBoolean, validateFunction, validateInteger, validateObject,
} = require('internal/validators');

function noop() {}

function validateTimes(value, name) {
  if (value === Infinity) return;
  validateInteger(value, name, 1);
}

function validateStringOrSymbol(value, name) {
  if (typeof value !== 'string' && typeof value !== 'symbol') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'symbol'], value);
  }
}

// The `mock` property of a mocked function.
class MockFunctionContext {
  #calls = [];
  #onceImplementations = new Map();
  #implementation;
  #restore;
  #times;

  constructor(implementation, restore, times) {
    this.#implementation = implementation;
    this.#restore = restore;
    this.#times = times;
  }

  get calls() {
    return this.#calls.slice();
  }

  callCount() {
    return this.#calls.length;
  }

  mockImplementation(implementation) {
    validateFunction(implementation, 'implementation');
    this.#implementation = implementation;
  }

  mockImplementationOnce(implementation, onCall) {
    validateFunction(implementation, 'implementation');
    const nextCall = this.#calls.length;
    const call = onCall ?? nextCall;
    validateInteger(call, 'onCall', nextCall);
    this.#onceImplementations.set(call, implementation);
  }

  restore() {
    const { descriptor, object, original, methodName } = this.#restore;
    if (typeof methodName === 'string' || typeof methodName === 'symbol') {
      Object.defineProperty(object, methodName, descriptor);
    } else {
      this.#implementation = original;
    }
  }

  resetCalls() {
    this.#calls = [];
  }

  trackCall(call) {
    this.#calls.push(call);
  }

  nextImpl() {
    const nextCall = this.#calls.length;
    const impl = this.#onceImplementations.get(nextCall) ?? this.#implementation;
    if (nextCall + 1 === this.#times) this.restore();
    this.#onceImplementations.delete(nextCall);
    return impl;
  }
}

function findDescriptor(object, name) {
  for (let current = object; current !== null && current !== undefined;
    current = Object.getPrototypeOf(current)) {
    const descriptor = Object.getOwnPropertyDescriptor(current, name);
    if (descriptor !== undefined) return descriptor;
  }
  return undefined;
}

class MockTracker {
  #mocks = [];

  fn(original = function() {}, implementation = original, options = {}) {
    if (original !== null && typeof original === 'object') {
      options = original;
      original = function() {};
      implementation = original;
    } else if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = original;
    }
    validateFunction(original, 'original');
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const { times = Infinity } = options;
    validateTimes(times, 'options.times');
    const ctx = new MockFunctionContext(implementation, { __proto__: null, original }, times);
    return this.#setupMock(ctx, original);
  }

  method(objectOrFunction, methodName, implementation = noop, options = {}) {
    validateStringOrSymbol(methodName, 'methodName');
    if (typeof objectOrFunction !== 'function') validateObject(objectOrFunction, 'object');
    let useOriginal = implementation === noop;
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = noop;
      useOriginal = true;
    }
    validateFunction(implementation, 'implementation');
    validateObject(options, 'options');
    const { getter = false, setter = false, times = Infinity } = options;
    validateBoolean(getter, 'options.getter');
    validateBoolean(setter, 'options.setter');
    validateTimes(times, 'options.times');
    if (setter && getter) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', setter,
                                      "cannot be used with 'options.getter'");
    }
    const descriptor = findDescriptor(objectOrFunction, methodName);
    let original;
    if (getter) original = descriptor?.get;
    else if (setter) original = descriptor?.set;
    else original = descriptor?.value;
    if (typeof original !== 'function') {
      throw new ERR_INVALID_ARG_VALUE('methodName', original, 'must be a method');
    }
    const restore = { __proto__: null, descriptor, object: objectOrFunction, methodName };
    const ctx = new MockFunctionContext(useOriginal ? original : implementation, restore, times);
    const mock = this.#setupMock(ctx, original);
    const mockDescriptor = {
      __proto__: null,
      configurable: descriptor.configurable,
      enumerable: descriptor.enumerable,
    };
    if (getter) {
      mockDescriptor.get = mock;
      mockDescriptor.set = descriptor.set;
    } else if (setter) {
      mockDescriptor.get = descriptor.get;
      mockDescriptor.set = mock;
    } else {
      mockDescriptor.writable = descriptor.writable;
      mockDescriptor.value = mock;
    }
    Object.defineProperty(objectOrFunction, methodName, mockDescriptor);
    return mock;
  }

  getter(object, methodName, implementation = noop, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = noop;
    } else {
      validateObject(options, 'options');
    }
    const { getter = true } = options;
    if (getter === false) {
      throw new ERR_INVALID_ARG_VALUE('options.getter', getter, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { __proto__: null, ...options, getter });
  }

  setter(object, methodName, implementation = noop, options = {}) {
    if (implementation !== null && typeof implementation === 'object') {
      options = implementation;
      implementation = noop;
    } else {
      validateObject(options, 'options');
    }
    const { setter = true } = options;
    if (setter === false) {
      throw new ERR_INVALID_ARG_VALUE('options.setter', setter, 'cannot be false');
    }
    return this.method(object, methodName, implementation, { __proto__: null, ...options, setter });
  }

  reset() {
    this.restoreAll();
    this.#mocks = [];
  }

  restoreAll() {
    for (const ctx of this.#mocks) ctx.restore();
  }

  #setupMock(ctx, target) {
    const mock = new Proxy(target, {
      __proto__: null,
      apply(fn, thisArg, argList) {
        const impl = ctx.nextImpl();
        let result;
        let error;
        try {
          result = Reflect.apply(impl, thisArg, argList);
        } catch (err) {
          error = err;
          throw err;
        } finally {
          ctx.trackCall({
            __proto__: null,
            arguments: argList,
            error,
            result,
            stack: new Error(),
            target: undefined,
            this: thisArg,
          });
        }
        return result;
      },
      construct(fn, argList, newTarget) {
        const impl = ctx.nextImpl();
        let result;
        let error;
        try {
          result = Reflect.construct(impl, argList, newTarget);
        } catch (err) {
          error = err;
          throw err;
        } finally {
          ctx.trackCall({
            __proto__: null,
            arguments: argList,
            error,
            result,
            stack: new Error(),
            target: fn,
            this: result,
          });
        }
        return result;
      },
      get(fn, property, receiver) {
        if (property === 'mock') return ctx;
        return Reflect.get(fn, property, receiver);
      },
    });
    this.#mocks.push(ctx);
    return mock;
  }
}

module.exports = { MockFunctionContext, MockTracker };
