'use strict';

// Sets up the process object and the globals. Runs once, before the entry point.
// No I/O at top level: everything here could live in a startup snapshot.

// The ES2023 built-ins Node 20's V8 has and V8 10.2 lacks (toSorted, with, isWellFormed...).
require('internal/bootstrap/es2023');
// JSON.parse errors worded as Node 20's V8 words them.
require('internal/bootstrap/json_parse');

const EventEmitter = require('events');
const binding = internalBinding('process_methods');
const errorsBinding = internalBinding('errors');
const options = internalBinding('options');
const taskQueues = require('internal/process/task_queues');
const promises = require('internal/process/promises');
const execution = require('internal/process/execution');
const perThread = require('internal/process/per_thread');

// process is an EventEmitter whose prototype's constructor is named `process`.
{
  const processProto = Object.create(EventEmitter.prototype, {
    constructor: {
      value: function process() {}, writable: true, configurable: true, enumerable: false,
    },
    [Symbol.toStringTag]: {
      value: 'process', writable: false, configurable: true, enumerable: false,
    },
  });
  Object.setPrototypeOf(process, processProto);
  EventEmitter.call(process);
}

binding.patchProcessObject(process);
perThread.setupProcessObject(process, options);
// Signals belong to the main thread: a worker's process does not listen for them.
if (internalBinding('worker').isMainThread) {
  require('internal/process/signals').setupSignalHandlers(process);
}

taskQueues.setPromiseRejectionProcessor(promises.processPromiseRejections);
errorsBinding.setHooks({
  tickCallback: taskQueues.processTicksAndRejections,
  onUncaughtException: execution.onUncaughtException,
  onPromiseReject: promises.onPromiseReject,
  emitBeforeExit: perThread.emitBeforeExit,
  emitExit: perThread.emitExit,
  printError: execution.printError,
  tickInfo: taskQueues.tickInfo,
});
// structuredClone() and postMessage() reach lib/ for Blob, KeyObject, ... (every thread).
require('internal/cloneable').setupCloneable();

// Explicit resource management symbols, as Node 20 defines them on V8s without them.
for (const [name, key] of [['dispose', 'nodejs.dispose'], ['asyncDispose', 'nodejs.asyncDispose']]) {
  if (typeof Symbol[name] !== 'symbol') {
    Object.defineProperty(Symbol, name, {
      value: Symbol.for(key), writable: false, enumerable: false, configurable: false,
    });
  }
}

// Globals.
function defineLazyGlobal(name, load, enumerable = false) {
  let value;
  let loaded = false;
  Object.defineProperty(globalThis, name, {
    get() {
      if (!loaded) {
        value = load();
        loaded = true;
      }
      return value;
    },
    set(v) {
      value = v;
      loaded = true;
    },
    configurable: true,
    enumerable,
  });
}

// Node's enumerable globals, in Node's order (util.inspect(globalThis) shows them).
function defineEnumerableGlobal(name, value) {
  Object.defineProperty(globalThis, name, {
    value, writable: true, configurable: true, enumerable: true,
  });
}

defineEnumerableGlobal('global', globalThis);
{
  const timers = require('timers');
  for (const name of ['clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout',
                      'setInterval', 'setTimeout']) {
    defineEnumerableGlobal(name, timers[name]);
  }
  const { processImmediate, processTimers } = require('internal/timers');
  internalBinding('timers').setupTimers(processImmediate, processTimers);
}
defineEnumerableGlobal('queueMicrotask', taskQueues.queueMicrotask);
Object.defineProperty(globalThis, 'process', {
  value: process, writable: true, configurable: true, enumerable: false,
});
Object.defineProperty(globalThis, Symbol.toStringTag, {
  value: 'global', writable: false, configurable: true, enumerable: false,
});
require('internal/console/from_vm').consoleFromVM = globalThis.console;
defineLazyGlobal('console', () => require('console'));

// Globals whose modules land with later work are defined by those modules' bootstrap
// hooks (Buffer, URL, TextEncoder, AbortController, fetch, ...), listed in
// lib/internal/bootstrap/web.js when it exists.
{
  const { BuiltinModule } = require('internal/bootstrap/realm');
  if (BuiltinModule.exists('internal/bootstrap/web')) require('internal/bootstrap/web');
}
