'use strict';

// fs.ReadStream and fs.WriteStream (and createReadStream/createWriteStream) on the
// stream module's Readable/Writable, reading and writing through fs's callback API,
// a user-supplied `fs` object, or a FileHandle passed as `fd`.

const { Readable, Writable, finished } = require('stream');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_METHOD_NOT_IMPLEMENTED },
} = require('internal/errors');
const {
  validateFunction,
  validateInteger,
  validateBoolean,
} = require('internal/validators');
const { deprecate, kEmptyObject } = require('internal/util');
const { copyObject, getOptions, getValidatedFd, toPathIfFileURL, validatePath } =
  require('internal/fs/utils');

const kFs = Symbol('kFs');
const kIsPerformingIO = Symbol('kIsPerformingIO');

function lazyFileHandle() {
  return require('internal/fs/promises').FileHandle;
}

// A stream over a FileHandle holds a reference to it and closes when the handle is
// closed (the handle's fd is closed once the stream lets go).
function holdFileHandle(stream, handle) {
  if (handle === null) return;
  require('internal/fs/promises').refFileHandle(handle);
  handle.on('close', () => stream.close());
}

// The fs-like functions a stream uses for a FileHandle fd.
function fileHandleFs(handle) {
  return {
    open() {
      throw new ERR_METHOD_NOT_IMPLEMENTED('open()');
    },
    read(fd, buf, offset, length, position, cb) {
      handle.read(buf, offset, length, position)
        .then(({ bytesRead }) => cb(null, bytesRead, buf), cb);
    },
    write(fd, buf, offset, length, position, cb) {
      handle.write(buf, offset, length, position)
        .then(({ bytesWritten }) => cb(null, bytesWritten, buf), cb);
    },
    writev(fd, buffers, position, cb) {
      handle.writev(buffers, position)
        .then(({ bytesWritten }) => cb(null, bytesWritten, buffers), cb);
    },
    fsync(fd, cb) {
      handle.sync().then(() => cb(null), cb);
    },
    close(fd, cb) {
      require('internal/fs/promises').unrefFileHandle(handle);
      handle.close().then(() => cb(null), cb);
    },
  };
}

function streamOptions(options, kind) {
  options = copyObject(getOptions(options, kEmptyObject));
  const FileHandle = lazyFileHandle();
  let fsImpl;
  let handle = null;
  if (options.fd instanceof FileHandle) {
    handle = options.fd;
    fsImpl = fileHandleFs(handle);
    options.fd = handle.fd;
  } else {
    fsImpl = options.fs || require('fs');
    if (options.fs) {
      const needed = kind === 'read' ? ['open', 'read', 'close'] : ['open', 'close'];
      for (const name of needed) validateFunction(fsImpl[name], `options.fs.${name}`);
      if (kind === 'write' && fsImpl.write === undefined && fsImpl.writev === undefined) {
        throw new ERR_INVALID_ARG_TYPE('options.fs.write', 'function', fsImpl.write);
      }
    }
  }
  return { options, fsImpl, handle };
}

function setupPathAndFd(stream, path, options) {
  if (options.fd == null) {
    stream.fd = null;
    stream.path = toPathIfFileURL(path);
    validatePath(stream.path);
    if (typeof stream.path !== 'string') stream.path = `${stream.path}`;
  } else {
    if (typeof options.fd !== 'number') {
      throw new ERR_INVALID_ARG_TYPE('options.fd', ['number', 'FileHandle'], options.fd);
    }
    stream.fd = getValidatedFd(options.fd);
    stream.path = undefined;
  }
}

function openStream(stream, callback) {
  stream[kFs].open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) return callback(err);
    stream.fd = fd;
    callback();
    stream.emit('open', fd);
    stream.emit('ready');
  });
}

function closeStream(stream, err, cb) {
  if (stream.fd === null) return cb(err);
  const fd = stream.fd;
  stream.fd = null;
  stream[kFs].close(fd, (closeErr) => cb(closeErr || err));
}

function destroyStream(stream, err, cb) {
  // Wait for the I/O in flight before closing, so its fd is not reused under it.
  const close = (err) => closeStream(stream, err, cb);
  if (stream[kIsPerformingIO]) {
    stream.once(kIsPerformingIO, (ioErr) => close(err || ioErr));
  } else {
    close(err);
  }
}

