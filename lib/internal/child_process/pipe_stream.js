'use strict';

// PipeStream: the Duplex behind child.stdin, child.stdout, child.stderr and the other
// child.stdio pipes, over a native Pipe handle (a StreamWrap). It behaves like the
// net.Socket Node uses there: allowHalfOpen false, 'close' only once the handle has
// closed, reading starts at once for readable ends.

const { Duplex } = require('stream');
const {
  kOwner,
  onStreamRead,
  readStart,
  writeGeneric,
  writevGeneric,
  shutdownStream,
} = require('internal/child_process/stream_base');

class PipeStream extends Duplex {
  // options: { handle, readable = true, ended = false }. `ended`: the pipe was never
  // connected (the spawn failed); the readable side ends without reading.
  constructor({ handle, readable = true, ended = false }) {
    super({
      allowHalfOpen: false,
      autoDestroy: true,
      decodeStrings: false,
      emitClose: false,
      readable,
    });
    this._handle = handle;
    this.bytesRead = 0;
    this.connecting = false;
    handle[kOwner] = this;
    handle.onread = onStreamRead;
    if (readable !== false) {
      if (ended) this.push(null);
      else this.read(0);
    }
  }

  _read() {
    readStart(this);
  }

  _write(chunk, encoding, cb) {
    if (!this._handle) {
      cb(new Error('This socket has been ended by the other party'));
      return;
    }
    writeGeneric(this, chunk, encoding, cb);
  }

  _writev(entries, cb) {
    writevGeneric(this, entries, cb);
  }

  _final(cb) {
    shutdownStream(this, cb);
  }

  _destroy(err, cb) {
    const handle = this._handle;
    if (!handle) {
      cb(err);
      process.nextTick(() => this.emit('close', err != null));
      return;
    }
    this._handle = null;
    if (handle.reading) {
      handle.reading = false;
      handle.readStop();
    }
    handle.onread = noop;
    const hadError = err != null;
    handle.close(() => this.emit('close', hadError));
    cb(err);
  }

  ref() {
    if (this._handle) this._handle.ref();
    return this;
  }

  unref() {
    if (this._handle) this._handle.unref();
    return this;
  }

  get pending() {
    return !this._handle;
  }

  get readyState() {
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  }
}

function noop() {}

module.exports = { PipeStream };
