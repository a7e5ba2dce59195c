'use strict';

// The end of an uncaught exception: 'uncaughtExceptionMonitor', 'uncaughtException',
// or the printed error and exit code 1. Called by C++ (Environment::TriggerUncaughtException).

const { getErrorSourceArrow } = internalBinding('errors');
const { writeSync } = internalBinding('stdio');
const { takeThrownFrame } = require('internal/async_context_frame');
const { isNativeError } = internalBinding('types');
const { kEnhanceStackBeforeInspector } = require('internal/errors');

// An error that says how to extend its stack for the report (an unhandled 'error'
// event adds where it was emitted) gets that stack before it is inspected.
function enhanceStack(error) {
  try {
    if (typeof error[kEnhanceStackBeforeInspector] === 'function') {
      error.stack = error[kEnhanceStackBeforeInspector]();
    }
  } catch {
    // Only a nicer report was lost.
  }
}

const kTraceHint = '(Use `rt --trace-uncaught ...` to show where the exception was thrown)\n';

// What an uncaught object's report shows: it inspected as Node does there (no custom
// inspect, depth at least 5), else its stack; undefined when even that cannot be read.
function describeForReport(error) {
  const { inspect } = require('internal/util/inspect');
  let stack;
  try {
    stack = error.stack;
  } catch {
    return undefined;
  }
  try {
    return inspect(error, {
      colors: false,
      customInspect: false,
      depth: Math.max(inspect.defaultOptions.depth, 5),
    });
  } catch {
    return stack;
  }
}

// How Node prints what nothing caught: a real Error (V8's IsNativeError) as its arrow and
// inspected stack; any other object inspected, and a primitive as its string followed by the
// --trace-uncaught hint, both after a blank line and the arrow. An object that cannot be
// inspected prints as `name: message` (or its string) with the hint.
function formatFatal(error, arrow, thrownAt) {
  // With --trace-uncaught, where it was thrown follows the report instead of the hint.
  const hint = thrownAt === undefined ? kTraceHint : '';
  // Only a thrown non-Error that left a script run with displayed errors (eval, vm) has
  // an arrow recorded on it; it prints like an Error, other objects after a blank line.
  const recorded = getErrorSourceArrow(error);
  if (arrow === undefined) arrow = recorded || '';
  const isObject = error !== null && (typeof error === 'object' || typeof error === 'function');
  const native = isNativeError(error);
  // The arrow above an Error's report, and the one printed first for other values.
  const ownArrow = native ? arrow : (recorded || '');
  const leadingArrow = native || recorded !== undefined || !arrow ? '' : `\n${arrow}`;
  let text;
  let report;
  if (isObject) {
    enhanceStack(error);
    report = describeForReport(error);
    if (report !== undefined && typeof report !== 'string') report = `${report}`;
  }
  if (report) {
    text = native || recorded !== undefined ?
      `${ownArrow ? `${ownArrow}\n` : ''}${report}\n` :
      `${leadingArrow}${report}\n`;
  } else if (isObject) {
    let name;
    let message;
    try {
      ({ name, message } = error);
    } catch {
      // Printed by its string form below.
    }
    if (name === undefined || message === undefined) {
      let string;
      try {
        string = `${error}`;
      } catch {
        string = '<toString() threw exception>';
      }
      text = `${leadingArrow}${string}\n${hint}`;
    } else {
      text = `${leadingArrow}${ownArrow ? `${ownArrow}\n` : ''}${name}: ${message}\n${hint}`;
    }
  } else {
    // A symbol has no string form here, as in Node.
    const string = typeof error === 'symbol' ? '' : String(error);
    text = `${arrow ? `\n${arrow}` : ''}${string}\n${hint}`;
  }
  if (thrownAt !== undefined) text += `Thrown at:\n${thrownAt}\n`;
  return `${text}\nrt ${process.versions.rt ? `v${process.versions.rt}` : ''}\n`;
}

function printError(error, arrow, thrownAt) {
  writeSync(2, formatFatal(error, arrow, thrownAt));
}

// In a worker, a fatal error goes to the parent instead of being printed.
let uncaughtErrorReporter = null;
function setUncaughtErrorReporter(fn) {
  uncaughtErrorReporter = fn;
}

function onUncaughtException(error, fromPromise, arrow, thrownAt) {
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
    printError(error, arrow, thrownAt);
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
