'use strict';

// The glue between a stream handle (TCP, Pipe, TTY: a StreamWrap in C++) and the JS
// stream that owns it: writes (synchronous when uv_try_write takes everything),
// reads (handle.onread), and the inactivity timeout shared by net.Socket and friends.
// Owned by the net module (net.Socket); other streams over handles may use it too.

const { FastBuffer } = require('internal/buffer');
const {
  errnoException,
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');

let streamBinding;
function binding() {
  // Every stream binding exports the same request classes and streamState.
  if (streamBinding === undefined) streamBinding = internalBinding('pipe_wrap');
  return streamBinding;
}

const kUpdateTimer = Symbol('kUpdateTimer');
const kAfterAsyncWrite = Symbol('kAfterAsyncWrite');
const kHandle = Symbol('kHandle');
const kBuffer = Symbol('kBuffer');
const kBufferCb = Symbol('kBufferCb');
const kBufferGen = Symbol('kBufferGen');
const kLastWriteQueueSize = Symbol('lastWriteQueueSize');
const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');
const kTimeout = Symbol('timeout');
const kMaybeDestroy = Symbol('kMaybeDestroy');
// The JS object that owns a handle: handle[owner_symbol].
const owner_symbol = Symbol('owner_symbol');

let UV_EOF;
function uvEOF() {
  if (UV_EOF === undefined) UV_EOF = internalBinding('uv').UV_EOF;
  return UV_EOF;
}

function createWriteWrap(handle, callback) {
  const req = new (binding().WriteWrap)();
  req.handle = handle;
  req.oncomplete = onWriteComplete;
  req.async = false;
  req.bytes = 0;
  req.buffer = null;
  req.callback = callback;
  return req;
}

function handleWriteReq(req, data, encoding) {
  const { handle } = req;
  switch (encoding) {
    case 'buffer': {
      const ret = handle.writeBuffer(req, data);
      req.buffer = data;
      return ret;
    }
    case 'latin1':
    case 'binary':
      return handle.writeLatin1String(req, data);
    case 'utf8':
    case 'utf-8':
      return handle.writeUtf8String(req, data);
    case 'ascii':
      return handle.writeAsciiString(req, data);
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return handle.writeUcs2String(req, data);
    default: {
      const buffer = Buffer.from(data, encoding);
      req.buffer = buffer;
      return handle.writeBuffer(req, buffer);
    }
  }
}

// req.oncomplete(status) of a write that had to wait: `this` is the request.
function onWriteComplete(status) {
  const stream = this.handle[owner_symbol];
  if (stream.destroyed) {
    if (typeof this.callback === 'function') this.callback(null);
    return;
  }
  if (status < 0) {
    const ex = errnoException(status, 'write', this.error);
    if (typeof this.callback === 'function') this.callback(ex);
    else stream.destroy(ex);
    return;
  }
  stream[kUpdateTimer]();
  stream[kAfterAsyncWrite]();
  if (typeof this.callback === 'function') this.callback(null);
}

// Records what the handle reported about the write just dispatched. A write that
// went out at once calls back synchronously (Writable defers its own work to a tick).
function afterWriteDispatched(req, err, cb) {
  const b = binding();
  req.bytes = b.streamState[b.kBytesWritten];
  req.async = b.streamState[b.kLastWriteWasAsync] === 1;
  if (err !== 0) return cb(errnoException(err, 'write', req.error));
  if (!req.async && typeof req.callback === 'function') req.callback();
}

function writevGeneric(self, data, cb) {
  const req = createWriteWrap(self[kHandle], cb);
  const allBuffers = data.allBuffers;
  let chunks;
  if (allBuffers) {
    chunks = new Array(data.length);
    for (let i = 0; i < data.length; i++) chunks[i] = data[i].chunk;
  } else {
    // The handle encodes utf8 and latin1 strings itself; other encodings arrive
    // as bytes.
    chunks = new Array(data.length * 2);
    for (let i = 0; i < data.length; i++) {
      const { chunk, encoding } = data[i];
      if (typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8' &&
          encoding !== 'latin1' && encoding !== 'binary') {
        chunks[i * 2] = Buffer.from(chunk, encoding);
      } else {
        chunks[i * 2] = chunk;
      }
      chunks[i * 2 + 1] = encoding;
    }
  }
  const err = req.handle.writev(req, chunks, allBuffers === true);
  // The buffers must outlive a write that is still pending.
  if (err === 0) req.buffer = chunks;
  afterWriteDispatched(req, err, cb);
  return req;
}

function writeGeneric(self, data, encoding, cb) {
  const req = createWriteWrap(self[kHandle], cb);
  const err = handleWriteReq(req, data, encoding);
  afterWriteDispatched(req, err, cb);
  return req;
}

// handle.onread(nread, arrayBuffer): `this` is the handle.
function onStreamRead(nread, arrayBuffer) {
  const handle = this;
  const stream = handle[owner_symbol];
  if (stream === undefined) return;

  if (nread > 0 && !stream.destroyed) {
    stream[kUpdateTimer]();
    stream[kBytesRead] += nread;
    let ret;
    if (stream[kBuffer]) {
      // The onread option: copy into the user's buffer and pass the byte count.
      const userBuf = stream[kBuffer];
      const bytes = new Uint8Array(arrayBuffer, 0, nread);
      let offset = 0;
      while (offset < nread) {
        const target = typeof userBuf === 'function' ? userBuf() : userBuf;
        const n = Math.min(target.length, nread - offset);
        target.set(bytes.subarray(offset, offset + n));
        offset += n;
        ret = stream[kBufferCb](n, target);
        if (ret === false) break;
      }
    } else {
      ret = stream.push(new FastBuffer(arrayBuffer, 0, nread));
    }
    if (ret === false) {
      // Backpressure: stop reading until _read() asks again.
      handle.reading = false;
      if (!stream.destroyed) {
        const err = handle.readStop();
        if (err) stream.destroy(errnoException(err, 'read'));
      }
    }
    return;
  }

  if (nread === 0) return;

  if (nread !== uvEOF()) {
    stream.destroy(errnoException(nread, 'read'));
    return;
  }

  // End of input: no more reads come from this handle.
  if (stream._readableState.endEmitted) {
    if (stream[kMaybeDestroy]) stream[kMaybeDestroy]();
  } else {
    if (stream[kMaybeDestroy]) stream.on('end', stream[kMaybeDestroy]);
    stream.push(null);
    stream.read(0);
  }
}

let timers;
// stream.setTimeout(msecs[, callback]): 'timeout' after msecs without activity.
function setStreamTimeout(msecs, callback) {
  if (this.destroyed) return this;
  timers ??= require('internal/timers');
  this.timeout = msecs;
  msecs = timers.getTimerDuration(msecs, 'msecs');
  clearTimeout(this[kTimeout]);
  if (msecs === 0) {
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else {
    this[kTimeout] = timers.setUnrefTimeout(this._onTimeout.bind(this), msecs);
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
}

function checkWritable(data) {
  if (typeof data !== 'string' && !ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
}

module.exports = {
  createWriteWrap,
  writevGeneric,
  writeGeneric,
  onStreamRead,
  setStreamTimeout,
  checkWritable,
  kAfterAsyncWrite,
  kMaybeDestroy,
  kUpdateTimer,
  kHandle,
  kBuffer,
  kBufferCb,
  kBufferGen,
  kLastWriteQueueSize,
  kBytesRead,
  kBytesWritten,
  kTimeout,
  owner_symbol,
};
