'use strict';

// ZlibBase: the Transform stream shared by every zlib and Brotli class, and the two
// ways of driving a native handle (internalBinding('zlib') Zlib/BrotliEncoder/
// BrotliDecoder): chunk by chunk on the thread pool for streams, or in a loop of
// writeSync calls for the *Sync functions.
//
// A handle call fills `_writeState` with [availOutAfter, availInAfter]; output goes
// into `_outBuffer` at `_outOffset`, and a fresh buffer is taken when it is full.

const { Buffer, kMaxLength } = require('buffer');
const Transform = require('internal/streams/transform');
const finished = require('internal/streams/end-of-stream');
const {
  codes: { ERR_BUFFER_TOO_LARGE, ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
  genericNodeError,
  hideStackFrames,
} = require('internal/errors');
const { validateFunction, validateNumber } = require('internal/validators');
const assert = require('internal/assert');
const { deprecate } = require('internal/util');
const { isAnyArrayBuffer, isArrayBufferView, isUint8Array } = require('internal/util/types');
const { constants } = internalBinding('zlib');

const {
  Z_NO_FLUSH, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_BLOCK,
  Z_MIN_CHUNK, Z_DEFAULT_CHUNK, BROTLI_ENCODE, BROTLI_DECODE,
  BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_EMIT_METADATA,
} = constants;

const kOwner = Symbol('kOwner');
const kError = Symbol('kError');
const kFlushFlag = Symbol('kFlushFlag');

// How much each zlib flush flushes, to pick the stronger of two.
const flushStrength = [];
[Z_NO_FLUSH, Z_BLOCK, Z_PARTIAL_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH]
  .forEach((flag, i) => { flushStrength[flag] = i; });
function strongerFlush(a, b) {
  return flushStrength[a] > flushStrength[b] ? a : b;
}

// Zero-length chunks that carry a flush kind through the Writable queue.
const flushChunks = [];
for (let flag = 0; flag <= Z_BLOCK; flag++) {
  flushChunks[flag] = Buffer.alloc(0);
  flushChunks[flag][kFlushFlag] = flag;
}

// False for undefined and NaN (use the default); throws for other non-numbers and
// for infinities.
const checkFiniteNumber = hideStackFrames((number, name) => {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  validateNumber(number, name);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', number);
});

const checkRangesOrGetDefault = hideStackFrames((number, name, lower, upper, def) => {
  if (!checkFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, number);
  }
  return number;
});

// handle.onerror(message, errno, code): a failed write or reset. The stream cannot
// go on after it.
function onHandleError(message, errno, code) {
  const self = this[kOwner];
  const error = genericNodeError(message, { errno, code });
  error.errno = errno;
  error.code = code;
  self.destroy(error);
  self[kError] = error;
}

function ZlibBase(opts, mode, handle, { flush, finishFlush, fullFlush }) {
  let chunkSize = Z_DEFAULT_CHUNK;
  let maxOutputLength = kMaxLength;
  const isBrotli = mode === BROTLI_ENCODE || mode === BROTLI_DECODE;
  const maxFlushFlag = isBrotli ? BROTLI_OPERATION_EMIT_METADATA : Z_BLOCK;
  const minFlushFlag = isBrotli ? BROTLI_OPERATION_PROCESS : Z_NO_FLUSH;

  if (opts) {
    chunkSize = opts.chunkSize;
    if (!checkFiniteNumber(chunkSize, 'options.chunkSize')) {
      chunkSize = Z_DEFAULT_CHUNK;
    } else if (chunkSize < Z_MIN_CHUNK) {
      throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
    }
    flush = checkRangesOrGetDefault(opts.flush, 'options.flush',
                                    minFlushFlag, maxFlushFlag, flush);
    finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush',
                                          minFlushFlag, maxFlushFlag, finishFlush);
    maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength',
                                              1, kMaxLength, kMaxLength);
    // The readable side always gives Buffers and the writable side takes bytes.
    if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
      opts = { ...opts, encoding: null, objectMode: false, writableObjectMode: false };
    }
  }

  Transform.call(this, { autoDestroy: true, ...opts });
  this[kError] = null;
  this.bytesWritten = 0;
  this._handle = handle;
  handle[kOwner] = this;
  handle.onerror = onHandleError;
  this._outBuffer = Buffer.allocUnsafe(chunkSize);
  this._outOffset = 0;
  this._chunkSize = chunkSize;
  this._defaultFlushFlag = flush;
  this._finishFlushFlag = finishFlush;
  this._defaultFullFlushFlag = fullFlush;
  this._info = opts && opts.info;
  this._maxOutputLength = maxOutputLength;
}
Object.setPrototypeOf(ZlibBase.prototype, Transform.prototype);
Object.setPrototypeOf(ZlibBase, Transform);

Object.defineProperty(ZlibBase.prototype, '_closed', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    return !this._handle;
  },
});

