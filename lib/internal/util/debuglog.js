'use strict';

// util.debuglog(section): a logger that writes "SECTION PID: message" to stderr
// when NODE_DEBUG names the section (comma separated, `*` wildcards, any case).
// NODE_DEBUG is read on the first use of any logger, not at load time.

let debugEnvRegExp = null;
let debugEnvInitialized = false;

function initializeDebugEnv(debugEnv) {
  debugEnvInitialized = true;
  debugEnvRegExp = null;
  if (debugEnv) {
    const pattern = debugEnv
      .replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/,/g, '$|^');
    debugEnvRegExp = new RegExp(`^(${pattern})$`, 'i');
  }
}

function testEnabled(section) {
  if (!debugEnvInitialized) initializeDebugEnv(process.env.NODE_DEBUG);
  return debugEnvRegExp !== null && debugEnvRegExp.test(section);
}

// Sections whose logs can contain credentials get a warning when enabled.
function emitWarningIfNeeded(section) {
  if (section === 'HTTP' || section === 'HTTP2') {
    process.emitWarning('Setting the NODE_DEBUG environment variable ' +
      `to '${section.toLowerCase()}' can expose sensitive data (such as ` +
      'passwords, tokens and authentication headers) in the resulting log.');
  }
}

function noop() {}

function createLogger(enabled, section) {
  if (!enabled) return noop;
  emitWarningIfNeeded(section);
  const pid = process.pid;
  return function debug(...args) {
    const { format, formatWithOptions, inspect } = require('internal/util/inspect');
    const colors = require('internal/util').shouldColorize(process.stderr);
    const message = formatWithOptions({ colors }, ...args);
    process.stderr.write(format('%s %s: %s\n', section, inspect(pid, { colors }), message));
  };
}

function debuglog(section, cb) {
  let enabled;
  let initialized = false;
  function init() {
    if (initialized) return;
    initialized = true;
    section = `${section}`.toUpperCase();
    enabled = testEnabled(section);
  }

  // The real logger is built on the first call; cb receives it then.
  let debug = (...args) => {
    init();
    debug = createLogger(enabled, section);
    if (typeof cb === 'function') cb(debug);
    return debug(...args);
  };

  const logger = (...args) => debug(...args);
  Object.defineProperty(logger, 'enabled', {
    __proto__: null,
    get() {
      init();
      return enabled;
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

module.exports = {
  debuglog,
  initializeDebugEnv,
};
