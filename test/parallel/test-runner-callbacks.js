'use strict';

// Test functions: done callbacks, non-Error throws and rejections, plans, and
// uncaught exceptions blamed on the running test.

require('../common');
const assert = require('node:assert');
const { runFixture } = require('../fixtures/test-runner/helper.js');

// Each failure mode with its failureType and message.
{
  const { status, stdout, stderr } = runFixture('callbacks.js', []);
  assert.strictEqual(status, 1);
  assert.strictEqual(stderr, '');
  assert.strictEqual(stdout, String.raw`TAP version 13
# Subtest: done with an error
not ok 1 - done with an error
  ---
  duration_ms: *
  location: '<dir>/callbacks.js:4:1'
  failureType: 'testCodeFailure'
  error: 'callback failure'
  code: 'ERR_TEST_FAILURE'
  stack: |-
    Immediate.<anonymous> (<dir>/callbacks.js:5:27)
  ...
# Subtest: done and a promise
not ok 2 - done and a promise
  ---
  duration_ms: *
  location: '<dir>/callbacks.js:7:1'
  failureType: 'callbackAndPromisePresent'
  error: 'passed a callback but also returned a Promise'
  code: 'ERR_TEST_FAILURE'
  ...
# Subtest: throws a string
not ok 3 - throws a string
  ---
  duration_ms: *
  location: '<dir>/callbacks.js:8:1'
  failureType: 'testCodeFailure'
  error: 'a string'
  code: 'ERR_TEST_FAILURE'
  ...
# Subtest: rejects with an object
not ok 4 - rejects with an object
  ---
  duration_ms: *
  location: '<dir>/callbacks.js:11:1'
  failureType: 'testCodeFailure'
  error: '{ code: 42 }'
  code: 42
  ...
# Subtest: plan met
ok 5 - plan met
  ---
  duration_ms: *
  ...
# Subtest: plan missed
not ok 6 - plan missed
  ---
  duration_ms: *
  location: '<dir>/callbacks.js:16:1'
  failureType: 'testCodeFailure'
  error: 'plan expected 2 assertions but received 1'
  code: 'ERR_TEST_FAILURE'
  ...
# Subtest: uncaught exception
not ok 7 - uncaught exception
  ---
  duration_ms: *
  location: '<dir>/callbacks.js:20:1'
  failureType: 'uncaughtException'
  error: 'thrown later'
  code: 'ERR_TEST_FAILURE'
  stack: |-
    Immediate.<anonymous> (<dir>/callbacks.js:22:11)
  ...
1..7
# tests 7
# suites 0
# pass 1
# fail 6
# cancelled 0
# skipped 0
# todo 0
# duration_ms *
`);
}