// ---- ReadStream ----------------------------------------------------------------------

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  const prepared = streamOptions(options, 'read');
  options = prepared.options;
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  this[kFs] = prepared.fsImpl;
  this[kIsPerformingIO] = false;
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  setupPathAndFd(this, path, options);
  this.flags = options.flags === undefined ? 'r' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  this.start = options.start;
  this.end = options.end ?? Infinity;
  this.pos = undefined;
  this.bytesRead = 0;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  if (this.end !== Infinity) {
    validateInteger(this.end, 'end', 0);
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  Readable.call(this, options);
  holdFileHandle(this, prepared.handle);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

// open() is a deprecated no-op (the stream opens itself), and autoClose is the stream's
// autoDestroy (so it can be changed later), as in Node.
function addOpenAndAutoClose(Stream, name, stateKey) {
  Stream.prototype.open = deprecate(function open() {},
                                    `${name}.prototype.open() is deprecated`, 'DEP0135');
  Object.defineProperty(Stream.prototype, 'autoClose', {
    __proto__: null,
    get() {
      return this[stateKey].autoDestroy;
    },
    set(value) {
      this[stateKey].autoDestroy = value;
    },
    configurable: true,
  });
}

addOpenAndAutoClose(ReadStream, 'ReadStream', '_readableState');

Object.defineProperty(ReadStream.prototype, 'pending', {
  __proto__: null,
  get() {
    return this.fd === null;
  },
  configurable: true,
});

ReadStream.prototype._construct = function(callback) {
  if (this.fd !== null) return callback();
  openStream(this, callback);
};

ReadStream.prototype._read = function(n) {
  n = this.pos !== undefined ?
    Math.min(this.end - this.pos + 1, n) :
    Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buf = Buffer.allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, n, this.pos ?? null, (err, bytesRead, data) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      this.emit(kIsPerformingIO, err);
      return;
    }
    if (err) {
      this.destroy(err);
      return;
    }
    if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      const chunk = data ?? buf;
      this.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = function(err, cb) {
  destroyStream(this, err, cb);
};

ReadStream.prototype.close = function(cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

// ---- WriteStream ----------------------------------------------------------------------

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  const prepared = streamOptions(options, 'write');
  options = prepared.options;
  this[kFs] = prepared.fsImpl;
  this[kIsPerformingIO] = false;
  options.decodeStrings = true;
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  setupPathAndFd(this, path, options);
  this.flags = options.flags === undefined ? 'w' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;
  // Own properties in Node's order (they show when a stream is inspected).
  this.flush = options.flush ?? false;
  validateBoolean(this.flush, 'options.flush');
  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  if (this.start !== undefined) {
    validateInteger(this.start, 'start', 0);
    this.pos = this.start;
  }
  Writable.call(this, options);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
  holdFileHandle(this, prepared.handle);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

addOpenAndAutoClose(WriteStream, 'WriteStream', '_writableState');

Object.defineProperty(WriteStream.prototype, 'pending', {
  __proto__: null,
  get() {
    return this.fd === null;
  },
  configurable: true,
});

WriteStream.prototype._construct = function(callback) {
  if (this.fd !== null) return callback();
  openStream(this, callback);
};

WriteStream.prototype._write = function(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  this[kFs].write(this.fd, data, 0, data.length, this.pos ?? null, (err, bytes) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(err);
      this.emit(kIsPerformingIO, err);
      return;
    }
    if (err) return cb(err);
    this.bytesWritten += bytes;
    cb();
  });
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function(chunks, cb) {
  const fsImpl = this[kFs];
  if (typeof fsImpl.writev !== 'function') {
    const buffer = Buffer.concat(chunks.map((c) => c.chunk));
    return this._write(buffer, 'buffer', cb);
  }
  const buffers = chunks.map((c) => c.chunk);
  let size = 0;
  for (const b of buffers) size += b.length;
  this[kIsPerformingIO] = true;
  fsImpl.writev(this.fd, buffers, this.pos ?? null, (err, bytes) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(err);
      this.emit(kIsPerformingIO, err);
      return;
    }
    if (err) return cb(err);
    this.bytesWritten += bytes;
    cb();
  });
  if (this.pos !== undefined) this.pos += size;
};

WriteStream.prototype._final = function(cb) {
  if (!this.flush || typeof this[kFs].fsync !== 'function') return cb();
  this[kFs].fsync(this.fd, cb);
};

WriteStream.prototype._destroy = function(err, cb) {
  destroyStream(this, err, cb);
};

WriteStream.prototype.close = function(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

function createReadStream(path, options) {
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  return new WriteStream(path, options);
}

module.exports = {
  ReadStream,
  WriteStream,
  createReadStream,
  createWriteStream,
};
