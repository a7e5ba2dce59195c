'use strict';

// The `only` option: without --test-only every test runs and each `only` (or
// runOnly subtest) gets a diagnostic; with --test-only the others are skipped.

require('../common');
const assert = require('node:assert');
const { runFixture } = require('../fixtures/test-runner/helper.js');

// Without --test-only.
{
  const { status, stdout, stderr } = runFixture('only.js', []);
  assert.strictEqual(status, 0);
  assert.strictEqual(stderr, '');
  assert.strictEqual(stdout, String.raw`TAP version 13
# Subtest: no only
ok 1 - no only
  ---
  duration_ms: *
  ...
# Subtest: with only
    # Subtest: runs
    ok 1 - runs
      ---
      duration_ms: *
      ...
    # Subtest: not marked
    ok 2 - not marked
      ---
      duration_ms: *
      ...
    # 'only' and 'runOnly' require the --test-only command-line option.
    # Subtest: marked
    ok 3 - marked
      ---
      duration_ms: *
      ...
    # 'only' and 'runOnly' require the --test-only command-line option.
    1..3
ok 2 - with only
  ---
  duration_ms: *
  ...
# 'only' and 'runOnly' require the --test-only command-line option.
# Subtest: suite without only
    # Subtest: plain
    ok 1 - plain
      ---
      duration_ms: *
      ...
    # Subtest: marked
    ok 2 - marked
      ---
      duration_ms: *
      ...
    # 'only' and 'runOnly' require the --test-only command-line option.
    1..2
ok 3 - suite without only
  ---
  duration_ms: *
  type: 'suite'
  ...
# Subtest: suite with only
    # Subtest: plain
    ok 1 - plain
      ---
      duration_ms: *
      ...
    # Subtest: marked
    ok 2 - marked
      ---
      duration_ms: *
      ...
    # 'only' and 'runOnly' require the --test-only command-line option.
    1..2
ok 4 - suite with only
  ---
  duration_ms: *
  type: 'suite'
  ...
# 'only' and 'runOnly' require the --test-only command-line option.
1..4
# tests 9
# suites 2
# pass 9
# fail 0
# cancelled 0
# skipped 0
# todo 0
# duration_ms *
`);
}

// With --test-only.
{
  const { status, stdout, stderr } = runFixture('only.js', ['--test-only']);
  assert.strictEqual(status, 0);
  assert.strictEqual(stderr, '');
  assert.strictEqual(stdout, String.raw`TAP version 13
# Subtest: no only
ok 1 - no only # SKIP 'only' option not set
  ---
  duration_ms: *
  ...
# Subtest: with only
    # Subtest: runs
    ok 1 - runs
      ---
      duration_ms: *
      ...
    # Subtest: not marked
    ok 2 - not marked # SKIP 'only' option not set
      ---
      duration_ms: *
      ...
    # Subtest: marked
    ok 3 - marked
      ---
      duration_ms: *
      ...
    1..3
ok 2 - with only
  ---
  duration_ms: *
  ...
# Subtest: suite without only
ok 3 - suite without only # SKIP 'only' option not set
  ---
  duration_ms: *
  type: 'suite'
  ...
# Subtest: suite with only
    # Subtest: plain
    ok 1 - plain # SKIP 'only' option not set
      ---
      duration_ms: *
      ...
    # Subtest: marked
    ok 2 - marked
      ---
      duration_ms: *
      ...
    1..2
ok 4 - suite with only
  ---
  duration_ms: *
  type: 'suite'
  ...
1..4
# tests 7
# suites 2
# pass 4
# fail 0
# cancelled 0
# skipped 3
# todo 0
# duration_ms *
`);
}
