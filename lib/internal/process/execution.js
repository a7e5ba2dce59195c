'use strict';

// The end of an uncaught exception: 'uncaughtExceptionMonitor', 'uncaughtException',
// or the printed error and exit code 1. Called by C++ (Environment::TriggerUncaughtException).

const { getErrorSourceArrow } = internalBinding('errors');
const { writeSync } = internalBinding('stdio');

function isError(value) {
  return value instanceof Error ||
    Object.prototype.toString.call(value) === '[object Error]';
}

function formatFatal(error, arrow) {
  const { inspect } = require('internal/util/inspect');
  if (arrow === undefined) arrow = getErrorSourceArrow(error) || '';
  let text;
  if (isError(error) || (error !== null && typeof error === 'object' &&
                         typeof error.stack === 'string')) {
    let inspected;
    try {
      inspected = inspect(error, { colors: false });
    } catch {
      inspected = String(error.stack);
    }
    text = (arrow ? `${arrow}\n` : '') + `${inspected}\n`;
  } else {
    let inspected;
    try {
      inspected = inspect(error, { colors: false });
    } catch {
      inspected = '[unprintable value]';
    }
    text = `${arrow}${inspected}\n` +
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
  process.emit('uncaughtExceptionMonitor', error, type);
  if (process.listenerCount('uncaughtException') > 0) {
    process.emit('uncaughtException', error, type);
    return true;
  }
  if (uncaughtErrorReporter !== null) {
    uncaughtErrorReporter(error);
  } else {
    printError(error, arrow);
  }
  process.exitCode = 1;
  if (!process._exiting) {
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
