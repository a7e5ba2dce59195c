'use strict';

// worker_threads.Worker (the parent's side) on the `worker` binding. The parent talks
// to the worker's lib/internal/main/worker_thread.js over an internal MessagePort:
// LOAD_SCRIPT goes out first (before the thread starts), and UP_AND_RUNNING,
// ERROR_MESSAGE and STDIO_PAYLOAD come back. User messages use a second channel.

const EventEmitter = require('events');
const path = require('path');
const binding = internalBinding('worker');
const {
  MessageChannel, receiveMessageOnPort,
} = require('internal/worker/io');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_WORKER_PATH, ERR_WORKER_INIT_FAILED,
    ERR_WORKER_UNSERIALIZABLE_ERROR, ERR_WORKER_OUT_OF_MEMORY,
  },
} = require('internal/errors');
const { validateArray, validateString } = require('internal/validators');
const { kEmptyObject } = require('internal/util');
const { messageTypes, SHARE_ENV, environmentData, deserializeError } = require('internal/worker/state');

const kHandle = Symbol('kHandle');
const kPort = Symbol('kPort');
const kPublicPort = Symbol('kPublicPort');
const kStdio = Symbol('kStdio');
const kOnMessage = Symbol('kOnMessage');
const kOnExit = Symbol('kOnExit');
const kThreadId = Symbol('kThreadId');
const kDispose = Symbol('kDispose');

const limitNames = ['maxYoungGenerationSizeMb', 'maxOldGenerationSizeMb', 'codeRangeSizeMb',
                    'stackSizeMb'];

function parseResourceLimits(limits) {
  const out = new Float64Array(4).fill(-1);
  if (typeof limits !== 'object' || limits === null) return out;
  limitNames.forEach((name, i) => {
    const value = limits[name];
    if (typeof value === 'number' && value > 0) out[i] = value;
  });
  return out;
}

function limitsObject(array) {
  const out = {};
  limitNames.forEach((name, i) => { out[name] = array[i]; });
  return out;
}

let Readable;
let Writable;

// worker.stdout / worker.stderr: what the worker writes to its process.stdout/stderr.
function createReadableStdio() {
  Readable ??= require('stream').Readable;
  return new Readable({ read() {} });
}

// worker.stdin: what the parent writes, posted to the worker's process.stdin.
function createWritableStdin(port) {
  Writable ??= require('stream').Writable;
  return new Writable({
    decodeStrings: false,
    writev(chunks, callback) {
      port.postMessage({
        type: messageTypes.STDIO_PAYLOAD,
        stream: 'stdin',
        chunks: chunks.map(({ chunk, encoding }) => ({ chunk, encoding })),
      });
      callback();
    },
    final(callback) {
      port.postMessage({ type: messageTypes.STDIO_PAYLOAD, stream: 'stdin', chunks: [null] });
      callback();
    },
  });
}

function copyEnv(env) {
  const copy = {};
  for (const key of Object.keys(env)) copy[key] = `${env[key]}`;
  return copy;
}

class Worker extends EventEmitter {
  constructor(filename, options = kEmptyObject) {
    super();
    // The worker's event loop utilization is not measured: always idle.
    this.performance = {
      eventLoopUtilization() {
        return { idle: 0, active: 0, utilization: 0 };
      },
    };
    if (options === null || typeof options !== 'object') options = kEmptyObject;
    if (options.execArgv !== undefined && !Array.isArray(options.execArgv)) {
      throw new ERR_INVALID_ARG_TYPE('options.execArgv', 'Array', options.execArgv);
    }
    let argv = [];
    if (options.argv !== undefined) {
      validateArray(options.argv, 'options.argv');
      argv = options.argv.map(String);
    }

    let doEval = false;
    if (options.eval) {
      if (typeof filename !== 'string') {
        throw new ERR_INVALID_ARG_VALUE('options.eval', options.eval,
                                        'must be false when \'filename\' is not a string');
      }
      doEval = 'classic';
    } else {
      const { URL, fileURLToPath } = require('internal/url');
      if (filename instanceof URL && filename.protocol === 'data:') {
        // An ES module given inline.
        filename = filename.href;
        doEval = 'data-url';
      } else if (filename instanceof URL) {
        filename = fileURLToPath(filename);
      } else if (typeof filename !== 'string') {
        throw new ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
      } else if (!path.isAbsolute(filename) && !/^\.\.?[\\/]/.test(filename)) {
        throw new ERR_WORKER_PATH(filename);
      }
      if (doEval === false) filename = path.resolve(filename);
    }

    let env;
    if (options.env === SHARE_ENV) {
      env = SHARE_ENV;
    } else if (options.env !== undefined && options.env !== null) {
      if (typeof options.env !== 'object') {
        throw new ERR_INVALID_ARG_TYPE(
          'options.env', ['object', 'undefined', 'null', 'worker_threads.SHARE_ENV'], options.env);
      }
      env = copyEnv(options.env);
    } else {
      env = copyEnv(process.env);
    }
    let name = '';
    if (options.name !== undefined) {
      validateString(options.name, 'options.name');
      name = options.name;
    }

    const limits = parseResourceLimits(options.resourceLimits);
    const handle = new binding.Worker(options.execArgv, limits);
    this[kHandle] = handle;
    this[kThreadId] = handle.threadId;
    handle.onexit = (code, errorCode) => this[kOnExit](code, errorCode);

    const port = handle.messagePort;
    this[kPort] = port;
    port.on('message', (data) => this[kOnMessage](data));
    port.unref();

    const { port1, port2 } = new MessageChannel();
    this[kPublicPort] = port1;
    port1.on('message', (message) => this.emit('message', message));
    port1.on('messageerror', (error) => this.emit('messageerror', error));
    port1.unref();

    this[kStdio] = {
      stdin: options.stdin ? createWritableStdin(port) : null,
      stdout: createReadableStdio(),
      stderr: createReadableStdio(),
    };
    if (!options.stdout) this[kStdio].stdout.on('data', (chunk) => process.stdout.write(chunk));
    if (!options.stderr) this[kStdio].stderr.on('data', (chunk) => process.stderr.write(chunk));

    const transferList = options.transferList ?? [];
    try {
      port.postMessage({
        type: messageTypes.LOAD_SCRIPT,
        filename,
        doEval,
        workerData: options.workerData,
        environmentData,
        publicPort: port2,
        env: env === SHARE_ENV ? null : env,
        argv,
        name,
        hasStdin: !!options.stdin,
        cwd: process.cwd(),
      }, [port2, ...transferList]);
    } catch (err) {
      this[kDispose]();
      throw err;
    }
    const err = handle.startThread();
    if (err < 0) {
      this[kDispose]();
      throw new ERR_WORKER_INIT_FAILED(internalBinding('uv').errname(err));
    }
  }

