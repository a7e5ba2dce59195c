'use strict';

// The inspector module's pieces, shared by `inspector` and `inspector/promises`.
//
// rt has no V8 inspector backend: no debugger can attach (open() fails with
// ERR_INSPECTOR_NOT_AVAILABLE, url() is undefined) and an in-process Session cannot
// connect. Everything else behaves as in a Node process nobody is debugging.

const EventEmitter = require('events');
const {
  codes: {
    ERR_INSPECTOR_NOT_ACTIVE,
    ERR_INSPECTOR_NOT_AVAILABLE,
    ERR_INSPECTOR_NOT_CONNECTED,
    ERR_INSPECTOR_NOT_WORKER,
  },
} = require('internal/errors');
const { validateFunction, validateObject, validateString } = require('internal/validators');
const { isMainThread } = require('worker_threads');

function makeSessionClass(postStyle) {
  class Session extends EventEmitter {
    connect() {
      throw new ERR_INSPECTOR_NOT_AVAILABLE();
    }

    connectToMainThread() {
      if (isMainThread) throw new ERR_INSPECTOR_NOT_WORKER();
      throw new ERR_INSPECTOR_NOT_AVAILABLE();
    }

    post(method, params, callback) {
      validateString(method, 'method');
      if (postStyle === 'callback') {
        if (!callback && typeof params === 'function') {
          callback = params;
          params = null;
        }
        if (params) validateObject(params, 'params');
        if (callback) validateFunction(callback, 'callback');
        // Never connected (connect() cannot succeed).
        throw new ERR_INSPECTOR_NOT_CONNECTED();
      }
      if (params) validateObject(params, 'params');
      return Promise.reject(new ERR_INSPECTOR_NOT_CONNECTED());
    }

    disconnect() {}
  }
  return Session;
}

function open() {
  throw new ERR_INSPECTOR_NOT_AVAILABLE();
}

function close() {}

function url() {
  return undefined;
}

function waitForDebugger() {
  throw new ERR_INSPECTOR_NOT_ACTIVE();
}

// inspector.console writes only to an attached inspector's console: with none, a
// call does nothing.
const consoleMethods = [
  'debug', 'error', 'info', 'log', 'warn', 'dir', 'dirxml', 'table', 'trace', 'group',
  'groupCollapsed', 'groupEnd', 'clear', 'count', 'countReset', 'assert', 'profile',
  'profileEnd', 'time', 'timeLog', 'timeEnd', 'timeStamp', 'context',
];
const inspectorConsole = {};
for (const name of consoleMethods) inspectorConsole[name] = function() {};

// Network events go to an attached inspector: with none, nothing happens.
const Network = {
  requestWillBeSent(params) { validateObject(params, 'params'); },
  responseReceived(params) { validateObject(params, 'params'); },
  loadingFinished(params) { validateObject(params, 'params'); },
  loadingFailed(params) { validateObject(params, 'params'); },
};

module.exports = {
  makeSessionClass, open, close, url, waitForDebugger, console: inspectorConsole, Network,
};
