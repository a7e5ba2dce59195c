'use strict';

// ChildProcess (the object spawn() returns), the translation of `stdio` options into
// what the process_wrap and spawn_sync bindings take, and the JS half of spawnSync.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const {
  errnoException,
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_SYNC_FORK_INPUT,
    ERR_IPC_ONE_PIPE,
    ERR_IPC_SYNC_FORK,
    ERR_METHOD_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const {
  validateArray,
  validateObject,
  validateOneOf,
  validateString,
} = require('internal/validators');
const { createIpcPipe, setupChannel } = require('internal/child_process/ipc');
const { convertToValidSignal, SymbolDispose } = require('internal/util');

const { Process } = internalBinding('process_wrap');
const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');
const spawnSyncBinding = internalBinding('spawn_sync');
const {
  UV_EACCES,
  UV_EAGAIN,
  UV_EINVAL,
  UV_EMFILE,
  UV_ENFILE,
  UV_ENOENT,
  UV_ENOSYS,
  UV_ESRCH,
} = internalBinding('uv');

// Spawn failures that become an 'error' event rather than a throw, as in Node.
const kReportedSpawnErrors = new Set([UV_EACCES, UV_EAGAIN, UV_EMFILE, UV_ENFILE, UV_ENOENT]);

function ChildProcess() {
  EventEmitter.call(this);
  this._closesNeeded = 1;  // the exit itself, plus one per readable stdio pipe
  this._closesGot = 0;
  this.connected = false;
  this.signalCode = null;
  this.exitCode = null;
  this.killed = false;
  this.spawnfile = null;
  this._handle = new Process();
  this._handle.onexit = (exitCode, signalCode) => onChildExit(this, exitCode, signalCode);
}
Object.setPrototypeOf(ChildProcess.prototype, EventEmitter.prototype);
Object.setPrototypeOf(ChildProcess, EventEmitter);

function onChildExit(child, exitCode, signalCode) {
  if (signalCode) child.signalCode = signalCode;
  else child.exitCode = exitCode;
  if (child.stdin) child.stdin.destroy();
  if (child._handle) {
    child._handle.close();
    child._handle = null;
  }
  if (exitCode < 0) {
    const syscall = child.spawnfile ? `spawn ${child.spawnfile}` : 'spawn';
    const err = errnoException(exitCode, syscall);
    if (child.spawnfile) err.path = child.spawnfile;
    err.spawnargs = child.spawnargs.slice(1);
    child.emit('error', err);
  } else {
    child.emit('exit', child.exitCode, child.signalCode);
  }
  // Data still buffered in paused pipes would keep 'close' from ever coming.
  process.nextTick(flushStdio, child);
  maybeClose(child);
}

function flushStdio(child) {
  if (child.stdio == null) return;
  for (const stream of child.stdio) {
    if (!stream || !stream.readable || stream._readableState.readableListening) continue;
    stream.resume();
  }
}

function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) {
    child.emit('close', child.exitCode, child.signalCode);
  }
}

