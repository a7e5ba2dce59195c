'use strict';

// The entry point of a Worker's thread: takes LOAD_SCRIPT (queued by the parent before
// the thread started) from the internal port, makes process look like Node's inside a
// worker (stdio over messages, its own env, no chdir), then runs the script.

const { getEnvMessagePort, resourceLimits } = internalBinding('worker');
const { receiveMessageOnPort } = require('internal/worker/io');
const { getErrorSourceArrow } = internalBinding('errors');
const {
  messageTypes, environmentData, workerState, serializeError,
} = require('internal/worker/state');
const {
  codes: { ERR_WORKER_UNSUPPORTED_OPERATION },
} = require('internal/errors');

let port;

// process.stdout / process.stderr: writes become STDIO_PAYLOAD messages to the parent,
// which pushes them into worker.stdout / worker.stderr.
function createWritableStdio(name) {
  const { Writable } = require('stream');
  class WritableWorkerStdio extends Writable {}
  const stream = new WritableWorkerStdio({
    decodeStrings: false,
    writev(chunks, callback) {
      port.postMessage({
        type: messageTypes.STDIO_PAYLOAD,
        stream: name,
        chunks: chunks.map(({ chunk, encoding }) => ({ chunk, encoding })),
      });
      callback();
    },
  });
  stream._isStdio = true;
  stream.fd = name === 'stdout' ? 1 : 2;
  return stream;
}

function createReadableStdin(hasStdin) {
  const { Readable } = require('stream');
  class ReadableWorkerStdio extends Readable {}
  // While the worker reads its stdin, the port it arrives on keeps the worker alive.
  const stream = new ReadableWorkerStdio({
    read() {
      if (hasStdin) port.ref();
    },
  });
  if (!hasStdin) stream.push(null);
  stream.fd = 0;
  return stream;
}

function unsupported(name) {
  const stub = function() {
    throw new ERR_WORKER_UNSUPPORTED_OPERATION(name);
  };
  stub.disabled = true;
  return stub;
}

function setupProcess(message) {
  const stdout = createWritableStdio('stdout');
  const stderr = createWritableStdio('stderr');
  const stdin = createReadableStdin(message.hasStdin);
  for (const [name, stream] of [['stdout', stdout], ['stderr', stderr], ['stdin', stdin]]) {
    Object.defineProperty(process, name, {
      __proto__: null, get() { return stream; }, configurable: true, enumerable: false,
    });
  }
  port.on('message', (data) => {
    if (data?.type !== messageTypes.STDIO_PAYLOAD || data.stream !== 'stdin') return;
    for (const entry of data.chunks) {
      if (entry === null) {
        stdin.push(null);
        port.unref();
      } else {
        stdin.push(entry.chunk, entry.encoding);
      }
    }
  });
  port.unref();

  if (message.env !== null) {
    const env = { ...message.env };
    process.env = new Proxy(env, {
      set(target, key, value) {
        if (typeof key === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
        target[key] = `${value}`;
        return true;
      },
      defineProperty(target, key, descriptor) {
        if ('value' in descriptor) descriptor = { ...descriptor, value: `${descriptor.value}` };
        return Reflect.defineProperty(target, key, descriptor);
      },
    });
  }
  const umask = process.umask;
  process.umask = function(mask) {
    if (mask !== undefined) throw new ERR_WORKER_UNSUPPORTED_OPERATION('Setting process.umask()');
    return umask();
  };
  // What belongs to the whole process is refused, as in Node 20.
  for (const name of ['abort', 'chdir', 'setuid', 'seteuid', 'setgid', 'setegid', 'setgroups',
                      'initgroups']) {
    process[name] = unsupported(`process.${name}()`);
  }
  const execPath = process.execPath;
  if (message.doEval === 'data-url') {
    process.argv = [execPath, ...message.argv];
  } else {
    const scriptName = message.doEval === 'classic' ? '[worker eval]' : message.filename;
    process.argv = [execPath, scriptName, ...message.argv];
  }
}

// Errors thrown out of the top level of eval code carry the source arrow at the top of
// their stack when they reach the parent, as in Node.
const thrownByEval = new WeakSet();

function decorateEvalError(error) {
  if (typeof error !== 'object' || error === null || !thrownByEval.has(error)) return;
  const arrow = getErrorSourceArrow(error);
  if (arrow === undefined || typeof error.stack !== 'string' || error.stack.startsWith(arrow)) {
    return;
  }
  error.stack = `${arrow}\n${error.stack}`;
}

// An uncaught exception without handlers ends the worker; the parent gets it as 'error'.
function reportToParent(error) {
  let record;
  try {
    decorateEvalError(error);
    record = serializeError(error);
    port.postMessage({ type: messageTypes.ERROR_MESSAGE, error: record });
  } catch {
    port.postMessage({ type: messageTypes.COULD_NOT_SERIALIZE_ERROR });
  }
}

function main() {
  port = getEnvMessagePort();
  const entry = receiveMessageOnPort(port);
  const message = entry?.message;
  if (message?.type !== messageTypes.LOAD_SCRIPT) return;

  require('internal/process/execution').setUncaughtErrorReporter(reportToParent);
  for (const [key, value] of message.environmentData) environmentData.set(key, value);
  workerState.parentPort = message.publicPort;
  workerState.workerData = message.workerData;
  const limitNames = ['maxYoungGenerationSizeMb', 'maxOldGenerationSizeMb', 'codeRangeSizeMb',
                      'stackSizeMb'];
  limitNames.forEach((name, i) => { workerState.resourceLimits[name] = resourceLimits[i]; });
  setupProcess(message);

  require('internal/modules/esm/utils').initializeESM();
  port.postMessage({ type: messageTypes.UP_AND_RUNNING });

  if (message.doEval === 'classic') {
    const { evalScript } = require('internal/main/run_main');
    try {
      evalScript('[worker eval]', message.filename, false);
    } catch (err) {
      if ((typeof err === 'object' && err !== null) || typeof err === 'function') {
        thrownByEval.add(err);
      }
      throw err;
    }
    return;
  }
  if (message.doEval === 'data-url') {
    // A rejection is an unhandled one: it reaches the parent as 'error'.
    require('internal/modules/esm/loader').importModule(message.filename, undefined);
    return;
  }
  const { runMain, initializeCJS } = require('internal/modules/cjs/loader');
  initializeCJS();
  runMain(message.filename);
}

module.exports = { main };
