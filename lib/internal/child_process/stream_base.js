'use strict';

// Glue between a stream class (a Duplex) and a native StreamWrap handle (Pipe, TCP,
// TTY): reading through handle.onread, writing through WriteWrap requests,
// shutting down through ShutdownWrap. Used by the child process pipes; nothing in it
// is specific to them (net's lib/internal/stream_base_commons.js does the same job).
//
// The stream keeps its handle in `stream._handle`; the handle points back at its
// stream through handle[kOwner].

const { Buffer } = require('buffer');
const { errnoException } = require('internal/errors');

const {
  WriteWrap,
  ShutdownWrap,
  streamState,
  kBytesWritten,
  kLastWriteWasAsync,
} = internalBinding('pipe_wrap');
const { UV_EOF, UV_ENOTCONN } = internalBinding('uv');

const kOwner = Symbol('kOwner');

// handle.onread: `this` is the handle.
function onStreamRead(nread, arrayBuffer) {
  const stream = this[kOwner];
  if (stream === undefined || stream.destroyed) return;
  if (nread > 0) {
    const chunk = Buffer.from(arrayBuffer, 0, nread);
    stream.bytesRead = (stream.bytesRead || 0) + nread;
    if (!stream.push(chunk) && this.reading) {
      // The consumer is behind: stop until _read asks for more.
      this.reading = false;
      const err = this.readStop();
      if (err) stream.destroy(errnoException(err, 'read'));
    }
    return;
  }
  this.reading = false;
  if (nread !== UV_EOF) {
    stream.destroy(errnoException(nread, 'read'));
    return;
  }
  // The end: 'end' comes before the handle closes, so 'end' precedes 'close'.
  stream.push(null);
  stream.read(0);
}

// Starts the flow of data from the handle into the stream (from _read).
function readStart(stream) {
  const handle = stream._handle;
  if (!handle || handle.reading) return;
  handle.reading = true;
  const err = handle.readStart();
  if (err) {
    handle.reading = false;
    stream.destroy(errnoException(err, 'read'));
  }
}

// `this` is the WriteWrap.
function onWriteComplete(status) {
  const stream = this.handle[kOwner];
  const callback = this.callback;
  if (stream === undefined || stream.destroyed) {
    if (typeof callback === 'function') callback(null);
    return;
  }
  if (status < 0) {
    const error = errnoException(status, 'write', this.error);
    if (typeof callback === 'function') callback(error);
    else stream.destroy(error);
    return;
  }
  if (typeof callback === 'function') callback(null);
}

function createWriteWrap(handle, callback) {
  const req = new WriteWrap();
  req.handle = handle;
  req.oncomplete = onWriteComplete;
  req.async = false;
  req.bytes = 0;
  req.buffer = null;
  req.callback = callback;
  return req;
}

// After the native write was started: finish now if it completed at once.
function afterWriteDispatched(req, err, cb) {
  req.bytes = streamState[kBytesWritten];
  req.async = streamState[kLastWriteWasAsync] !== 0;
  if (err !== 0) {
    cb(errnoException(err, 'write', req.error));
    return;
  }
  if (!req.async) cb(null);
}

function writeChunk(req, data, encoding) {
  const handle = req.handle;
  if (typeof data !== 'string') return handle.writeBuffer(req, data);
  switch (encoding) {
    case 'utf8':
    case 'utf-8':
    case undefined:
    case 'buffer':
      return handle.writeUtf8String(req, data);
    case 'latin1':
    case 'binary':
      return handle.writeLatin1String(req, data);
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

// Writes one chunk (a Buffer/Uint8Array or a string in `encoding`); cb(err).
function writeGeneric(stream, data, encoding, cb) {
  const req = createWriteWrap(stream._handle, cb);
  req.buffer = data;  // keep the bytes alive while libuv writes them
  const err = writeChunk(req, data, encoding);
  afterWriteDispatched(req, err, cb);
  return req;
}

// Writes the chunks of Writable's _writev ([{ chunk, encoding }]) at once; cb(err).
function writevGeneric(stream, entries, cb) {
  const req = createWriteWrap(stream._handle, cb);
  let allBuffers = true;
  for (const { chunk } of entries) {
    if (typeof chunk === 'string') allBuffers = false;
  }
  let chunks;
  if (allBuffers) {
    chunks = entries.map((entry) => entry.chunk);
  } else {
    chunks = [];
    for (const { chunk, encoding } of entries) {
      if (typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8' &&
          encoding !== 'latin1' && encoding !== 'binary') {
        chunks.push(Buffer.from(chunk, encoding), 'buffer');
      } else {
        chunks.push(chunk, encoding);
      }
    }
  }
  req.buffer = chunks;
  const err = req.handle.writev(req, chunks, allBuffers);
  afterWriteDispatched(req, err, cb);
  return req;
}

// Ends the writable side of the handle (Writable's _final); cb(err).
function shutdownStream(stream, cb) {
  const handle = stream._handle;
  if (!handle) {
    cb();
    return;
  }
  const req = new ShutdownWrap();
  req.handle = handle;
  req.oncomplete = function onShutdownComplete() {
    // Like Node, a failed shutdown is not an error of the stream.
    cb();
  };
  const err = handle.shutdown(req);
  if (err === UV_ENOTCONN) {
    cb();
  } else if (err !== 0) {
    cb(errnoException(err, 'shutdown'));
  }
}

module.exports = {
  kOwner,
  onStreamRead,
  readStart,
  writeGeneric,
  writevGeneric,
  shutdownStream,
};
