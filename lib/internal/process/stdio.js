'use strict';

// process.stdout / process.stderr / process.stdin.
// On Linux, Node writes to files, TTYs and pipes synchronously; rt does the same,
// so nothing written before process.exit() is lost.

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
      if (type === 'TTY') {
        this.isTTY = true;
        this._size = new Int32Array(2);
        this._refreshSize();
      }
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
      if (env === undefined &&
          (count === undefined || (typeof count === 'object' && count !== null))) {
        env = count;
        count = 16;
      }
      return count <= 2 ** getColorDepth(env);
    }

    ref() { return this; }
    unref() { return this; }
  };
}

function createSyncWriteStream(fd) {
  SyncWriteStream ??= defineSyncWriteStream();
  return new SyncWriteStream(fd);
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
  if (stdout === undefined) stdout = createSyncWriteStream(1);
  return stdout;
}

function getStderr() {
  if (stderr === undefined) stderr = createSyncWriteStream(2);
  return stderr;
}

function getStdin() {
  if (stdin === undefined) stdin = new SimpleStdin(0);
  return stdin;
}

module.exports = { getStdout, getStderr, getStdin, getColorDepth };
Object.defineProperty(module.exports, 'SyncWriteStream', {
  __proto__: null,
  enumerable: true,
  get() {
    SyncWriteStream ??= defineSyncWriteStream();
    return SyncWriteStream;
  },
});
