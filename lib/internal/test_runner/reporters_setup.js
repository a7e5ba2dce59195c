'use strict';

// Connects the root TestsStream to the reporters named by --test-reporter
// (default: spec on a TTY, tap otherwise) and their destinations.

const PassThrough = require('internal/streams/passthrough');
const { getOptions } = require('internal/test_runner/options');
const {
  codes: { ERR_INVALID_ARG_VALUE },
} = require('internal/errors');

const builtinReporters = {
  __proto__: null,
  spec: 'internal/test_runner/reporter/spec',
  tap: 'internal/test_runner/reporter/tap',
  dot: 'internal/test_runner/reporter/dot',
};

function loadReporter(name) {
  if (name in builtinReporters) {
    const reporter = require(builtinReporters[name]);
    return name === 'spec' ? new reporter() : reporter;
  }
  // A user module: a path or package name, resolved from the working directory.
  const { createRequire } = require('module');
  const path = require('path');
  const userRequire = createRequire(path.join(process.cwd(), 'index.js'));
  let reporter = userRequire(name);
  if (reporter?.default) reporter = reporter.default;
  if (reporter?.prototype && typeof reporter.prototype._transform === 'function') {
    return new reporter();
  }
  return reporter;
}

function openDestination(destination) {
  if (destination === 'stdout') return process.stdout;
  if (destination === 'stderr') return process.stderr;
  const fs = require('fs');
  return fs.createWriteStream(destination);
}

function connect(source, reporter, destination) {
  if (typeof reporter === 'function') {
    // Each reporter reads its own branch, so that several can share the source.
    const branch = new PassThrough({ objectMode: true, highWaterMark: Number.MAX_SAFE_INTEGER });
    source.pipe(branch);
    (async () => {
      for await (const chunk of reporter(branch)) destination.write(chunk);
      if (destination !== process.stdout && destination !== process.stderr) destination.end();
    })();
  } else {
    const end = destination !== process.stdout && destination !== process.stderr;
    source.pipe(reporter).pipe(destination, { end });
  }
}

// The reporter names and their destinations, paired up like Node does:
// without either flag, the default reporter writes to stdout.
function reporterTargets() {
  const { reporters, destinations } = getOptions();
  let names = reporters;
  let targets = destinations;
  if (names.length === 0 && targets.length === 0) {
    names = [process.stdout.isTTY ? 'spec' : 'tap'];
  }
  if (names.length === 1 && targets.length === 0) targets = ['stdout'];
  if (names.length !== targets.length) {
    throw new ERR_INVALID_ARG_VALUE('--test-reporter', names,
                                    'must match the number of specified ' +
                                    '\'--test-reporter-destination\'');
  }
  return { names, targets };
}

// Fails early (when node:test is loaded) on flags that do not pair up.
function checkReporterOptions() {
  const { reporters, destinations } = getOptions();
  if (reporters.length > 0 || destinations.length > 0) reporterTargets();
}

function setupReporters(testsStream) {
  const { names, targets } = reporterTargets();
  const loaded = names.map(loadReporter);
  // Node loads reporters asynchronously: their output starts on a later turn
  // of the event loop, after the synchronous part of the test file.
  setImmediate(() => {
    for (let i = 0; i < loaded.length; i++) {
      connect(testsStream, loaded[i], openDestination(targets[i]));
    }
  });
}

module.exports = { checkReporterOptions, setupReporters };
