'use strict';

// The `buffer` module: Buffer (a Uint8Array subclass with encodings), its pool for
// small allocations, SlowBuffer, transcode, isUtf8/isAscii, atob/btoa and constants.
// Encoding and decoding run in C++ (internalBinding('buffer')); number reads and
// writes are in lib/internal/buffer.js.

const binding = internalBinding('buffer');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const {
  validateArray,
  validateInteger,
  validateNumber,
  validateString,
} = require('internal/validators');
const { isAnyArrayBuffer } = require('util/types');
const { FastBuffer, addNumberMethods } = require('internal/buffer');
const { lazyDOMException } = require('internal/util');

const kMaxLength = binding.kMaxLength;
const kStringMaxLength = binding.kStringMaxLength;
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { value: kStringMaxLength, writable: false, enumerable: true },
});
let INSPECT_MAX_BYTES = 50;

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = Object.getOwnPropertyDescriptor(TypedArrayPrototype,
                                                      Symbol.toStringTag).get;
const typedArrayFill = TypedArrayPrototype.fill;
const typedArraySet = TypedArrayPrototype.set;

function isUint8Array(value) {
  return typedArrayTag.call(value) === 'Uint8Array';
}

function isTypedArray(value) {
  return typedArrayTag.call(value) !== undefined;
}

// ---- Encodings ----------------------------------------------------------------

const ids = binding.encodingIds;
const { byteLengthUtf8, writeToPool, indexOfString, indexOfBuffer, indexOfNumber } = binding;

