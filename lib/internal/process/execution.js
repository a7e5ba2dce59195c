'use strict';

// The end of an uncaught exception: 'uncaughtExceptionMonitor', 'uncaughtException',
// or the printed error and exit code 1. Called by C++ (Environment::TriggerUncaughtException).

const { getErrorSourceArrow } = internalBinding('errors');
const { writeSync } = internalBinding('stdio');
const { takeThrownFrame } = require('internal/async_context_frame');
const { isNativeError } = internalBinding('types');

// How Node prints what nothing caught: a real Error (V8's IsNativeError) as its arrow and
// inspected stack; any other object inspected, and a primitive as its string followed by the
// --trace-uncaught hint, both after a blank line and the arrow.
function formatFatal(error, arrow) {
  const { inspect } = require('internal/util/inspect');
  if (arrow === undefined) arrow = getErrorSourceArrow(error) || '';
  let text;
  if (isNativeError(error)) {
    let inspected;
    try {
      inspected = inspect(error, { colors: false });
    } catch {
      inspected = typeof error.stack === 'string' ? error.stack : '[unprintable value]';
    }
    text = (arrow ? `${arrow}\n` : '') + `${inspected}\n`;
  } else if (error !== null && (typeof error === 'object' || typeof error === 'function')) {
    let inspected;
    try {
      inspected = inspect(error, { colors: false });
    } catch {
      inspected = '[unprintable value]';
    }
    text = `${arrow ? `\n${arrow}` : ''}${inspected}\n`;
  } else {
    // A symbol has no string form here, as in Node.
    const string = typeof error === 'symbol' ? '' : String(error);
    text = `${arrow ? `\n${arrow}` : ''}${string}\n` +
      '(Use `rt --trace-uncaught ...` to show where the exception was thrown)\n';
  }
  return `${text}\nrt ${process.versions.rt ? `v${process.versions.rt}` : ''}\n`;
}

function printError(error, arrow) {
  writeSync(2, formatFatal(error, arrow));
}

// In a worker, a fatal error goes to the parent instead of being printed.
let uncaughtErrorReporter = null;
function setUncaughtErrorReporter(fn) {
  uncaughtErrorReporter = fn;
}

function onUncaughtException(error, fromPromise, arrow) {
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  const frame = takeThrownFrame();
  process.emit('uncaughtExceptionMonitor', error, type);
  const { getCaptureCallback, getDomainHandler } = require('internal/process/per_thread');
  const capture = getCaptureCallback();
  if (capture !== null) {
    capture(error);
    return true;
  }
  const domainHandler = getDomainHandler();
  if (domainHandler !== null && domainHandler(error, frame)) return true;
  if (process.listenerCount('uncaughtException') > 0) {
    process.emit('uncaughtException', error, type);
    return true;
  }
  if (uncaughtErrorReporter !== null) {
    uncaughtErrorReporter(error);
  } else {
    printError(error, arrow);
  }
  // Fatal while 'exit' is already being emitted (a rejection its listeners left
  // unhandled): a process.exitCode set by then stays the exit code, as in Node.
  if (process._exiting) {
    if (process.exitCode === undefined) process.exitCode = 1;
  } else {
    process.exitCode = 1;
    process._exiting = true;
    try {
      process.emit('exit', 1);
    } catch {
      // An exit listener that throws cannot change the outcome any more.
    }
  }
  return false;
}

module.exports = { onUncaughtException, printError, formatFatal, setUncaughtErrorReporter };
