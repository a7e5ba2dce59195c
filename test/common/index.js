// Shared helpers for rt's JS tests. Runs unchanged under rt and under node, and
// uses only assert, path and (lazily) os and util, so it works early in rt's life.
'use strict';

const assert = require('assert');
const path = require('path');

const isWindows = process.platform === 'win32';
const isLinux = process.platform === 'linux';
const isMacOS = process.platform === 'darwin';

function noop() {}

// Every function returned by mustCall()/mustCallAtLeast() registers here; the
// 'exit' listener below reports those whose call count is wrong.
const callChecks = [];

function describeCallSite(stack) {
  // Drop the "Error" line and the frames inside this file.
  return String(stack).split('\n').slice(1)
    .filter((line) => !line.includes(__filename)).join('\n');
}

function makeCallCheck(fn, criteria, kind) {
  if (typeof fn === 'number') {
    criteria = fn;
    fn = noop;
  } else if (fn === undefined) {
    fn = noop;
  }
  if (typeof criteria !== 'number') {
    throw new TypeError(`Invalid ${kind} value: ${criteria}`);
  }
  const check = {
    wrapper: null,
    name: fn.name || '<anonymous>',
    actual: 0,
    stack: new Error().stack,
  };
  if (kind === 'minimum') check.minimum = criteria;
  else check.exact = criteria;
  if (callChecks.length === 0) process.on('exit', reportCallChecks);
  callChecks.push(check);

  const wrapper = function(...args) {
    check.actual++;
    return fn.apply(this, args);
  };
  check.wrapper = wrapper;
  // Keep the arity and name: some APIs (express middleware, fs.exists
  // promisification) dispatch on fn.length.
  Object.defineProperty(wrapper, 'length', { value: fn.length, configurable: true });
  Object.defineProperty(wrapper, 'name', { value: fn.name, configurable: true });
  return wrapper;
}

function reportCallChecks(code) {
  if (code !== 0) return;
  // `process.on('exit', mustCall(fn))` adds its listener after this one (mustCall
  // runs first), so it has not been called yet: count the call it is about to get.
  const listeners = process.listeners('exit');
  const pending = listeners.slice(listeners.indexOf(reportCallChecks) + 1);
  for (const check of callChecks) {
    for (const listener of pending) {
      if (listener === check.wrapper) check.actual++;
    }
  }
  const failed = callChecks.filter((check) => {
    if ('minimum' in check) {
      check.expected = `at least ${check.minimum}`;
      return check.actual < check.minimum;
    }
    check.expected = `exactly ${check.exact}`;
    return check.actual !== check.exact;
  });
  for (const check of failed) {
    writeOut(`Mismatched ${check.name} function calls. ` +
             `Expected ${check.expected}, actual ${check.actual}.\n`);
    writeOut(describeCallSite(check.stack) + '\n');
  }
  if (failed.length > 0) process.exitCode = 1;
}

function writeOut(text) {
  if (typeof console !== 'undefined' && console.log) {
    console.log(text.replace(/\n$/, ''));
  } else {
    process.stdout.write(text);
  }
}

function mustCall(fn, exact = 1) {
  return makeCallCheck(fn, exact, 'exact');
}

function mustCallAtLeast(fn, minimum = 1) {
  return makeCallCheck(fn, minimum, 'minimum');
}

function mustSucceed(fn, exact) {
  return mustCall(function(err, ...args) {
    assert.ifError(err);
    if (typeof fn === 'function') return fn.apply(this, args);
  }, exact);
}

function inspectValue(value) {
  try {
    return require('util').inspect(value);
  } catch {
    return String(value);
  }
}

function mustNotCall(msg) {
  const callSite = (new Error().stack || '').split('\n')[2];
  const where = callSite ? callSite.trim().replace(/^at /, '') : '<unknown>';
  return function mustNotCall(...args) {
    const argsInfo = args.length > 0 ?
      `\ncalled with arguments: ${args.map(inspectValue).join(', ')}` : '';
    assert.fail(`${msg || 'function should not have been called'} at ${where}${argsInfo}`);
  };
}

// expectsError(validation) returns a function that accepts one error and checks it
// against `validation` (an object of expected properties, a class, a RegExp or a
// function, as assert.throws takes). Use it as an assert.throws validator or as a
// callback that must be called once (with exact = 1) with such an error.
function expectsError(validation, exact) {
  return mustCall(function expectedError(...args) {
    if (args.length !== 1) {
      assert.fail(`Expected one argument, got ${args.map(inspectValue).join(', ')}`);
    }
    const error = args[0];
    // Node's errors keep `message` non-enumerable.
    assert.strictEqual(Object.prototype.propertyIsEnumerable.call(error, 'message'), false);
    assert.throws(() => { throw error; }, validation);
    return true;
  }, exact);
}

function platformTimeout(ms) {
  const factor = Number(process.env.RT_TEST_TIMEOUT_FACTOR) || 1;
  if (typeof ms === 'bigint') return ms * BigInt(factor);
  return ms * factor;
}

function skip(msg) {
  process.stdout.write(`1..0 # Skipped: ${msg}\n`);
  process.exit(0);
}

// Globals present when the test started; anything else left on globalThis at exit
// is a leak unless its value was passed to allowGlobals() (as Node's common does).
const initialGlobals = new Set(Object.keys(globalThis));
const allowedGlobalValues = [];

function allowGlobals(...allowlist) {
  allowedGlobalValues.push(...allowlist);
}

process.on('exit', function checkLeakedGlobals(code) {
  if (code !== 0) return;
  const leaked = Object.keys(globalThis).filter((key) =>
    !initialGlobals.has(key) && !allowedGlobalValues.includes(globalThis[key]));
  if (leaked.length > 0) {
    writeOut(`Unexpected global(s) found: ${leaked.join(', ')}\n`);
    process.exitCode = 1;
  }
});

let hasCryptoCache;
let hasIPv6Cache;

const common = {
  allowGlobals,
  expectsError,
  isLinux,
  isMacOS,
  isWindows,
  mustCall,
  mustCallAtLeast,
  mustNotCall,
  mustSucceed,
  platformTimeout,
  skip,
  fixturesDir: path.join(__dirname, '..', 'fixtures'),
  // The detections below touch other modules, so they run on first use only.
  get hasCrypto() {
    if (hasCryptoCache === undefined) {
      try {
        require('crypto');
        hasCryptoCache = true;
      } catch {
        hasCryptoCache = false;
      }
    }
    return hasCryptoCache;
  },
  get hasIPv6() {
    if (hasIPv6Cache === undefined) {
      try {
        const interfaces = require('os').networkInterfaces();
        hasIPv6Cache = Object.keys(interfaces).some((name) => /^lo/.test(name) &&
          interfaces[name].some((address) => address.family === 'IPv6'));
      } catch {
        hasIPv6Cache = false;
      }
    }
    return hasIPv6Cache;
  },
};

module.exports = common;
