'use strict';

// Helpers shared across lib/: promisify/callbackify, deprecation warnings, system
// error names, lazy properties and small utilities other modules expect to find here.
// internal/errors and internal/validators are required lazily: both may require
// this file while they load.

let errors;
function lazyErrors() {
  if (errors === undefined) errors = require('internal/errors');
  return errors;
}
let validators;
function lazyValidators() {
  if (validators === undefined) validators = require('internal/validators');
  return validators;
}

const kEmptyObject = Object.freeze({ __proto__: null });
const kEnumerableProperty = Object.freeze({ __proto__: null, enumerable: true });

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
const kCustomPromisifyArgsSymbol = Symbol('customPromisifyArgs');
const kIsEncodingSymbol = Symbol('kIsEncodingSymbol');
const kVmBreakFirstLineSymbol = Symbol('kVmBreakFirstLineSymbol');

// V8 10.2 has no explicit resource management symbols; Node 20 defines them.
function ensureWellKnownSymbol(name, description) {
  if (typeof Symbol[name] !== 'symbol') {
    Object.defineProperty(Symbol, name, {
      __proto__: null, value: Symbol(description),
      writable: false, enumerable: false, configurable: false,
    });
  }
  return Symbol[name];
}
const SymbolDispose = ensureWellKnownSymbol('dispose', 'nodejs.dispose');
const SymbolAsyncDispose = ensureWellKnownSymbol('asyncDispose', 'nodejs.asyncDispose');

// ---------------------------------------------------------------------------
// Deprecation and experimental warnings

const codesWarned = new Set();

function getDeprecationWarningEmitter(code, msg, deprecated, shouldEmitWarning = () => true) {
  let warned = false;
  return function emitDeprecationWarning() {
    if (!warned && shouldEmitWarning()) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
          codesWarned.add(code);
        }
      } else {
        process.emitWarning(msg, 'DeprecationWarning', deprecated);
      }
    }
  };
}

// Wraps fn so that its first call prints a DeprecationWarning. With a code, the
// warning is printed once per code for the whole process.
function deprecate(fn, msg, code) {
  if (typeof process !== 'undefined' && process.noDeprecation === true) return fn;
  if (code !== undefined) lazyValidators().validateString(code, 'code');

  // eslint-disable-next-line prefer-const
  let emitDeprecationWarning;
  function deprecated(...args) {
    emitDeprecationWarning();
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  emitDeprecationWarning = getDeprecationWarningEmitter(code, msg, deprecated);

  // The wrapper inherits the static properties of fn and shares its prototype
  // so that instanceof keeps working.
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

function isPendingDeprecation() {
  return typeof process !== 'undefined' &&
    (process.execArgv || []).includes('--pending-deprecation');
}

function pendingDeprecate(fn, msg, code) {
  const emit = getDeprecationWarningEmitter(code, msg, undefined, isPendingDeprecation);
  function deprecated(...args) {
    emit();
    return Reflect.apply(fn, this, args);
  }
  return deprecated;
}

const experimentalWarnings = new Set();
function emitExperimentalWarning(feature) {
  if (experimentalWarnings.has(feature)) return;
  experimentalWarnings.add(feature);
  process.emitWarning(`${feature} is an experimental feature and might change at any time`,
                      'ExperimentalWarning');
}

// ---------------------------------------------------------------------------
// promisify / callbackify

function promisify(original) {
  lazyValidators().validateFunction(original, 'original');

  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    lazyValidators().validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
    });
  }

  // Some callbacks report several values (e.g. dns.lookup's address and family):
  // their names are listed under kCustomPromisifyArgsSymbol.
  const argumentNames = original[kCustomPromisifyArgsSymbol];

  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }

  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    __proto__: null, value: fn, enumerable: false, writable: false, configurable: true,
  });
  return Object.defineProperties(fn, nullProtoDescriptors(original));
}
promisify.custom = kCustomPromisifiedSymbol;

