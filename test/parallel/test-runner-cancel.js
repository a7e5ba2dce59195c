'use strict';

// Tests that do not finish: an aborted signal, a timeout, subtests the parent did
// not await, and tests still pending when the event loop empties.

require('../common');
const assert = require('node:assert');
const { runFixture } = require('../fixtures/test-runner/helper.js');

// Cancelled tests are reported as failures and counted as cancelled.
{
  const { status, stdout, stderr } = runFixture('cancel.js', []);
  assert.strictEqual(status, 1);
  assert.strictEqual(stderr, '');
  assert.strictEqual(stdout, String.raw`TAP version 13
# Subtest: aborted while running
not ok 1 - aborted while running
  ---
  duration_ms: *
  location: '<dir>/cancel.js:5:1'
  failureType: 'testAborted'
  error: 'This operation was aborted'
  code: 20
  name: 'AbortError'
  stack: |-
    Timeout._onTimeout (<dir>/cancel.js:6:31)
  ...
# Subtest: timed out
not ok 2 - timed out
  ---
  duration_ms: *
  location: '<dir>/cancel.js:9:1'
  failureType: 'testTimeoutFailure'
  error: 'test timed out after 5ms'
  code: 'ERR_TEST_FAILURE'
  ...
# Subtest: subtests not awaited
    # Subtest: started
    not ok 1 - started
      ---
      duration_ms: *
      location: '<dir>/cancel.js:13:5'
      failureType: 'cancelledByParent'
      error: 'test did not finish before its parent and was cancelled'
      code: 'ERR_TEST_FAILURE'
      ...
    # Subtest: queued
    not ok 2 - queued
      ---
      duration_ms: *
      location: '<dir>/cancel.js:14:5'
      failureType: 'cancelledByParent'
      error: 'test did not finish before its parent and was cancelled'
      code: 'ERR_TEST_FAILURE'
      ...
    1..2
not ok 3 - subtests not awaited
  ---
  duration_ms: *
  location: '<dir>/cancel.js:12:1'
  failureType: 'subtestsFailed'
  error: '2 subtests failed'
  code: 'ERR_TEST_FAILURE'
  ...
# Subtest: never settles
not ok 4 - never settles
  ---
  duration_ms: *
  location: '<dir>/cancel.js:16:1'
  failureType: 'cancelledByParent'
  error: 'Promise resolution is still pending but the event loop has already resolved'
  code: 'ERR_TEST_FAILURE'
  ...
# Subtest: queued behind it
not ok 5 - queued behind it
  ---
  duration_ms: *
  location: '<dir>/cancel.js:17:1'
  failureType: 'cancelledByParent'
  error: 'Promise resolution is still pending but the event loop has already resolved'
  code: 'ERR_TEST_FAILURE'
  ...
1..5
# tests 7
# suites 0
# pass 0
# fail 1
# cancelled 6
# skipped 0
# todo 0
# duration_ms *
`);
}
