'use strict';

// process.stdout / process.stderr / process.stdin.
// On Linux, Node writes to files, TTYs and pipes synchronously; rt does the same,
// so nothing written before process.exit() is lost. The stream module replaces
// these with real Writable/Readable streams when it lands (fs/streams issue).

const EventEmitter = require('events');
const stdio = internalBinding('stdio');

function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) {
    switch (env.FORCE_COLOR) {
      case '':
      case '1':
      case 'true':
        return 4;
      case '2':
        return 8;
      case '3':
        return 24;
      default:
        return 1;
    }
  }
  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined ||
      env.TERM === 'dumb') {
    return 1;
  }
  if (env.TMUX) return 24;
  if (env.CI) {
    if (['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITHUB_ACTIONS', 'GITLAB_CI',
         'TRAVIS'].some((name) => name in env) || env.CI_NAME === 'codeship') {
      return 8;
    }
    return 1;
  }
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
  const term = env.TERM;
  if (!term) return 1;
  if (term.endsWith('-256color') || term.endsWith('-256')) return 8;
  if (/^(xterm|screen|linux|vt100|vt220|rxvt|cygwin|ansi|eterm|konsole|kterm|putty|st|tmux|alacritty|color)/i
      .test(term) || /color/i.test(term)) {
    return 4;
  }
  if (env.COLORTERM) return 4;
  return 1;
}

class SyncWriteStream extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this._type = stdio.guessHandleType(fd);
    this.isTTY = this._type === 'TTY' ? true : undefined;
    if (this.isTTY !== true) delete this.isTTY;
    this.writable = true;
    this.destroyed = false;
    this.writableEnded = false;
    this.writableFinished = false;
    this.writableHighWaterMark = 16384;
    this.writableLength = 0;
    this.writableObjectMode = false;
    this.writableCorked = 0;
    this._isStdio = true;
    if (this._type === 'TTY') {
      this._size = new Int32Array(2);
      this._refreshSize();
    }
  }

  _refreshSize() {
    if (stdio.getWindowSize(this.fd, this._size) === 0) {
      this.columns = this._size[0];
      this.rows = this._size[1];
    }
  }

  getWindowSize() {
    return [this.columns, this.rows];
  }

  getColorDepth(env) {
    return getColorDepth(env);
  }

  hasColors(count, env) {
    if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
      env = count;
      count = 16;
    }
    return count <= 2 ** getColorDepth(env);
  }

  write(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (typeof chunk !== 'string' && !ArrayBuffer.isView(chunk)) {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      const err = new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
      throw err;
    }
    if (this.destroyed || this.writableEnded) {
      const { codes: { ERR_STREAM_WRITE_AFTER_END } } = require('internal/errors');
      const err = new ERR_STREAM_WRITE_AFTER_END();
      process.nextTick(() => {
        if (typeof cb === 'function') cb(err);
        this.emit('error', err);
      });
      return false;
    }
    if (typeof chunk === 'string' && encoding && encoding !== 'utf8' && encoding !== 'utf-8' &&
        typeof Buffer === 'function') {
      chunk = Buffer.from(chunk, encoding);
    }
    const err = stdio.writeSync(this.fd, chunk);
    if (err < 0) {
      const { UVException } = require('internal/errors');
      const error = UVException({ errno: err, syscall: 'write' });
      process.nextTick(() => {
        if (typeof cb === 'function') cb(error);
        // EPIPE on stdout: the reader went away; Node destroys the stream quietly.
        if (this.listenerCount('error') > 0) this.emit('error', error);
      });
      return false;
    }
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  }

  end(chunk, encoding, cb) {
    if (typeof chunk === 'function') {
      cb = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      cb = encoding;
      encoding = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    if (!this.writableEnded) {
      this.writableEnded = true;
      this.writableFinished = true;
      process.nextTick(() => {
        this.emit('finish');
        if (typeof cb === 'function') cb();
      });
    }
    return this;
  }

  cork() {}
  uncork() {}
  setDefaultEncoding() { return this; }
  destroySoon() { this.end(); }
  destroy(err) {
    this.destroyed = true;
    if (err) process.nextTick(() => this.emit('error', err));
    return this;
  }
  _destroy(err, cb) { cb(err); }
  ref() { return this; }
  unref() { return this; }
}

// Until streams land, stdin is read whole when someone listens for data.
class SimpleStdin extends EventEmitter {
  constructor(fd) {
    super();
    this.fd = fd;
    this.isTTY = stdio.guessHandleType(fd) === 'TTY' ? true : undefined;
    if (this.isTTY !== true) delete this.isTTY;
    this.readable = true;
    this._encoding = null;
    this._started = false;
    this.on('newListener', (event) => {
      if (event === 'data' || event === 'readable' || event === 'end') this.resume();
    });
  }

  setEncoding(enc) {
    this._encoding = enc;
    return this;
  }

  resume() {
    if (this._started) return this;
    this._started = true;
    setImmediate(() => {
      const text = stdio.readAllSync(this.fd);
      if (typeof text === 'string' && text.length > 0) {
        const chunk = this._encoding || typeof Buffer !== 'function' ? text : Buffer.from(text);
        this.emit('data', chunk);
      }
      this.readable = false;
      this.emit('end');
      this.emit('close');
    });
    return this;
  }

  pause() { return this; }
  ref() { return this; }
  unref() { return this; }
  setRawMode() { return this; }
  async *[Symbol.asyncIterator]() {
    const chunks = [];
    let done = false;
    let wake;
    this.on('data', (c) => { chunks.push(c); if (wake) wake(); });
    this.on('end', () => { done = true; if (wake) wake(); });
    while (true) {
      if (chunks.length) {
        yield chunks.shift();
      } else if (done) {
        return;
      } else {
        await new Promise((resolve) => { wake = resolve; });
        wake = undefined;
      }
    }
  }
}

let stdout;
let stderr;
let stdin;

function getStdout() {
  if (stdout === undefined) stdout = new SyncWriteStream(1);
  return stdout;
}

function getStderr() {
  if (stderr === undefined) stderr = new SyncWriteStream(2);
  return stderr;
}

function getStdin() {
  if (stdin === undefined) stdin = new SimpleStdin(0);
  return stdin;
}

module.exports = { getStdout, getStderr, getStdin, getColorDepth, SyncWriteStream };