  [kOnMessage](data) {
    switch (data?.type) {
      case messageTypes.UP_AND_RUNNING:
        this.emit('online');
        break;
      case messageTypes.ERROR_MESSAGE:
        this.emit('error', deserializeError(data.error));
        break;
      case messageTypes.COULD_NOT_SERIALIZE_ERROR:
        this.emit('error', new ERR_WORKER_UNSERIALIZABLE_ERROR());
        break;
      case messageTypes.STDIO_PAYLOAD: {
        const stream = this[kStdio][data.stream];
        for (const { chunk, encoding } of data.chunks) stream.push(chunk, encoding);
        break;
      }
      default:
        break;
    }
  }

  [kOnExit](code, errorCode) {
    // What the worker sent before it ended comes first.
    let entry;
    while ((entry = receiveMessageOnPort(this[kPort])) !== undefined) {
      this[kOnMessage](entry.message);
    }
    while ((entry = receiveMessageOnPort(this[kPublicPort])) !== undefined) {
      this.emit('message', entry.message);
    }
    this[kDispose]();
    if (errorCode === 'ERR_WORKER_OUT_OF_MEMORY') {
      this.emit('error', new ERR_WORKER_OUT_OF_MEMORY('JS heap out of memory'));
    }
    this[kStdio].stdout.push(null);
    this[kStdio].stderr.push(null);
    this.emit('exit', code);
    this.removeAllListeners('message');
    this.removeAllListeners('messageerror');
  }

  [kDispose]() {
    const handle = this[kHandle];
    if (handle === null) return;
    this[kHandle] = null;
    this[kThreadId] = -1;
    this[kPort].close();
    this[kPublicPort].close();
    handle.close();
  }

  postMessage(...args) {
    if (this[kPublicPort] === undefined || this[kHandle] === null) return;
    this[kPublicPort].postMessage(...args);
  }

  terminate(callback) {
    if (typeof callback === 'function') {
      process.emitWarning(
        'Passing a callback to worker.terminate() is deprecated. It returns a Promise instead.',
        'DeprecationWarning', 'DEP0132');
      if (this[kHandle] === null) return Promise.resolve();
      this.once('exit', (code) => callback(null, code));
    }
    if (this[kHandle] === null) return Promise.resolve();
    // Even an unref'd worker keeps the process until its 'exit' resolves the promise.
    this[kHandle].ref();
    this[kHandle].stopThread();
    return new Promise((resolve) => this.once('exit', resolve));
  }

  ref() {
    if (this[kHandle] === null) return;
    this[kHandle].ref();
    this[kPublicPort].ref();
  }

  unref() {
    if (this[kHandle] === null) return;
    this[kHandle].unref();
    this[kPublicPort].unref();
  }

  get threadId() {
    return this[kThreadId];
  }

  get stdin() {
    return this[kStdio].stdin;
  }

  get stdout() {
    return this[kStdio].stdout;
  }

  get stderr() {
    return this[kStdio].stderr;
  }

  get resourceLimits() {
    if (this[kHandle] === null) return {};
    return limitsObject(this[kHandle].getResourceLimits());
  }

  getHeapSnapshot() {
    return Promise.reject(new (require('internal/errors').codes.ERR_METHOD_NOT_IMPLEMENTED)(
      'worker.getHeapSnapshot()'));
  }
}

module.exports = { Worker };
