'use strict';

// child_process: spawn, exec, execFile, their Sync forms, and fork() (JSON IPC channel;
// internal/child_process/ipc.js).

const { Buffer } = require('buffer');
const {
  AbortError,
  genericNodeError,
  getSystemErrorName,
  codes: {
    ERR_CHILD_PROCESS_IPC_REQUIRED,
    ERR_CHILD_PROCESS_STDIO_MAXBUFFER,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateArray,
  validateBoolean,
  validateFunction,
  validateObject,
  validateString,
} = require('internal/validators');
const {
  convertToValidSignal,
  kEmptyObject,
  promisify,
} = require('internal/util');
const { getValidatedPath } = require('internal/fs/utils');
const { ChildProcess, getValidStdio, spawnSync: runSpawnSync } =
  require('internal/child_process');

const MAX_BUFFER = 1024 * 1024;

// ---- argument checks --------------------------------------------------------------

function validateNoNullBytes(value, name) {
  if (typeof value === 'string' && value.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a string without null bytes');
  }
}

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw new ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw new ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === 'string' || typeof killSignal === 'number') {
    return convertToValidSignal(killSignal);
  }
  if (killSignal != null) {
    throw new ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'], killSignal);
  }
  return undefined;
}

function isInt32(value) {
  return value === (value | 0);
}

function validateCwd(cwd) {
  if (typeof cwd === 'string') {
    validateNoNullBytes(cwd, 'options.cwd');
    return cwd;
  }
  if (Buffer.isBuffer(cwd)) return cwd.toString();
  if (cwd != null && typeof cwd === 'object' && cwd.href !== undefined &&
      cwd.protocol !== undefined) {
    return require('internal/url').fileURLToPath(cwd);
  }
  throw new ERR_INVALID_ARG_TYPE('options.cwd', ['string', 'Buffer', 'URL'], cwd);
}

