'use strict';

// process.stdout / process.stderr / process.stdin, each the stream kind Node gives for
// what the fd is (TTY, file, pipe). On Linux, Node writes to files, TTYs and pipes
// synchronously; rt does the same, so nothing written before process.exit() is lost.

const stdio = internalBinding('stdio');

// process.stdout and process.stderr: Writable streams whose _write blocks until every
// byte is out, so nothing is lost at process.exit(). The class is built on first use so
// that start-up does not load the stream module.
let SyncWriteStream;

function defineSyncWriteStream() {
  const { Writable } = require('stream');
  const { Buffer } = require('buffer');
  const { UVException } = require('internal/errors');

  return class SyncWriteStream extends Writable {
    constructor(fd) {
      // Strings reach _write as they are: the binding writes them as UTF-8 itself.
      super({ decodeStrings: false });
      this.fd = fd;
      const type = stdio.guessHandleType(fd);
      this._type = type === 'TTY' ? 'tty' : type === 'FILE' ? 'fs' : 'pipe';
      this._isStdio = true;
      // Like Node, ending or destroying stdout/stderr never closes the fd.
      this.destroySoon = this.destroy;
    }

    _write(chunk, encoding, callback) {
      if (typeof chunk === 'string' && encoding !== 'utf8' && encoding !== 'utf-8') {
        chunk = Buffer.from(chunk, encoding);
      }
      const err = stdio.writeSync(this.fd, chunk);
      if (err < 0) {
        callback(UVException({ errno: err, syscall: 'write' }));
        return;
      }
      callback();
    }

    _destroy(err, callback) {
      callback(err);
      // The stream stays usable after destroy(); 'close' is still emitted once.
      this._undestroy();
      if (!this._writableState.emitClose) process.nextTick(() => this.emit('close'));
    }

    ref() { return this; }
    unref() { return this; }
  };
}

function createSyncWriteStream(fd) {
  SyncWriteStream ??= defineSyncWriteStream();
  return new SyncWriteStream(fd);
}

// Like Node, ending or destroying stdout/stderr never closes the fd; 'close' is still
// emitted once.
function keepOpenDestroy(err, callback) {
  callback(err);
  this._undestroy();
  if (!this._writableState.emitClose) process.nextTick(() => this.emit('close'));
}

// stdout/stderr: a tty.WriteStream on a terminal (blocking writes), otherwise a
// SyncWriteStream.
function createWritableStdioStream(fd) {
  if (stdio.guessHandleType(fd) !== 'TTY') {
    const stream = createSyncWriteStream(fd);
    stream.readable = false;  // as Node says of its stdout/stderr, whatever their kind
    return stream;
  }
  const tty = require('tty');
  const stream = new tty.WriteStream(fd);
  stream._type = 'tty';
  stream.fd = fd;
  stream._isStdio = true;
  stream.destroySoon = stream.destroy;
  stream._destroy = keepOpenDestroy;
  process.on('SIGWINCH', () => stream._refreshSize());
  return stream;
}

// stdin from a regular file or device when fs.ReadStream is not available: reads
// with the fs binding, one chunk per _read.
function createFileStdin(fd) {
  const { BuiltinModule } = require('internal/bootstrap/realm');
  if (BuiltinModule.exists('internal/fs/streams')) {
    const fs = require('fs');
    return new fs.ReadStream(null, { fd, autoClose: false });
  }
  const { Readable } = require('stream');
  const { Buffer } = require('buffer');
  const fsBinding = internalBinding('fs');
  return new Readable({
    highWaterMark: 64 * 1024,
    read(size) {
      const buffer = Buffer.allocUnsafe(Math.max(size, 16 * 1024));
      let bytes;
      try {
        bytes = fsBinding.read(fd, buffer, 0, buffer.length, -1);
      } catch (err) {
        this.destroy(err);
        return;
      }
      this.push(bytes > 0 ? buffer.subarray(0, bytes) : null);
    },
  });
}

function createStdin(fd) {
  let stream;
  switch (stdio.guessHandleType(fd)) {
    case 'TTY': {
      const tty = require('tty');
      stream = new tty.ReadStream(fd);
      break;
    }
    case 'FILE':
      stream = createFileStdin(fd);
      break;
    case 'PIPE':
    case 'TCP': {
      const net = require('net');
      stream = new net.Socket({ fd, readable: true, writable: false, manualStart: true });
      // stdin cannot be ended.
      stream._writableState.ended = true;
      break;
    }
    default: {
      const { Readable } = require('stream');
      stream = new Readable({ read() {} });
      stream.push(null);
    }
  }
  stream.fd = fd;
  const handle = stream._handle;
  if (handle && handle.readStop) {
    // stdin starts paused: nothing is read (and the loop is not kept alive) until
    // someone reads.
    handle.reading = false;
    stream._readableState.reading = false;
    handle.readStop();
    // Once paused, stop reading so the process can exit.
    stream.on('pause', () => process.nextTick(() => {
      if (stream._handle && stream._handle.reading && !stream.readableFlowing) {
        stream._readableState.reading = false;
        stream._handle.reading = false;
        stream._handle.readStop();
      }
    }));
  }
  return stream;
}

let stdout;
let stderr;
let stdin;

function getStdout() {
  if (stdout === undefined) stdout = createWritableStdioStream(1);
  return stdout;
}

function getStderr() {
  if (stderr === undefined) stderr = createWritableStdioStream(2);
  return stderr;
}

function getStdin() {
  if (stdin === undefined) stdin = createStdin(0);
  return stdin;
}

module.exports = { getStdout, getStderr, getStdin };
Object.defineProperty(module.exports, 'getColorDepth', {
  __proto__: null,
  enumerable: true,
  get() { return require('internal/tty').getColorDepth; },
});
Object.defineProperty(module.exports, 'SyncWriteStream', {
  __proto__: null,
  enumerable: true,
  get() {
    SyncWriteStream ??= defineSyncWriteStream();
    return SyncWriteStream;
  },
});