function nullProtoDescriptors(obj) {
  const descriptors = Object.getOwnPropertyDescriptors(obj);
  for (const key of Reflect.ownKeys(descriptors)) {
    Object.setPrototypeOf(descriptors[key], null);
  }
  return descriptors;
}

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection reason cannot be told apart from success by a callback,
  // so it is wrapped in an error that carries the original value.
  if (!reason) {
    const { codes: { ERR_FALSY_VALUE_REJECTION } } = lazyErrors();
    reason = new ERR_FALSY_VALUE_REJECTION(reason);
  }
  return cb(reason);
}

function callbackify(original) {
  lazyValidators().validateFunction(original, 'original');

  function callbackified(...args) {
    const maybeCb = args.pop();
    lazyValidators().validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => process.nextTick(cb, null, ret),
      (rej) => process.nextTick(callbackifyOnRejected, rej, cb));
  }

  const descriptors = nullProtoDescriptors(original);
  if (descriptors.length && typeof descriptors.length.value === 'number') {
    descriptors.length.value++;
  }
  if (descriptors.name && typeof descriptors.name.value === 'string') {
    descriptors.name.value += 'Callbackified';
  }
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

function createDeferredPromise() {
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

// ---------------------------------------------------------------------------
// Inheritance, errors, system error names

function inherits(ctor, superCtor) {
  const { codes: { ERR_INVALID_ARG_TYPE } } = lazyErrors();
  if (ctor === undefined || ctor === null) {
    throw new ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw new ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    __proto__: null, value: superCtor, writable: true, configurable: true,
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

let typesBinding;
function isNativeError(e) {
  if (typesBinding === undefined) typesBinding = internalBinding('types');
  return typesBinding.isNativeError(e);
}

function isError(e) {
  return isNativeError(e) || e instanceof Error;
}

let uvBinding;
function lazyUv() {
  if (uvBinding === undefined) uvBinding = internalBinding('uv');
  return uvBinding;
}

let errorMap;
function getSystemErrorMap() {
  if (errorMap === undefined) errorMap = lazyUv().getErrorMap();
  return errorMap;
}

// err is a negative libuv error number; callers validate it.
function getSystemErrorName(err) {
  const entry = getSystemErrorMap().get(err);
  return entry ? entry[0] : `Unknown system error ${err}`;
}

function getConstructorOf(obj) {
  while (obj) {
    const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' &&
        descriptor.value.name !== '') {
      return descriptor.value;
    }
    obj = Object.getPrototypeOf(obj);
  }
  return null;
}

let DOMExceptionClass;
function lazyDOMExceptionClass() {
  if (DOMExceptionClass === undefined) {
    DOMExceptionClass = globalThis.DOMException ||
      require('internal/per_context/domexception').DOMException;
  }
  return DOMExceptionClass;
}
function lazyDOMException(message, name) {
  const DOMException = lazyDOMExceptionClass();
  return new DOMException(message, name);
}

// ---------------------------------------------------------------------------
// Strings and encodings

const loneSurrogateRegExp =
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Replaces every unpaired surrogate with U+FFFD.
function toUSVString(str) {
  return `${str}`.replace(loneSurrogateRegExp, '\uFFFD');
}

// Terminal escape sequences: CSI sequences (ESC [ or the 8-bit CSI, parameters,
// one final byte) and string sequences such as OSC (ESC ] ... terminated by BEL,
// ESC \ or ST).
const ansiRegExp = new RegExp(
  '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:' +
    '(?:(?:(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]+)*' +
    '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/#&.:=?%@~_]*)*)?' +
    '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|' +
    '(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-nq-uy=><~])' +
  ')', 'g');

function stripVTControlCharacters(str) {
  lazyValidators().validateString(str, 'str');
  return str.replace(ansiRegExp, '');
}

const colorRegExp = /\u001b\[\d\d?m/g;
function removeColors(str) {
  return String(str).replace(colorRegExp, '');
}

// Maps every spelling Buffer accepts to its canonical encoding name, or
// undefined when the encoding is unknown.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  return slowCases(enc);
}

function slowCases(enc) {
  const lower = `${enc}`.toLowerCase();
  // Like Node, a value that is not a string is matched by its string form only when its
  // `length` fits that name ([] and Buffer.from('abc') are unknown encodings).
  if (typeof enc !== 'string' && (lower === '' || enc.length !== lower.length)) return undefined;
  switch (lower) {
    case 'utf8':
    case 'utf-8':
      return 'utf8';
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return 'utf16le';
    case 'latin1':
    case 'binary':
      return 'latin1';
    case 'base64':
      return 'base64';
    case 'base64url':
      return 'base64url';
    case 'hex':
      return 'hex';
    case 'ascii':
      return 'ascii';
    case '':
      return 'utf8';
    default:
      return undefined;
  }
}

// Indices follow the encoding enum shared with the C++ side.
const encodingsMap = { __proto__: null };
['ascii', 'utf8', 'base64', 'utf16le', 'latin1', 'hex', 'buffer', 'base64url']
  .forEach((name, i) => { encodingsMap[name] = i; });

function join(output, separator) {
  let str = '';
  if (output.length !== 0) {
    const lastIndex = output.length - 1;
    for (let i = 0; i < lastIndex; i++) {
      str += output[i];
      str += separator;
    }
    str += output[lastIndex];
  }
  return str;
}

// Faster than Array.prototype.splice for removing one element.
function spliceOne(list, index) {
  for (; index + 1 < list.length; index++) list[index] = list[index + 1];
  list.pop();
}

function filterDuplicateStrings(items, low) {
  const map = new Map();
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const key = item.toLowerCase();
    if (low) {
      map.set(key, key);
    } else {
      map.set(key, item);
    }
  }
  return Array.from(map.values()).sort();
}

// '192.168.1.2', '255.255.255.0', 'IPv4' -> '192.168.1.2/24'; null when the
// netmask's one bits are not contiguous.
function getCIDR(address, netmask, family) {
  let groups;
  let bitsPerGroup;
  if (family === 'IPv6') {
    bitsPerGroup = 16;
    const halves = netmask.split('::');
    const head = halves[0] === '' ? [] : halves[0].split(':');
    const tail = halves.length > 1 && halves[1] !== '' ? halves[1].split(':') : [];
    const missing = halves.length > 1 ? 8 - head.length - tail.length : 0;
    groups = [...head, ...new Array(Math.max(missing, 0)).fill('0'), ...tail]
      .map((g) => parseInt(g, 16));
  } else {
    bitsPerGroup = 8;
    groups = netmask.split('.').map((g) => parseInt(g, 10));
  }
  let ones = 0;
  let seenZero = false;
  for (const group of groups) {
    if (Number.isNaN(group)) return null;
    for (let bit = bitsPerGroup - 1; bit >= 0; bit--) {
      if (group & (1 << bit)) {
        if (seenZero) return null;
        ones++;
      } else {
        seenZero = true;
      }
    }
  }
  return `${address}/${ones}`;
}

// ---------------------------------------------------------------------------
// Signals

let signalsToNames;
function getSignalsToNamesMapping() {
  if (signalsToNames !== undefined) return signalsToNames;
  const { signals } = internalBinding('constants').os;
  signalsToNames = { __proto__: null };
  for (const name of Object.keys(signals)) signalsToNames[signals[name]] = name;
  return signalsToNames;
}

function convertToValidSignal(signal) {
  if (typeof signal === 'number' && getSignalsToNamesMapping()[signal]) return signal;
  if (typeof signal === 'string') {
    const signalName = internalBinding('constants').os.signals[signal.toUpperCase()];
    if (signalName) return signalName;
  }
  const { codes: { ERR_UNKNOWN_SIGNAL } } = lazyErrors();
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

// ---------------------------------------------------------------------------
// Functions and properties

function once(callback, { preserveReturnValue = false } = kEmptyObject) {
  let called = false;
  let returnValue;
  return function(...args) {
    if (called) return returnValue;
    called = true;
    const result = Reflect.apply(callback, this, args);
    returnValue = preserveReturnValue ? result : undefined;
    return result;
  };
}

function cachedResult(fn) {
  let result;
  return () => {
    if (result === undefined) result = fn();
    return result.slice();
  };
}

function getLazy(initializer) {
  let value;
  let initialized = false;
  return function() {
    if (!initialized) {
      value = initializer();
      initialized = true;
    }
    return value;
  };
}

// Defines getters on target that require(id) on first access and then turn into
// plain data properties; assigning replaces the getter like an ordinary property.
function defineLazyProperties(target, id, keys, enumerable = true) {
  let mod;
  for (const key of keys) {
    let value;
    let loaded = false;
    function set(v) {
      Object.defineProperty(target, key, {
        __proto__: null, writable: true, configurable: true, enumerable, value: v,
      });
    }
    Object.defineProperty(set, 'name', { __proto__: null, value: `set ${key}` });
    function get() {
      if (!loaded) {
        if (mod === undefined) mod = require(id);
        value = mod[key];
        loaded = true;
        set(value);
      }
      return value;
    }
    Object.defineProperty(get, 'name', { __proto__: null, value: `get ${key}` });
    Object.defineProperty(target, key, {
      __proto__: null, enumerable, configurable: true, get, set,
    });
  }
}

function defineReplaceableLazyAttribute(target, id, keys, writable = true, check) {
  let mod;
  for (const key of keys) {
    let value;
    let setterCalled = false;
    function get() {
      if (check !== undefined) check(this);
      if (setterCalled) return value;
      if (mod === undefined) mod = require(id);
      value = mod[key];
      return value;
    }
    Object.defineProperty(get, 'name', { __proto__: null, value: `get ${key}` });
    function set(v) {
      setterCalled = true;
      value = v;
    }
    Object.defineProperty(set, 'name', { __proto__: null, value: `set ${key}` });
    Object.defineProperty(target, key, {
      __proto__: null, enumerable: true, configurable: true,
      get, set: writable ? set : undefined,
    });
  }
}

function exposeInterface(target, name, interfaceObject) {
  Object.defineProperty(target, name, {
    __proto__: null, writable: true, enumerable: false, configurable: true,
    value: interfaceObject,
  });
}

function exposeLazyInterfaces(target, id, keys) {
  defineLazyProperties(target, id, keys, false);
}

function exposeNamespace(target, name, namespaceObject) {
  exposeInterface(target, name, namespaceObject);
}

function exposeGetterAndSetter(target, name, getter, setter = undefined) {
  Object.defineProperty(target, name, {
    __proto__: null, enumerable: false, configurable: true, get: getter, set: setter,
  });
}

function defineOperation(target, name, method) {
  Object.defineProperty(target, name, {
    __proto__: null, writable: true, enumerable: true, configurable: true, value: method,
  });
}

function setOwnProperty(obj, key, value) {
  return Object.defineProperty(obj, key, {
    __proto__: null, configurable: true, enumerable: true, value, writable: true,
  });
}

function filterOwnProperties(source, keys) {
  const filtered = { __proto__: null };
  for (const key of keys) {
    if (Object.prototype.hasOwnProperty.call(source, key)) filtered[key] = source[key];
  }
  return filtered;
}

function isArrayBufferDetached(value) {
  if (value.byteLength !== 0) return false;
  try {
    // eslint-disable-next-line no-new
    new Uint8Array(value);
    return false;
  } catch {
    return true;
  }
}

// RegExp helpers that cannot be disturbed by a user overriding RegExp.prototype
// methods on the regexp passed in: they work on a fresh copy.
function SideEffectFreeRegExpPrototypeExec(regex, string) {
  return RegExp.prototype.exec.call(new RegExp(regex), string);
}
function SideEffectFreeRegExpPrototypeSymbolReplace(regex, string, replacement) {
  return RegExp.prototype[Symbol.replace].call(new RegExp(regex), string, replacement);
}
function SideEffectFreeRegExpPrototypeSymbolSplit(regex, string, limit) {
  return RegExp.prototype[Symbol.split].call(new RegExp(regex), string, limit);
}

// A WeakRef that can be made strong for a while (incRef/decRef), e.g. while
// the referenced object has subscribers.
class WeakReference {
  #weak;
  #strong = null;
  #refCount = 0;
  constructor(object) {
    this.#weak = new WeakRef(object);
  }
  incRef() {
    this.#refCount++;
    if (this.#refCount === 1) this.#strong = this.#weak.deref();
    return this.#refCount;
  }
  decRef() {
    this.#refCount--;
    if (this.#refCount === 0) this.#strong = null;
    return this.#refCount;
  }
  get() {
    return this.#weak.deref();
  }
}

function sleep(msec) {
  lazyValidators().validateUint32(msec, 'msec');
  internalBinding('util').sleep(msec);
}

function guessHandleType(fd) {
  return internalBinding('stdio').guessHandleType(fd);
}

function assertCrypto() {}

function getCWDURL() {
  const { pathToFileURL } = require('internal/url');
  let cwd = process.cwd();
  if (!cwd.endsWith('/')) cwd += '/';
  return pathToFileURL(cwd);
}

function isUnderNodeModules(filename) {
  return typeof filename === 'string' && /[\\/]node_modules[\\/]/.test(filename);
}

// Whether text written to stream should carry ANSI colours.
function shouldColorize(stream) {
  if (process.env.FORCE_COLOR !== undefined) {
    return require('internal/tty').getColorDepth() > 2;
  }
  return Boolean(stream && stream.isTTY &&
    (typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true));
}

// ---------------------------------------------------------------------------
// util.aborted(signal, resource): resolves when signal aborts, as long as
// resource is alive. The listener holds the resource only weakly.

const abortedRegistry = new FinalizationRegistry((cleanup) => cleanup());

async function aborted(signal, resource) {
  const { codes: { ERR_INVALID_ARG_TYPE } } = lazyErrors();
  if (signal === undefined) {
    throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  }
  const { validateAbortSignal } = lazyValidators();
  validateAbortSignal(signal, 'signal');
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw new ERR_INVALID_ARG_TYPE('resource', 'object', resource);
  }
  if (signal.aborted) return undefined;

  const { promise, resolve } = createDeferredPromise();
  const onAbort = () => {
    abortedRegistry.unregister(token);
    resolve();
  };
  const token = {};
  signal.addEventListener('abort', onAbort, { once: true });
  abortedRegistry.register(resource, () => signal.removeEventListener('abort', onAbort), token);
  return promise;
}

module.exports = {
  lazyErrors,
  lazyValidators,
  aborted,
  assertCrypto,
  cachedResult,
  callbackify,
  convertToValidSignal,
  createDeferredPromise,
  customInspectSymbol,
  customPromisifyArgs: kCustomPromisifyArgsSymbol,
  defineLazyProperties,
  defineOperation,
  defineReplaceableLazyAttribute,
  deprecate,
  emitExperimentalWarning,
  encodingsMap,
  exposeGetterAndSetter,
  exposeInterface,
  exposeLazyInterfaces,
  exposeNamespace,
  filterDuplicateStrings,
  filterOwnProperties,
  getCIDR,
  getConstructorOf,
  getCWDURL,
  getDeprecationWarningEmitter,
  getLazy,
  getSignalsToNamesMapping,
  getSystemErrorMap,
  getSystemErrorName,
  guessHandleType,
  inherits,
  isArrayBufferDetached,
  isError,
  isPendingDeprecation,
  isUnderNodeModules,
  join,
  kEmptyObject,
  kEnumerableProperty,
  kIsEncodingSymbol,
  kVmBreakFirstLineSymbol,
  lazyDOMException,
  lazyDOMExceptionClass,
  normalizeEncoding,
  once,
  pendingDeprecate,
  promisify,
  removeColors,
  setOwnProperty,
  shouldColorize,
  SideEffectFreeRegExpPrototypeExec,
  SideEffectFreeRegExpPrototypeSymbolReplace,
  SideEffectFreeRegExpPrototypeSymbolSplit,
  sleep,
  spliceOne,
  stripVTControlCharacters,
  SymbolAsyncDispose,
  SymbolDispose,
  toUSVString,
  WeakReference,
};

// debuglog lives in its own file; re-exported lazily so that loading this file
// does not pull in the formatter.
defineLazyProperties(module.exports, 'internal/util/debuglog', ['debuglog'], true);