function base64ByteLength(str, bytes) {
  if (str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

// What Buffer does with each encoding: byte length of a string, write, decode, search.
function makeOps(name, id, byteLength, searchAsBuffer) {
  const write = binding[`${name === 'utf16le' ? 'ucs2' : name}Write`];
  const slice = binding[`${name === 'utf16le' ? 'ucs2' : name}Slice`];
  return {
    encoding: name,
    id,
    byteLength,
    write: (buf, string, offset, length) => write.call(buf, string, offset, length),
    slice: (buf, start, end) => slice.call(buf, start, end),
    indexOf: searchAsBuffer ?
      (buf, value, byteOffset, dir) =>
        indexOfBuffer(buf, fromStringWith(value, encodingOps[name]), byteOffset, id, dir) :
      (buf, value, byteOffset, dir) => indexOfString(buf, value, byteOffset, id, dir),
  };
}

const encodingOps = {
  __proto__: null,
  utf8: makeOps('utf8', ids.utf8, byteLengthUtf8, false),
  utf16le: makeOps('utf16le', ids.ucs2, (s) => s.length * 2, false),
  latin1: makeOps('latin1', ids.latin1, (s) => s.length, false),
  ascii: makeOps('ascii', ids.ascii, (s) => s.length, true),
  base64: makeOps('base64', ids.base64, (s) => base64ByteLength(s, s.length), true),
  base64url: makeOps('base64url', ids.base64url, (s) => base64ByteLength(s, s.length), true),
  hex: makeOps('hex', ids.hex, (s) => s.length >>> 1, true),
};

function getEncodingOps(encoding) {
  encoding += '';
  switch (encoding) {
    case 'utf8': case 'utf-8': return encodingOps.utf8;
    case 'hex': return encodingOps.hex;
    case 'base64': return encodingOps.base64;
    case 'latin1': case 'binary': return encodingOps.latin1;
    case 'ascii': return encodingOps.ascii;
  }
  switch (encoding.toLowerCase()) {
    case 'utf8': case 'utf-8': return encodingOps.utf8;
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return encodingOps.utf16le;
    case 'latin1': case 'binary': return encodingOps.latin1;
    case 'ascii': return encodingOps.ascii;
    case 'hex': return encodingOps.hex;
    case 'base64': return encodingOps.base64;
    case 'base64url': return encodingOps.base64url;
  }
  return undefined;
}

// ---- Allocation -----------------------------------------------------------------

let poolSize;
let poolOffset;
let allocPool;

const { markAsUntransferable } = require('internal/worker/untransferable');

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = createUnsafeBuffer(poolSize).buffer;
  markAsUntransferable(allocPool);
  poolOffset = 0;
}

function alignPool() {
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

// Memory whose every byte the caller overwrites (or that allocUnsafe promises nothing
// about) skips zero-filling, like Node.
// (A binary built before the binding had zeroFill falls back to zeroed memory.)
const zeroFill = binding.zeroFill || new Uint32Array(1);
// --zero-fill-buffers: every Buffer starts zeroed, allocUnsafe()'s too.
const zeroFillAll = require('internal/options').hasFlag('--zero-fill-buffers');
function createUnsafeBuffer(size) {
  if (zeroFillAll) return new FastBuffer(size);
  zeroFill[0] = 0;
  try {
    return new FastBuffer(size);
  } finally {
    zeroFill[0] = 1;
  }
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (allocPool === undefined || size > poolSize - poolOffset) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return createUnsafeBuffer(size);
}

function fromStringWith(string, ops) {
  const half = Buffer.poolSize >>> 1;
  if (string.length < half) {
    if (allocPool === undefined) createPool();
    let written = writeToPool(allocPool, string, poolOffset, ops.id);
    if (written < 0 && ops.byteLength(string) < half) {
      createPool();
      written = writeToPool(allocPool, string, 0, ops.id);
    }
    if (written >= 0 && written < half) {
      const b = new FastBuffer(allocPool, poolOffset, written);
      poolOffset += written;
      alignPool();
      return b;
    }
  }
  if (ops === encodingOps.utf8) return new FastBuffer(binding.utf8FromString(string));
  const length = ops.byteLength(string);
  // Every byte that the result exposes is written.
  const b = createUnsafeBuffer(length);
  const actual = ops.write(b, string, 0, length);
  return actual === length ? b : new FastBuffer(b.buffer, 0, actual);
}

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return fromStringWith(string, ops);
}

function fromArrayLike(obj) {
  const length = obj.length;
  if (length <= 0) return new FastBuffer();
  if (length < (Buffer.poolSize >>> 1)) {
    if (allocPool === undefined || length > poolSize - poolOffset) createPool();
    const b = new FastBuffer(allocPool, poolOffset, length);
    typedArraySet.call(b, obj, 0);
    poolOffset += b.length;
    alignPool();
    return b;
  }
  return new FastBuffer(obj);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

// ---- Buffer -----------------------------------------------------------------------

// Whether the nearest caller outside rt's own library lives under node_modules:
// Node only warns about Buffer() for the application's own code.
const ErrorCaptureStackTrace = Error.captureStackTrace;
function structuredFrames(error, frames) { return frames; }
function isCalledFromNodeModules() {
  const savedPrepare = Error.prepareStackTrace;
  const savedLimit = Error.stackTraceLimit;
  const holder = {};
  try {
    Error.prepareStackTrace = structuredFrames;
    Error.stackTraceLimit = Infinity;
    ErrorCaptureStackTrace(holder, isCalledFromNodeModules);
    const frames = holder.stack;
    if (!Array.isArray(frames)) return false;
    for (const frame of frames) {
      const filename = String(frame.getFileName());
      // Library frames are named node:<id>; user files are absolute paths.
      if (!/^\/|\\/.test(filename)) continue;
      return /[/\\]node_modules[/\\]/.test(filename);
    }
    return false;
  } finally {
    Error.prepareStackTrace = savedPrepare;
    Error.stackTraceLimit = savedLimit;
  }
}

let warnedBufferConstructor = false;
let nodeModulesChecks = 0;
function showBufferConstructorDeprecation() {
  if (warnedBufferConstructor || typeof process === 'undefined') return;
  // Like Node, stop looking at stacks after 10000 calls from node_modules.
  if (++nodeModulesChecks > 10000 || isCalledFromNodeModules()) return;
  warnedBufferConstructor = true;
  process.emitWarning(
    'Buffer() is deprecated due to security and usability issues. Please use the ' +
    'Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
    'DeprecationWarning', 'DEP0005');
}

// Deprecated as a constructor (DEP0005) but still working.
function Buffer(arg, encodingOrOffset, length) {
  showBufferConstructorDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  __proto__: null, enumerable: false, configurable: true, get() { return FastBuffer; },
});

FastBuffer.prototype.constructor = Buffer;
Buffer.prototype = FastBuffer.prototype;
Object.setPrototypeOf(Buffer, Uint8Array);
addNumberMethods(Buffer.prototype);

Buffer.poolSize = 8 * 1024;

Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);
  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);
    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return from(valueOf, encodingOrOffset, length);
    }
    const b = fromObject(value);
    if (b) return b;
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }
  throw new ERR_INVALID_ARG_TYPE(
    'first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = view.length;
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = TypedArrayPrototype.slice.call(view, offset, end);
  }
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

