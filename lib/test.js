'use strict';

// node:test — the built-in test runner. The module is the test() function with
// the rest of the API hung on it.

const harness = require('internal/test_runner/harness');
const { checkReporterOptions } = require('internal/test_runner/reporters_setup');

// Like Node, a bad --test-reporter/--test-reporter-destination pairing fails
// as soon as node:test is loaded.
checkReporterOptions();

const { test, suite, before, after, beforeEach, afterEach } = harness;

module.exports = test;
Object.assign(module.exports, {
  after,
  afterEach,
  before,
  beforeEach,
  describe: suite,
  it: test,
  suite,
  test,
});

let mock;
Object.defineProperty(module.exports, 'mock', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    if (mock === undefined) {
      const { MockTracker } = require('internal/test_runner/mock');
      mock = new MockTracker();
    }
    return mock;
  },
});
