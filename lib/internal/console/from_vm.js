'use strict';

// V8's own console object, saved by bootstrap before the global `console` is replaced:
// lib/console.js takes its inspector-only methods (profile, timeStamp, context) from it.
module.exports = { consoleFromVM: undefined };