Buffer.of = function of(...items) {
  const b = allocate(items.length);
  for (let i = 0; i < items.length; i++) b[i] = items[i];
  return b;
};

function validateSize(size) {
  validateNumber(size, 'size', 0, kMaxLength);
}

Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size);
  if (fill !== undefined && fill !== 0 && size > 0) {
    return fillImpl(new FastBuffer(size), fill, 0, size, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  validateSize(size);
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateSize(size);
  return createUnsafeBuffer(size);
};

// Deprecated (DEP0030, documentation only): an unpooled Buffer.
function SlowBuffer(size) {
  validateSize(size);
  return new FastBuffer(size);
}
Object.setPrototypeOf(SlowBuffer.prototype, Uint8Array.prototype);
Object.setPrototypeOf(SlowBuffer, Uint8Array);

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, buf2);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    getEncodingOps(encoding) !== undefined;
};
Buffer[Symbol.for('kIsEncodingSymbol')] = Buffer.isEncoding;

function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

// Copies source[sourceStart, sourceEnd) to target[targetStart...], as much as fits.
function copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.length - targetStart) {
    sourceEnd = sourceStart + target.length - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const sourceLength = source.length - sourceStart;
  if (nb > sourceLength) nb = sourceLength;
  if (nb <= 0) return 0;
  if (sourceStart !== 0 || sourceEnd < source.length) {
    source = new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb);
  }
  typedArraySet.call(target, source, targetStart);
  return nb;
}

Buffer.concat = function concat(list, length) {
  validateArray(list, 'list');
  if (list.length === 0) return new FastBuffer();
  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }
  const buffer = allocate(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    pos += copyActual(buf, buffer, pos, 0, buf.length);
  }
  if (pos < length) typedArrayFill.call(buffer, 0, pos, length);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const mustMatch = arguments.length > 2 && arguments[2] === true;
  if (!mustMatch && string.length === 0) return 0;
  if (!encoding) return mustMatch ? -1 : byteLengthUtf8(string);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) return mustMatch ? -1 : byteLengthUtf8(string);
  return ops.byteLength(string);
}
Buffer.byteLength = byteLength;

// ---- Buffer.prototype ----------------------------------------------------------------

const proto = Buffer.prototype;

for (const name of ['utf8', 'ucs2', 'latin1', 'ascii', 'hex', 'base64', 'base64url']) {
  proto[`${name}Slice`] = binding[`${name}Slice`];
  proto[`${name}Write`] = binding[`${name}Write`];
}

Object.defineProperty(proto, 'parent', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() { return this instanceof Buffer ? this.buffer : undefined; },
});
Object.defineProperty(proto, 'offset', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() { return this instanceof Buffer ? this.byteOffset : undefined; },
});

proto.copy = function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!ArrayBuffer.isView(this)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], this);
  if (!ArrayBuffer.isView(target)) {
    throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > this.length) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${this.length}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = this.length;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.length || sourceStart >= sourceEnd) return 0;
  return copyActual(this, target, targetStart, sourceStart, sourceEnd);
};

function toInteger(n, defaultValue) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return n % 1 === 0 ? n : Math.floor(n);
  }
  return defaultValue;
}

proto.toString = function toString(encoding, start, end) {
  if (arguments.length === 0) return this.utf8Slice(0, this.length);
  const length = this.length;
  if (start <= 0) start = 0;
  else if (start >= length) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > length) end = length;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return this.utf8Slice(start, end);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return ops.slice(this, start, end);
};
proto.toLocaleString = proto.toString;

proto.equals = function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  if (this.byteLength !== otherBuffer.byteLength) return false;
  return this.byteLength === 0 || binding.compare(this, otherBuffer) === 0;
};

proto.compare = function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) {
    throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }
  if (arguments.length === 1) return binding.compare(this, target);
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);
  if (sourceStart >= sourceEnd) return targetStart >= targetEnd ? 0 : -1;
  if (targetStart >= targetEnd) return 1;
  return binding.compareOffset(this, target, targetStart, sourceStart, targetEnd, sourceEnd);
};

