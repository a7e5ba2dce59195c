'use strict';

// inspector/promises: inspector with a Session whose post() returns a promise.

const {
  makeSessionClass, open, close, url, waitForDebugger, console, Network,
} = require('internal/inspector/session');

module.exports = {
  open, close, url, waitForDebugger, console, Session: makeSessionClass('promise'), Network,
};