// options: the result of normalizeSpawnArguments (child_process.js). Returns 0 or
// the spawn error code (which is also reported through 'error').
ChildProcess.prototype.spawn = function spawn(options) {
  validateObject(options, 'options');
  validateOneOf(options.serialization, 'options.serialization',
                [undefined, 'json', 'advanced']);
  const serialization = options.serialization || 'json';
  const { stdio, ipc, ipcFd } = getValidStdio(options.stdio || 'pipe', false);
  if (ipc !== undefined) {
    // The child finds its end of the channel through these.
    if (options.envPairs === undefined) options.envPairs = [];
    else validateArray(options.envPairs, 'options.envPairs');
    options.envPairs.push(`NODE_CHANNEL_FD=${ipcFd}`);
    options.envPairs.push(`NODE_CHANNEL_SERIALIZATION_MODE=${serialization}`);
  }
  options.stdio = stdio;

  validateString(options.file, 'options.file');
  this.spawnfile = options.file;
  if (options.args === undefined) {
    this.spawnargs = [];
  } else {
    validateArray(options.args, 'options.args');
    this.spawnargs = options.args;
  }

  const err = this._handle.spawn(options);
  if (kReportedSpawnErrors.has(err)) {
    process.nextTick(onSpawnFailed, this, err);
    // Out of descriptors: the pipes cannot be set up either.
    if (err === UV_EMFILE || err === UV_ENFILE) return err;
  } else if (err) {
    this._handle.close();
    this._handle = null;
    closeCreatedPipes(stdio);
    throw errnoException(err, 'spawn');
  } else {
    process.nextTick(onSpawned, this);
  }

  this.pid = this._handle.pid;

  for (let i = 0; i < stdio.length; i++) {
    const entry = stdio[i];
    if (entry.type === 'wrap') {
      // The child reads or writes that stream now: stop reading it here.
      entry.handle.reading = false;
      entry.handle.readStop();
      if (entry._stdio && typeof entry._stdio.pause === 'function') entry._stdio.pause();
      continue;
    }
    if (!entry.handle) continue;
    if (entry.ipc) {
      // The channel counts as one more thing to close before 'close'.
      this._closesNeeded++;
      continue;
    }
    entry.socket = createSocket(this.pid !== 0 ? entry.handle : null, i > 0);
    if (i > 0) {
      this._closesNeeded++;
      entry.socket.on('close', () => maybeClose(this));
    }
  }

  this.stdin = stdio.length >= 1 && stdio[0].socket !== undefined ? stdio[0].socket : null;
  this.stdout = stdio.length >= 2 && stdio[1].socket !== undefined ? stdio[1].socket : null;
  this.stderr = stdio.length >= 3 && stdio[2].socket !== undefined ? stdio[2].socket : null;
  this.stdio = stdio.map((entry) => (entry.socket === undefined ? null : entry.socket));
  if (ipc !== undefined) setupChannel(this, ipc, serialization);
  return err;
};

function onSpawned(child) {
  child.emit('spawn');
}

function onSpawnFailed(child, err) {
  if (child._handle) child._handle.onexit(err, '');
}

ChildProcess.prototype.kill = function kill(sig) {
  const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
  if (this._handle) {
    const err = this._handle.kill(signal);
    if (err === 0) {
      this.killed = true;
      return true;
    }
    if (err === UV_EINVAL || err === UV_ENOSYS) {
      throw errnoException(err, 'kill');
    }
    if (err !== UV_ESRCH) {
      // Almost certainly EPERM.
      this.emit('error', errnoException(err, 'kill'));
    }
  }
  return false;
};

// Called by the IPC channel when the child closed its end.
ChildProcess.prototype._onChannelClosed = function _onChannelClosed() {
  maybeClose(this);
};

ChildProcess.prototype[SymbolDispose] = function() {
  if (!this.killed) this.kill();
};

ChildProcess.prototype.ref = function ref() {
  if (this._handle) this._handle.ref();
};

ChildProcess.prototype.unref = function unref() {
  if (this._handle) this._handle.unref();
};

// ---- stdio ----------------------------------------------------------------------

function stdioStringToArray(stdio) {
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe':
      return [stdio, stdio, stdio];
    case 'inherit':
      return [0, 1, 2];
    default:
      throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
}

// Closes the Pipes getValidStdio made (not the handles the user passed in).
function closeCreatedPipes(stdio) {
  for (const entry of stdio) {
    if (entry.handle && (entry.type === 'pipe' || entry.type === 'overlapped')) {
      // (the IPC pipe is one of these too)
      entry.handle.close();
    }
  }
}

// A native stream handle (Pipe, TCP, TTY) that a child can take as its stdio.
function isStreamHandle(value) {
  return value != null && typeof value === 'object' &&
         typeof value.readStart === 'function' && typeof value.writeBuffer === 'function';
}