// indexOf and lastIndexOf: `dir` is true forwards, false backwards.
function bidirectionalIndexOf(buffer, value, byteOffset, encoding, dir) {
  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  dir = !!dir;
  if (typeof value === 'number') return indexOfNumber(buffer, value >>> 0, byteOffset, dir);
  const ops = encoding === undefined ? encodingOps.utf8 : getEncodingOps(encoding);
  if (typeof value === 'string') {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return ops.indexOf(buffer, value, byteOffset, dir);
  }
  if (isUint8Array(value)) {
    return indexOfBuffer(buffer, value, byteOffset, ops === undefined ? ids.utf8 : ops.id, dir);
  }
  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], value);
}

proto.indexOf = function indexOf(value, byteOffset, encoding) {
  return bidirectionalIndexOf(this, value, byteOffset, encoding, true);
};

proto.lastIndexOf = function lastIndexOf(value, byteOffset, encoding) {
  return bidirectionalIndexOf(this, value, byteOffset, encoding, false);
};

proto.includes = function includes(value, byteOffset, encoding) {
  return this.indexOf(value, byteOffset, encoding) !== -1;
};

function fillImpl(buf, value, offset, end, encoding) {
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    const ops = encoding == null ? encodingOps.utf8 : getEncodingOps(encoding);
    if (ops === undefined) {
      validateString(encoding, 'encoding');
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      const code = value.charCodeAt(0);
      if ((ops === encodingOps.utf8 && code < 128) || ops === encodingOps.latin1) value = code;
    }
    encoding = ops.id;
  }
  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }
  if (typeof value === 'number') {
    if (offset > end || end > buf.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    typedArrayFill.call(buf, value, offset, end);
    return buf;
  }
  if (typeof value !== 'string' && !ArrayBuffer.isView(value)) {
    typedArrayFill.call(buf, (value >>> 0) & 255, offset, end);
    return buf;
  }
  if (binding.fill(buf, value, offset, end, encoding) === -1) {
    throw new ERR_INVALID_ARG_VALUE('value', value);
  }
  return buf;
}

proto.fill = function fill(value, offset, end, encoding) {
  return fillImpl(this, value, offset, end, encoding);
};

proto.write = function write(string, offset, length, encoding) {
  if (offset === undefined) return this.utf8Write(string, 0, this.length);
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  if (!encoding || encoding === 'utf8') return this.utf8Write(string, offset, length);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return ops.write(this, string, offset, length);
};

proto.toJSON = function toJSON() {
  const data = new Array(this.length);
  for (let i = 0; i < this.length; i++) data[i] = this[i];
  return { type: 'Buffer', data };
};

function adjustOffset(offset, length) {
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  return offset < length ? offset : length;
}

proto.subarray = function subarray(start, end) {
  const length = this.length;
  start = adjustOffset(start, length);
  end = end !== undefined ? adjustOffset(end, length) : length;
  return new FastBuffer(this.buffer, this.byteOffset + start, end > start ? end - start : 0);
};

proto.slice = function slice(start, end) {
  return this.subarray(start, end);
};

function swapBytes(buf, size, native) {
  const length = buf.length;
  if (length % size !== 0) throw new ERR_INVALID_BUFFER_SIZE(`${size * 8}-bits`);
  // Small buffers are faster in JS than through a call into C++.
  if (length < 128) {
    for (let i = 0; i < length; i += size) {
      for (let a = i, b = i + size - 1; a < b; a++, b--) {
        const t = buf[a];
        buf[a] = buf[b];
        buf[b] = t;
      }
    }
    return buf;
  }
  native(buf);
  return buf;
}

proto.swap16 = function swap16() { return swapBytes(this, 2, binding.swap16); };
proto.swap32 = function swap32() { return swapBytes(this, 4, binding.swap32); };
proto.swap64 = function swap64() { return swapBytes(this, 8, binding.swap64); };

