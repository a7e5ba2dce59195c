'use strict';

// Helpers of the test tree: failure types, ERR_TEST_FAILURE without the
// runner's own frames, timeouts, done callbacks and caller locations.

const {
  codes: { ERR_TEST_FAILURE },
} = require('internal/errors');

const kCallbackAndPromisePresent = 'callbackAndPromisePresent';
const kCancelledByParent = 'cancelledByParent';
const kAborted = 'testAborted';
const kHookFailure = 'hookFailed';
const kMultipleCallbackInvocations = 'multipleCallbackInvocations';
const kParentAlreadyFinished = 'parentAlreadyFinished';
const kSubtestsFailed = 'subtestsFailed';
const kTestCodeFailure = 'testCodeFailure';
const kTestTimeoutFailure = 'testTimeoutFailure';
const kHookNames = ['before', 'after', 'beforeEach', 'afterEach'];
const kMaxTimeout = 2 ** 31 - 1;

function noop() {}

function hrtime() {
  return process.hrtime.bigint();
}

function isPromiseLike(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function') &&
    typeof value.then === 'function';
}

// ERR_TEST_FAILURE without the test runner's own frames in its stack.
function testFailure(error, failureType) {
  const err = new ERR_TEST_FAILURE(error, failureType);
  const { stack } = err;
  if (typeof stack === 'string') {
    const internal = /\(?node:internal\/test_runner\//;
    err.stack = stack.split('\n').filter((line) => !internal.test(line)).join('\n');
  }
  return err;
}

function isTestFailureError(err) {
  return err?.code === 'ERR_TEST_FAILURE' && 'failureType' in err;
}

// A promise that rejects when the timeout passes and resolves when `signal`
// aborts; dispose() releases the timer and the listener.
function stopTest(timeout, signal) {
  let timer;
  let onAbort;
  const promise = new Promise((resolve, reject) => {
    onAbort = () => resolve();
    if (signal.aborted) resolve();
    else signal.addEventListener('abort', onAbort, { once: true });
    if (timeout !== Infinity) {
      timer = setTimeout(() => {
        reject(testFailure(`test timed out after ${timeout}ms`, kTestTimeoutFailure));
      }, timeout);
      timer.unref();
    }
  });
  promise.catch(noop);
  promise.dispose = () => {
    if (timer !== undefined) clearTimeout(timer);
    signal.removeEventListener('abort', onAbort);
  };
  return promise;
}

// The `done` callback of a callback-style test or hook.
function createDeferredCallback() {
  let calls = 0;
  let resolve;
  let reject;
  const promise = new Promise((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const cb = (err) => {
    calls++;
    if (calls > 1) {
      if (calls === 2) {
        throw testFailure('callback invoked multiple times', kMultipleCallbackInvocations);
      }
      return;
    }
    if (err) reject(err);
    else resolve();
  };
  return { promise, cb };
}

// The source position of the user code that created a test or hook.
function getCallerLocation() {
  const holder = {};
  const limit = Error.stackTraceLimit;
  try {
    Error.stackTraceLimit = 50;
    Error.captureStackTrace(holder, getCallerLocation);
  } finally {
    Error.stackTraceLimit = limit;
  }
  const lines = typeof holder.stack === 'string' ? holder.stack.split('\n') : [];
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const match = /\((.*):(\d+):(\d+)\)$/.exec(line) ||
      /^\s*at (?:async )?(.*):(\d+):(\d+)$/.exec(line);
    if (match === null) continue;
    let file = match[1];
    if (file.startsWith('node:internal/test_runner') || file === 'node:test') continue;
    if (file.startsWith('file://')) file = require('internal/url').fileURLToPath(file);
    return { __proto__: null, line: Number(match[2]), column: Number(match[3]), file };
  }
  return undefined;
}

module.exports = {
  createDeferredCallback,
  getCallerLocation,
  hrtime,
  isPromiseLike,
  isTestFailureError,
  kAborted,
  kCallbackAndPromisePresent,
  kCancelledByParent,
  kHookFailure,
  kHookNames,
  kMaxTimeout,
  kMultipleCallbackInvocations,
  kParentAlreadyFinished,
  kSubtestsFailed,
  kTestCodeFailure,
  kTestTimeoutFailure,
  noop,
  stopTest,
  testFailure,
};