// bytesRead was renamed bytesWritten (DEP0108).
Object.defineProperty(ZlibBase.prototype, 'bytesRead', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get: deprecate(function() {
    return this.bytesWritten;
  }, 'zlib.bytesRead is deprecated and will change its meaning in the future. ' +
     'Use zlib.bytesWritten instead.', 'DEP0108'),
  set: deprecate(function(value) {
    this.bytesWritten = value;
  }, 'Setting zlib.bytesRead is deprecated. ' +
     'This feature will be removed in the future.', 'DEP0108'),
});

ZlibBase.prototype.reset = function() {
  assert(this._handle, 'zlib binding closed');
  return this._handle.reset();
};

// The end of the writable side: one last empty chunk with the finish flush.
ZlibBase.prototype._flush = function(callback) {
  this._transform(Buffer.alloc(0), '', callback);
};

ZlibBase.prototype._final = function(callback) {
  callback();
};

ZlibBase.prototype.flush = function(kind, callback) {
  if (typeof kind === 'function' || (kind === undefined && !callback)) {
    callback = kind;
    kind = this._defaultFullFlushFlag;
  }
  if (this.writableFinished) {
    if (callback) process.nextTick(callback);
  } else if (this.writableEnded) {
    if (callback) this.once('end', callback);
  } else {
    this.write(flushChunks[kind], '', callback);
  }
};

ZlibBase.prototype.close = function(callback) {
  if (callback) finished(this, callback);
  this.destroy();
};

ZlibBase.prototype._destroy = function(err, callback) {
  closeHandle(this);
  callback(err);
};

ZlibBase.prototype._transform = function(chunk, encoding, cb) {
  let flushFlag = this._defaultFlushFlag;
  if (typeof chunk[kFlushFlag] === 'number') flushFlag = chunk[kFlushFlag];
  // The last chunk before end() also carries the finish flush.
  if (this.writableEnded && this.writableLength === chunk.byteLength) {
    flushFlag = strongerFlush(flushFlag, this._finishFlushFlag);
  }
  processChunk(this, chunk, flushFlag, cb);
};

// Kept for old callers: asynchronous with a callback, else synchronous.
ZlibBase.prototype._processChunk = function(chunk, flushFlag, cb) {
  if (typeof cb === 'function') return processChunk(this, chunk, flushFlag, cb);
  return processChunkSync(this, chunk, flushFlag);
};

function closeHandle(engine) {
  if (!engine._handle) return;
  engine._handle.close();
  engine._handle = null;
}

function processChunk(self, chunk, flushFlag, cb) {
  const handle = self._handle;
  if (!handle) {
    process.nextTick(cb);
    return;
  }
  handle.buffer = chunk;
  handle.cb = cb;
  handle.availOutBefore = self._chunkSize - self._outOffset;
  handle.availInBefore = chunk.byteLength;
  handle.inOff = 0;
  handle.flushFlag = flushFlag;
  handle.write(flushFlag, chunk, 0, handle.availInBefore,
               self._outBuffer, self._outOffset, handle.availOutBefore);
}

function writeAgain(handle, self) {
  handle.write(handle.flushFlag, handle.buffer, handle.inOff, handle.availInBefore,
               self._outBuffer, self._outOffset, self._chunkSize);
}

// The handle's write callback (`this` is the handle): pass the output on, and
// write again while the output buffer comes back full.
function processCallback() {
  const handle = this;
  const self = handle[kOwner];
  const state = self._writeState;

  if (self.destroyed) {
    handle.buffer = null;
    handle.cb();
    return;
  }

  const availOutAfter = state[0];
  const availInAfter = state[1];
  const inDelta = handle.availInBefore - availInAfter;
  self.bytesWritten += inDelta;

  const have = handle.availOutBefore - availOutAfter;
  let readableFull = false;
  if (have > 0) {
    const out = self._outBuffer.slice(self._outOffset, self._outOffset + have);
    self._outOffset += have;
    readableFull = !self.push(out);
  }

  if (self.destroyed) {
    handle.cb();
    return;
  }

  if (availOutAfter === 0 || self._outOffset >= self._chunkSize) {
    handle.availOutBefore = self._chunkSize;
    self._outOffset = 0;
    self._outBuffer = Buffer.allocUnsafe(self._chunkSize);
  }

  if (availOutAfter === 0) {
    // More output is waiting: write again, once the reader wants more.
    handle.inOff += inDelta;
    handle.availInBefore = availInAfter;
    if (!readableFull) {
      writeAgain(handle, self);
    } else {
      const oldRead = self._read;
      self._read = (n) => {
        self._read = oldRead;
        writeAgain(handle, self);
        self._read(n);
      };
    }
    return;
  }

  if (availInAfter > 0) {
    // Output space left but input not taken: the compressed stream ended early
    // (data after its end is ignored, except between gzip members).
    self.push(null);
  }

  handle.buffer = null;
  handle.cb();
}

