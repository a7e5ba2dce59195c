'use strict';

// before/after/beforeEach/afterEach, global and per suite: their order, and how a
// failing hook fails the tests around it.

require('../common');
const assert = require('node:assert');
const { runFixture } = require('../fixtures/test-runner/helper.js');

// The order of hooks (checked by the fixture itself in its global after hook).
{
  const { status, stdout, stderr } = runFixture('hooks.js', []);
  assert.strictEqual(status, 0);
  assert.strictEqual(stderr, '');
  assert.strictEqual(stdout, String.raw`TAP version 13
# Subtest: top
ok 1 - top
  ---
  duration_ms: *
  ...
# Subtest: suite
    # Subtest: a
    ok 1 - a
      ---
      duration_ms: *
      ...
# hook order checked
    # Subtest: b
    ok 2 - b
      ---
      duration_ms: *
      ...
    1..2
ok 2 - suite
  ---
  duration_ms: *
  type: 'suite'
  ...
1..2
# tests 3
# suites 1
# pass 3
# fail 0
# cancelled 0
# skipped 0
# todo 0
# duration_ms *
`);
}

// A failing hook fails its suite or test with failureType hookFailed.
{
  const { status, stdout, stderr } = runFixture('hook-failures.js', []);
  assert.strictEqual(status, 1);
  assert.strictEqual(stderr, '');
  assert.strictEqual(stdout, String.raw`TAP version 13
# Subtest: before fails
    # Subtest: a
    not ok 1 - a
      ---
      duration_ms: *
      location: '<dir>/hook-failures.js:8:3'
      failureType: 'cancelledByParent'
      error: 'test did not finish before its parent and was cancelled'
      code: 'ERR_TEST_FAILURE'
      ...
    1..1
not ok 1 - before fails
  ---
  duration_ms: *
  type: 'suite'
  location: '<dir>/hook-failures.js:4:1'
  failureType: 'hookFailed'
  error: 'before failure'
  code: 'ERR_TEST_FAILURE'
  stack: |-
    SuiteContext.<anonymous> (<dir>/hook-failures.js:6:11)
  ...
# Subtest: beforeEach fails
    # Subtest: a
    not ok 1 - a
      ---
      duration_ms: *
      location: '<dir>/hook-failures.js:14:3'
      failureType: 'hookFailed'
      error: 'beforeEach failure'
      code: 'ERR_TEST_FAILURE'
      stack: |-
        TestContext.<anonymous> (<dir>/hook-failures.js:12:11)
      ...
    1..1
not ok 2 - beforeEach fails
  ---
  duration_ms: *
  type: 'suite'
  location: '<dir>/hook-failures.js:10:1'
  failureType: 'subtestsFailed'
  error: '1 subtest failed'
  code: 'ERR_TEST_FAILURE'
  ...
# Subtest: afterEach fails
    # Subtest: a
    not ok 1 - a
      ---
      duration_ms: *
      location: '<dir>/hook-failures.js:20:3'
      failureType: 'hookFailed'
      error: 'afterEach failure'
      code: 'ERR_TEST_FAILURE'
      stack: |-
        TestContext.<anonymous> (<dir>/hook-failures.js:18:11)
        async Promise.all (index 0)
      ...
    1..1
not ok 3 - afterEach fails
  ---
  duration_ms: *
  type: 'suite'
  location: '<dir>/hook-failures.js:16:1'
  failureType: 'subtestsFailed'
  error: '1 subtest failed'
  code: 'ERR_TEST_FAILURE'
  ...
# Subtest: after fails
    # Subtest: a
    ok 1 - a
      ---
      duration_ms: *
      ...
    1..1
not ok 4 - after fails
  ---
  duration_ms: *
  type: 'suite'
  location: '<dir>/hook-failures.js:22:1'
  failureType: 'hookFailed'
  error: 'after failure'
  code: 'ERR_TEST_FAILURE'
  stack: |-
    SuiteContext.<anonymous> (<dir>/hook-failures.js:24:11)
  ...
1..4
# tests 4
# suites 4
# pass 1
# fail 2
# cancelled 1
# skipped 0
# todo 0
# duration_ms *
`);
}