// file, args, options as the user gave them -> the options object the bindings take.
function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  validateNoNullBytes(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');

  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  for (let i = 0; i < args.length; i++) validateNoNullBytes(args[i], `args[${i}]`);

  if (options === undefined) options = kEmptyObject;
  else validateObject(options, 'options');

  let cwd = options.cwd;
  if (cwd != null) cwd = validateCwd(cwd);
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  if (options.uid != null && !isInt32(options.uid)) {
    throw new ERR_INVALID_ARG_TYPE('options.uid', 'int32', options.uid);
  }
  if (options.gid != null && !isInt32(options.gid)) {
    throw new ERR_INVALID_ARG_TYPE('options.gid', 'int32', options.gid);
  }
  if (options.shell != null && typeof options.shell !== 'boolean' &&
      typeof options.shell !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    validateNoNullBytes(options.argv0, 'options.argv0');
  }
  if (options.windowsHide != null) validateBoolean(options.windowsHide, 'options.windowsHide');
  if (options.windowsVerbatimArguments != null) {
    validateBoolean(options.windowsVerbatimArguments, 'options.windowsVerbatimArguments');
  }

  if (options.shell) {
    validateNoNullBytes(options.shell, 'options.shell');
    const command = [file, ...args].join(' ');
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  args.unshift(typeof options.argv0 === 'string' ? options.argv0 : file);

  const env = options.env || process.env;
  const envPairs = [];
  // Inherited (prototype) keys count too, as in Node.
  for (const key in env) {
    const value = env[key];
    if (value === undefined) continue;
    validateNoNullBytes(key, `options.env['${key}']`);
    validateNoNullBytes(value, `options.env['${key}']`);
    envPairs.push(`${key}=${value}`);
  }

  return {
    __proto__: null,
    ...options,
    args,
    cwd,
    detached: !!options.detached,
    envPairs,
    file,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  };
}

// ---- spawn -------------------------------------------------------------------------

function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  validateAbortSignal(options.signal, 'options.signal');
  const killSignal = sanitizeKillSignal(options.killSignal);

  const child = new ChildProcess();
  child.spawn(options);

  if (options.timeout > 0) {
    let timer = setTimeout(() => {
      timer = null;
      try {
        child.kill(killSignal);
      } catch (err) {
        child.emit('error', err);
      }
    }, options.timeout);
    child.once('exit', () => {
      if (timer) clearTimeout(timer);
      timer = null;
    });
  }

  if (options.signal) {
    const signal = options.signal;
    const onAbort = () => abortChild(child, killSignal, signal.reason);
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return child;
}

function abortChild(child, killSignal, reason) {
  try {
    if (child.kill(killSignal)) {
      child.emit('error', new AbortError(undefined, { cause: reason }));
    }
  } catch (err) {
    child.emit('error', err);
  }
}

// ---- execFile / exec ---------------------------------------------------------------

function normalizeExecFileArgs(file, args, options, callback) {
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args != null && typeof args === 'object') {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  if (args == null) args = [];
  if (typeof options === 'function') {
    callback = options;
  } else if (options != null) {
    validateObject(options, 'options');
  }
  if (options == null || typeof options === 'function') options = kEmptyObject;
  if (callback != null) validateFunction(callback, 'callback');
  if (options.argv0 != null) validateString(options.argv0, 'options.argv0');
  return { file, args, options, callback };
}

function execFile(file, args, options, callback) {
  ({ file, args, options, callback } = normalizeExecFileArgs(file, args, options, callback));
  options = {
    __proto__: null,
    encoding: 'utf8',
    timeout: 0,
    maxBuffer: MAX_BUFFER,
    killSignal: 'SIGTERM',
    cwd: null,
    env: null,
    shell: false,
    ...options,
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);

  const child = spawn(file, args, {
    cwd: options.cwd,
    env: options.env,
    gid: options.gid,
    shell: options.shell,
    signal: options.signal,
    uid: options.uid,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  });

  const encoding = options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding) ?
    options.encoding : null;
  const collected = { stdout: [], stderr: [] };
  const lengths = { stdout: 0, stderr: 0 };
  let error = null;
  let killed = false;
  let exited = false;
  let timer = null;

  function join(name) {
    const stream = child[name];
    if (encoding || (stream && stream.readableEncoding)) return collected[name].join('');
    return Buffer.concat(collected[name]);
  }

  function onDone(code, signal) {
    if (exited) return;
    exited = true;
    if (timer) {
      clearTimeout(timer);
      timer = null;
    }
    if (!callback) return;
    const stdout = join('stdout');
    const stderr = join('stderr');
    if (!error && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    let cmd = file;
    if (args.length) cmd += ` ${args.join(' ')}`;
    if (!error) {
      error = genericNodeError(`Command failed: ${cmd}\n${stderr}`, {
        code: code < 0 ? getSystemErrorName(code) : code,
        killed: child.killed || killed,
        signal,
      });
    }
    error.cmd = cmd;
    callback(error, stdout, stderr);
  }

  function onError(err) {
    error = err;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    onDone();
  }

  function kill() {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (err) {
      error = err;
      onDone();
    }
  }

  if (options.timeout > 0) {
    timer = setTimeout(() => {
      timer = null;
      kill();
    }, options.timeout);
  }

  for (const name of ['stdout', 'stderr']) {
    const stream = child[name];
    if (!stream) continue;
    if (encoding) stream.setEncoding(encoding);
    stream.on('data', (chunk) => {
      if (options.maxBuffer === Infinity) {
        collected[name].push(chunk);
        return;
      }
      const streamEncoding = stream.readableEncoding;
      const length = streamEncoding ? Buffer.byteLength(chunk, streamEncoding) : chunk.length;
      lengths[name] += length;
      if (lengths[name] > options.maxBuffer) {
        // Keep exactly maxBuffer units (bytes, or characters of a decoded string).
        const keep = options.maxBuffer - (lengths[name] - length);
        collected[name].push(chunk.slice(0, keep));
        error = new ERR_CHILD_PROCESS_STDIO_MAXBUFFER(name);
        kill();
      } else {
        collected[name].push(chunk);
      }
    });
  }

  child.addListener('close', onDone);
  child.addListener('error', onError);
  return child;
}

function normalizeExecArgs(command, options, callback) {
  validateString(command, 'command');
  validateNoNullBytes(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { __proto__: null, ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback };
}

function exec(command, options, callback) {
  const opts = normalizeExecArgs(command, options, callback);
  return module.exports.execFile(opts.file, opts.options, opts.callback);
}

// util.promisify(exec/execFile) resolves { stdout, stderr }; its rejection carries them.
function promisifiedExecFunction(original) {
  return (...args) => {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.child = original(...args, (err, stdout, stderr) => {
      if (err !== null) {
        err.stdout = stdout;
        err.stderr = stderr;
        reject(err);
      } else {
        resolve({ stdout, stderr });
      }
    });
    return promise;
  };
}

Object.defineProperty(exec, promisify.custom, {
  __proto__: null,
  enumerable: false,
  value: promisifiedExecFunction(exec),
});
Object.defineProperty(execFile, promisify.custom, {
  __proto__: null,
  enumerable: false,
  value: promisifiedExecFunction(execFile),
});

// ---- the Sync forms ------------------------------------------------------------------

function spawnSync(file, args, options) {
  options = {
    __proto__: null,
    maxBuffer: MAX_BUFFER,
    ...normalizeSpawnArguments(file, args, options),
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);
  options.stdio = getValidStdio(options.stdio || 'pipe', true).stdio;

  if (options.input) {
    options.stdio[0] = { ...options.stdio[0], input: options.input };
  }
  for (let i = 0; i < options.stdio.length; i++) {
    const input = options.stdio[i] && options.stdio[i].input;
    if (input == null) continue;
    const entry = options.stdio[i] = { ...options.stdio[i] };
    if (ArrayBuffer.isView(input)) {
      entry.input = input;
    } else if (typeof input === 'string') {
      entry.input = Buffer.from(input, options.encoding);
    } else {
      throw new ERR_INVALID_ARG_TYPE(`options.stdio[${i}]`,
                                     ['Buffer', 'TypedArray', 'DataView', 'string'], input);
    }
  }
  return runSpawnSync(options);
}

// The error execSync/execFileSync throw, or undefined when the command succeeded.
function checkExecSyncError(ret, args, cmd) {
  if (ret.error) {
    const err = ret.error;
    Object.assign(err, ret);
    return err;
  }
  if (ret.status !== 0) {
    let message = `Command failed: ${cmd || args.join(' ')}`;
    if (ret.stderr && ret.stderr.length > 0) message += `\n${ret.stderr.toString()}`;
    return genericNodeError(message, ret);
  }
  return undefined;
}

function execFileSync(file, args, options) {
  ({ file, args, options } = normalizeExecFileArgs(file, args, options));
  const inheritStderr = !options.stdio;
  const ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, [options.argv0 || file, ...args]);
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  const opts = normalizeExecArgs(command, options, null);
  const inheritStderr = !opts.options.stdio;
  const ret = spawnSync(opts.file, opts.options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

// ---- fork ----------------------------------------------------------------------------

function stdioWithIpc(stdio) {
  const array = stdio === 'inherit' ? [0, 1, 2] : [stdio, stdio, stdio];
  array.push('ipc');
  return array;
}

// Runs `modulePath` in a new process of this runtime (options.execPath) with an IPC
// channel on an extra stdio descriptor.
function fork(modulePath, args, options) {
  modulePath = getValidatedPath(modulePath, 'modulePath');

  if (args == null) {
    args = [];
  } else if (typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  } else {
    validateArray(args, 'args');
  }
  if (options != null) validateObject(options, 'options');
  options = { __proto__: null, ...options, shell: false };
  options.execPath = options.execPath || process.execPath;
  validateNoNullBytes(options.execPath, 'options.execPath');

  let execArgv = options.execArgv || process.execArgv;
  if (execArgv === process.execArgv) execArgv = withoutEvalSwitch(execArgv);
  for (let i = 0; i < execArgv.length; i++) {
    validateNoNullBytes(execArgv[i], `options.execArgv[${i}]`);
  }
  args = [...execArgv, modulePath, ...args];

  if (typeof options.stdio === 'string') {
    options.stdio = stdioWithIpc(options.stdio);
  } else if (!Array.isArray(options.stdio)) {
    // fd 3 carries the channel; stdin/stdout/stderr are the parent's unless silent.
    options.stdio = stdioWithIpc(options.silent ? 'pipe' : 'inherit');
  } else if (!options.stdio.includes('ipc')) {
    throw new ERR_CHILD_PROCESS_IPC_REQUIRED('options.stdio');
  }
  return spawn(options.execPath, args, options);
}

// A child forked from `rt -e code` must not run `code` again.
function withoutEvalSwitch(execArgv) {
  const runOptions = internalBinding('options');
  if (!runOptions.hasEval) return execArgv;
  const index = execArgv.lastIndexOf(runOptions.evalSource);
  if (index < 1) return execArgv;
  const copy = execArgv.slice();
  copy.splice(index - 1, 2);
  return copy;
}

// Makes `process` the end of an IPC channel on descriptor `fd`.
// The internal _forkChild(fd, serializationMode): like Node, an unknown mode fails
// (TypeError) before anything reads from fd.
const kSerializationModes = { __proto__: null, json: {}, advanced: {} };
function forkChild(fd, serializationMode) {
  fd = +fd; // Node converts fd (opening the pipe) first.
  // eslint-disable-next-line no-unused-vars
  const { initMessageChannel } = kSerializationModes[serializationMode];
  require('internal/child_process/ipc').forkChild(fd, serializationMode);
}

module.exports = {
  _forkChild: forkChild,
  ChildProcess,
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
};
