'use strict';

// inspector: see lib/internal/inspector/session.js for what rt supports.

const {
  makeSessionClass, open, close, url, waitForDebugger, console, Network,
} = require('internal/inspector/session');

module.exports = {
  open, close, url, waitForDebugger, console, Session: makeSessionClass('callback'), Network,
};
