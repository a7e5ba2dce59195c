'use strict';

// A node:test file run directly with stdout not a terminal reports in TAP:
// passing, failing, skipped, todo, nested tests and suites; exit code 1 on failure.

require('../common');
const assert = require('node:assert');
const { runFixture } = require('../fixtures/test-runner/helper.js');

// Every kind of result; the failures make the exit code 1.
{
  const { status, stdout, stderr } = runFixture('basic.js', []);
  assert.strictEqual(status, 1);
  assert.strictEqual(stderr, '');
  assert.strictEqual(stdout, String.raw`TAP version 13
# Subtest: passes
ok 1 - passes
  ---
  duration_ms: *
  ...
# Subtest: fails
not ok 2 - fails
  ---
  duration_ms: *
  location: '<dir>/basic.js:6:1'
  failureType: 'testCodeFailure'
  error: |-
    Expected values to be strictly equal:
    
    1 !== 2
    
  code: 'ERR_ASSERTION'
  name: 'AssertionError'
  expected: 2
  actual: 1
  operator: 'strictEqual'
  stack: |-
    TestContext.<anonymous> (<dir>/basic.js:7:10)
  ...
# Subtest: skip option
ok 3 - skip option # SKIP
  ---
  duration_ms: *
  ...
# Subtest: skip with message
ok 4 - skip with message # SKIP not today
  ---
  duration_ms: *
  ...
# Subtest: todo option
ok 5 - todo option # TODO
  ---
  duration_ms: *
  ...
# Subtest: failing todo
not ok 6 - failing todo # TODO later
  ---
  duration_ms: *
  location: '<dir>/basic.js:12:1'
  failureType: 'testCodeFailure'
  error: 'todo failure'
  code: 'ERR_TEST_FAILURE'
  stack: |-
    TestContext.<anonymous> (<dir>/basic.js:13:9)
  ...
# Subtest: subtests
    # Subtest: child passes
    ok 1 - child passes
      ---
      duration_ms: *
      ...
    # Subtest: child fails
    not ok 2 - child fails
      ---
      duration_ms: *
      location: '<dir>/basic.js:17:11'
      failureType: 'testCodeFailure'
      error: 'child failure'
      code: 'ERR_TEST_FAILURE'
      stack: |-
        TestContext.<anonymous> (<dir>/basic.js:18:11)
        TestContext.<anonymous> (<dir>/basic.js:17:11)
      ...
    1..2
not ok 7 - subtests
  ---
  duration_ms: *
  location: '<dir>/basic.js:15:1'
  failureType: 'subtestsFailed'
  error: '1 subtest failed'
  code: 'ERR_TEST_FAILURE'
  ...
# a diagnostic
# Subtest: callback
ok 8 - callback
  ---
  duration_ms: *
  ...
# Subtest: skip at run time
ok 9 - skip at run time # SKIP skipped inside
  ---
  duration_ms: *
  ...
# Subtest: todo at run time
ok 10 - todo at run time # TODO
  ---
  duration_ms: *
  ...
# Subtest: suite
    # Subtest: first
    ok 1 - first
      ---
      duration_ms: *
      ...
    # Subtest: second
    ok 2 - second
      ---
      duration_ms: *
      ...
    # Subtest: inner suite
        # Subtest: deep
        ok 1 - deep
          ---
          duration_ms: *
          ...
        1..1
    ok 3 - inner suite
      ---
      duration_ms: *
      type: 'suite'
      ...
    1..3
ok 11 - suite
  ---
  duration_ms: *
  type: 'suite'
  ...
# Subtest: escapes \# and \\ in names
ok 12 - escapes \# and \\ in names
  ---
  duration_ms: *
  ...
1..12
# tests 16
# suites 2
# pass 7
# fail 3
# cancelled 0
# skipped 3
# todo 3
# duration_ms *
`);
}

// Only passing, skipped and todo tests: exit code 0.
{
  const { status, stdout, stderr } = runFixture('passing.js', []);
  assert.strictEqual(status, 0);
  assert.strictEqual(stderr, '');
  assert.strictEqual(stdout, String.raw`TAP version 13
# Subtest: math
    # Subtest: adds
    ok 1 - adds
      ---
      duration_ms: *
      ...
    # Subtest: skipped
    ok 2 - skipped # SKIP
      ---
      duration_ms: *
      ...
    # Subtest: todo
    ok 3 - todo # TODO
      ---
      duration_ms: *
      ...
    1..3
ok 1 - math
  ---
  duration_ms: *
  type: 'suite'
  ...
# Subtest: top level
    # Subtest: nested
    ok 1 - nested
      ---
      duration_ms: *
      ...
    1..1
ok 2 - top level
  ---
  duration_ms: *
  ...
1..2
# tests 5
# suites 1
# pass 3
# fail 0
# cancelled 0
# skipped 1
# todo 1
# duration_ms *
`);
}

// A failing todo test does not fail the run.
{
  const { status, stdout, stderr } = runFixture('todo-fail.js', []);
  assert.strictEqual(status, 0);
  assert.strictEqual(stderr, '');
  assert.strictEqual(stdout, String.raw`TAP version 13
# Subtest: passes
ok 1 - passes
  ---
  duration_ms: *
  ...
# Subtest: failing todo
not ok 2 - failing todo # TODO
  ---
  duration_ms: *
  location: '<dir>/todo-fail.js:5:1'
  failureType: 'testCodeFailure'
  error: 'not done yet'
  code: 'ERR_TEST_FAILURE'
  stack: |-
    TestContext.<anonymous> (<dir>/todo-fail.js:6:9)
  ...
1..2
# tests 2
# suites 0
# pass 1
# fail 0
# cancelled 0
# skipped 0
# todo 1
# duration_ms *
`);
}