// Turns the user's `stdio` into entries the bindings read: { type: 'pipe', handle } |
// { type: 'pipe', readable, writable } (sync) | { type: 'ignore' } | { type: 'fd', fd } |
// { type: 'inherit', fd } | { type: 'wrap', handle }; `ipc` is the IPC Pipe (an entry
// { type: 'pipe', handle: ipc, ipc: true }) and `ipcFd` its index.
function getValidStdio(stdio, sync) {
  let ipc;
  let ipcFd;
  if (typeof stdio === 'string') {
    stdio = stdioStringToArray(stdio);
  } else if (!Array.isArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  stdio = stdio.slice();
  while (stdio.length < 3) stdio.push(undefined);

  const result = [];
  const closeCreated = () => closeCreatedPipes(result);
  for (let i = 0; i < stdio.length; i++) {
    let value = stdio[i];
    if (value == null) value = i < 3 ? 'pipe' : 'ignore';

    if (value === 'ignore') {
      result.push({ type: 'ignore' });
    } else if (value === 'pipe' || value === 'overlapped' ||
               (typeof value === 'number' && value < 0)) {
      const entry = { type: value === 'overlapped' ? 'overlapped' : 'pipe',
                      readable: i === 0, writable: i !== 0 };
      if (!sync) entry.handle = new Pipe(PipeConstants.SOCKET);
      result.push(entry);
    } else if (value === 'ipc') {
      if (sync || ipc !== undefined) {
        closeCreated();
        throw sync ? new ERR_IPC_SYNC_FORK() : new ERR_IPC_ONE_PIPE();
      }
      ipc = createIpcPipe();
      ipcFd = i;
      result.push({ type: 'pipe', handle: ipc, ipc: true });
    } else if (value === 'inherit') {
      result.push({ type: 'inherit', fd: i });
    } else if (typeof value === 'number' || typeof value.fd === 'number') {
      result.push({ type: 'fd', fd: typeof value === 'number' ? value : value.fd });
    } else if (isStreamHandle(value) || isStreamHandle(value.handle) ||
               isStreamHandle(value._handle)) {
      const handle = isStreamHandle(value) ? value :
        isStreamHandle(value.handle) ? value.handle : value._handle;
      result.push({ type: 'wrap', handle, _stdio: value });
    } else if (ArrayBuffer.isView(value) || typeof value === 'string') {
      if (!sync) {
        closeCreated();
        throw new ERR_INVALID_SYNC_FORK_INPUT(require('internal/util/inspect').inspect(value));
      }
      // Sync input given in place of a stdio entry is dropped, as Node does.
    } else {
      closeCreated();
      throw new ERR_INVALID_ARG_VALUE('stdio', value);
    }
  }
  return { stdio: result, ipc, ipcFd };
}

// ---- spawnSync ------------------------------------------------------------------

// options: normalized spawn options plus timeout, maxBuffer, killSignal (a number),
// stdio (from getValidStdio(..., true), with `input` on pipes), encoding.
function spawnSync(options) {
  const result = spawnSyncBinding.spawn(options);
  if (result.output) {
    const encoding = options.encoding && options.encoding !== 'buffer' ?
      options.encoding : null;
    for (let i = 0; i < result.output.length; i++) {
      const bytes = result.output[i];
      if (!bytes) continue;
      const buffer = Buffer.from(bytes);
      result.output[i] = encoding ? buffer.toString(encoding) : buffer;
    }
  }
  result.stdout = result.output && result.output[1];
  result.stderr = result.output && result.output[2];
  if (result.error) {
    result.error = errnoException(result.error, `spawnSync ${options.file}`);
    result.error.path = options.file;
    result.error.spawnargs = options.args.slice(1);
  }
  return result;
}

// The child's stdio pipes are net.Sockets over the Pipe handles, like Node's.
function createSocket(pipe, readable) {
  const net = require('net');
  return net.Socket({ handle: pipe, readable });
}

module.exports = {
  ChildProcess,
  getValidStdio,
  spawnSync,
};