function processChunkSync(self, chunk, flushFlag) {
  let availInBefore = chunk.byteLength;
  let availOutBefore = self._chunkSize - self._outOffset;
  let inOff = 0;
  let buffers = null;
  let nread = 0;
  let inputRead = 0;
  const state = self._writeState;
  const handle = self._handle;
  let buffer = self._outBuffer;
  let offset = self._outOffset;
  const chunkSize = self._chunkSize;

  let error;
  self.on('error', function onError(er) {
    error = er;
  });

  while (true) {
    handle.writeSync(flushFlag, chunk, inOff, availInBefore, buffer, offset, availOutBefore);
    if (error) throw error;
    if (self[kError]) throw self[kError];

    const availOutAfter = state[0];
    const availInAfter = state[1];
    const inDelta = availInBefore - availInAfter;
    inputRead += inDelta;

    const have = availOutBefore - availOutAfter;
    if (have > 0) {
      const out = buffer.slice(offset, offset + have);
      offset += have;
      if (!buffers) buffers = [out];
      else buffers.push(out);
      nread += out.byteLength;
      if (nread > self._maxOutputLength) {
        closeHandle(self);
        throw new ERR_BUFFER_TOO_LARGE(self._maxOutputLength);
      }
    }

    if (availOutAfter === 0 || offset >= chunkSize) {
      availOutBefore = chunkSize;
      offset = 0;
      buffer = Buffer.allocUnsafe(chunkSize);
    }

    if (availOutAfter !== 0) break;
    inOff += inDelta;
    availInBefore = availInAfter;
  }

  self.bytesWritten = inputRead;
  closeHandle(self);
  if (nread === 0) return Buffer.alloc(0);
  return buffers.length === 1 ? buffers[0] : Buffer.concat(buffers, nread);
}

// The one-shot form of processChunkSync: the binding runs the whole input into one
// buffer that grows as needed (the same bytes as chunk by chunk, without joining).
function processAllSync(self, chunk, flushFlag) {
  let error;
  self.on('error', function onError(er) {
    error = er;
  });
  const output = self._handle.writeSyncAll(flushFlag, chunk, 0, chunk.byteLength,
                                           self._maxOutputLength);
  if (error) throw error;
  if (self[kError]) throw self[kError];
  if (output === null) {
    closeHandle(self);
    throw new ERR_BUFFER_TOO_LARGE(self._maxOutputLength);
  }
  self.bytesWritten = chunk.byteLength - self._writeState[1];
  closeHandle(self);
  return Buffer.from(output);
}

// zlib.xxxSync(buffer, options)
function zlibBufferSync(engine, buffer) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!isArrayBufferView(buffer)) {
    if (isAnyArrayBuffer(buffer)) {
      buffer = Buffer.from(buffer);
    } else {
      throw new ERR_INVALID_ARG_TYPE('buffer',
                                     ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
                                     buffer);
    }
  }
  buffer = processAllSync(engine, buffer, engine._finishFlushFlag);
  if (engine._info) return { buffer, engine };
  return buffer;
}

function zlibBufferOnData(chunk) {
  if (!this.buffers) this.buffers = [chunk];
  else this.buffers.push(chunk);
  this.nread += chunk.length;
  if (this.nread > this._maxOutputLength) {
    this.close();
    this.removeAllListeners('end');
    this.cb(new ERR_BUFFER_TOO_LARGE(this._maxOutputLength));
  }
}

function zlibBufferOnError(err) {
  this.removeAllListeners('end');
  this.cb(err);
}

function zlibBufferOnEnd() {
  let buf;
  if (this.nread === 0) {
    buf = Buffer.alloc(0);
  } else {
    const bufs = this.buffers;
    buf = bufs.length === 1 ? bufs[0] : Buffer.concat(bufs, this.nread);
  }
  this.close();
  if (this._info) this.cb(null, { buffer: buf, engine: this });
  else this.cb(null, buf);
}

// zlib.xxx(buffer, options, callback): the whole input through a stream.
function zlibBuffer(engine, buffer, callback) {
  validateFunction(callback, 'callback');
  // The stream takes Uint8Arrays: view other views and ArrayBuffers as Buffers.
  if (isArrayBufferView(buffer) && !isUint8Array(buffer)) {
    buffer = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } else if (isAnyArrayBuffer(buffer)) {
    buffer = Buffer.from(buffer);
  }
  engine.buffers = null;
  engine.nread = 0;
  engine.cb = callback;
  engine.on('data', zlibBufferOnData);
  engine.on('error', zlibBufferOnError);
  engine.on('end', zlibBufferOnEnd);
  engine.end(buffer);
}

module.exports = {
  ZlibBase,
  processCallback,
  zlibBuffer,
  zlibBufferSync,
  checkRangesOrGetDefault,
  kOwner,
};