proto[customInspectSymbol] = function inspect(recurseTimes, ctx) {
  const shown = Math.min(INSPECT_MAX_BYTES, this.length);
  let str = this.hexSlice(0, shown).replace(/(.{2})/g, '$1 ').trim();
  const remaining = this.length - INSPECT_MAX_BYTES;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    const util = internalBinding('util');
    const filter = ctx.showHidden ? util.constants.ALL_PROPERTIES : util.constants.ONLY_ENUMERABLE;
    const keys = util.getOwnNonIndexProperties(this, filter);
    if (keys.length > 0) {
      const extras = { __proto__: null };
      for (const key of keys) extras[key] = this[key];
      const { inspect: utilInspect } = require('internal/util/inspect');
      const text = utilInspect(extras, { ...ctx, breakLength: Infinity, compact: true });
      // Drop '[Object: null prototype] {' and ' }'.
      if (this.length !== 0) str += ', ';
      str += text.slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
};
proto.inspect = proto[customInspectSymbol];

// ---- Module functions --------------------------------------------------------------------

function validateBufferSource(input, name) {
  if (!ArrayBuffer.isView(input) && !isAnyArrayBuffer(input)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
  }
}

function isUtf8(input) {
  validateBufferSource(input, 'input');
  return binding.isUtf8(input);
}

function isAscii(input) {
  validateBufferSource(input, 'input');
  return binding.isAscii(input);
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  if (/[^\x00-\xff]/.test(input)) {
    throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  }
  return fromString(input, 'latin1').base64Slice();
}

// Alphabet characters, then at most two '=', with ASCII whitespace anywhere.
const kForgivingBase64 = /^[A-Za-z0-9+/\t\n\f\r ]*(?:=[\t\n\f\r ]*){0,2}$/;
const kAsciiWhitespace = /[\t\n\f\r ]/g;

// The forgiving-base64 decode of the HTML standard: ASCII whitespace is ignored,
// up to two '=' may end the input, anything else is an InvalidCharacterError.
function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  if (!kForgivingBase64.test(input)) {
    throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  }
  const stripped = input.replace(kAsciiWhitespace, '');
  const significant = stripped.length;
  let equals = 0;
  while (equals < significant && stripped.charCodeAt(significant - 1 - equals) === 0x3D) equals++;
  let rest = significant % 4;
  if (rest === 0) {
    rest = (significant - equals) % 4;
  } else if (equals > 0) {
    throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  }
  if (rest === 1) {
    throw lazyDOMException('The string to be decoded is not correctly encoded.',
                           'InvalidCharacterError');
  }
  return fromString(input, 'base64').latin1Slice();
}

// ---- transcode ---------------------------------------------------------------------
// Node does this with ICU converters; rt reproduces their results for the encodings
// transcode accepts (ascii, latin1, ucs2, utf8) with the Buffer codecs above.

const kLoneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const kNotLatin1 = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\x00-\xff]/g;
const kNotAscii = /[\uD800-\uDBFF][\uDC00-\uDFFF]|[^\x00-\x7f]/g;
const kIcuErrors = { U_ILLEGAL_ARGUMENT_ERROR: 1, U_INVALID_CHAR_FOUND: 10 };
const kTranscodable = ['ascii', 'latin1', 'utf16le', 'utf8'];

function transcodeError(code) {
  const err = new Error(`Unable to transcode Buffer [${code}]`);
  err.code = code;
  err.errno = kIcuErrors[code];
  return err;
}

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (source.length === 0) return Buffer.alloc(0);
  const from = getEncodingOps(fromEncoding)?.encoding;
  const to = getEncodingOps(toEncoding)?.encoding;
  if (!kTranscodable.includes(from) || !kTranscodable.includes(to)) {
    throw transcodeError('U_ILLEGAL_ARGUMENT_ERROR');
  }
  let text;
  switch (from) {
    case 'utf8':
      if (to === 'utf16le' && !binding.isUtf8(source)) throw transcodeError('U_INVALID_CHAR_FOUND');
      text = binding.decode(source, ids.utf8);
      break;
    case 'latin1':
      text = binding.decode(source, ids.latin1);
      break;
    case 'ascii':
      text = binding.decode(source, ids.latin1);
      if (to !== 'utf16le') text = text.replace(/[\x80-\xff]/g, '\ufffd');
      break;
    case 'utf16le':
      text = binding.decode(source, ids.ucs2);
      if (to === 'utf8' && kLoneSurrogate.test(text)) throw transcodeError('U_INVALID_CHAR_FOUND');
      if (to === 'utf16le') {
        text = text.replace(new RegExp(kLoneSurrogate, 'g'), '\ufffd');
        if (source.length % 2 === 1) text += '\ufffd';
      }
      break;
  }
  if (to === 'latin1') text = text.replace(kNotLatin1, '?');
  else if (to === 'ascii') text = text.replace(kNotAscii, '?');
  return fromString(text, to);
}

module.exports = {
  Buffer,
  SlowBuffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
};

require('internal/util').defineLazyProperties(module.exports, 'internal/blob',
                                              ['Blob', 'File', 'resolveObjectURL']);

Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return INSPECT_MAX_BYTES; },
  set(value) {
    validateNumber(value, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = value;
  },
});
