'use strict';
// `--test`: finds test files by name, runs each in a child, sums the TAP summary.
require('../common');
const assert = require('node:assert');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const fixtures = require('../common/fixtures');

const cwd = fixtures.path('test-runner', 'cli');
const env = { ...process.env };
delete env.NODE_TEST_CONTEXT;

function runTest(args) {
  return spawnSync(process.execPath, ['--test', ...args], { cwd, env, encoding: 'utf8' });
}

function summary(stdout) {
  const counts = {};
  for (const m of stdout.matchAll(/^# (tests|suites|pass|fail|cancelled|skipped|todo) (\d+)$/gm)) {
    counts[m[1]] = Number(m[2]);
  }
  return counts;
}

const expectedZero = { suites: 0, cancelled: 0, skipped: 0, todo: 0 };

// No arguments: pass.test.js, fail_test.js and sub/test/util.mjs; not helper.js.
{
  const child = runTest([]);
  assert.strictEqual(child.status, 1, child.stderr);
  assert.match(child.stdout, /^TAP version 13\n/);
  assert.deepStrictEqual(summary(child.stdout),
                         { tests: 5, pass: 4, fail: 1, ...expectedZero });
  assert.match(child.stdout, /^not ok \d+ - fails$/m);
  assert.match(child.stdout, /^ok \d+ - passes one$/m);
  assert.match(child.stdout, /^ok \d+ - found below a test directory$/m);
  assert.match(child.stdout, /^1\.\.5$/m);
  assert.doesNotMatch(child.stdout, /helper\.js must not be run/);
  assert.doesNotMatch(child.stderr, /helper\.js must not be run/);
}

// Only the passing file: exit code 0.
{
  const child = runTest(['pass.test.js']);
  assert.strictEqual(child.status, 0, child.stderr);
  assert.deepStrictEqual(summary(child.stdout),
                         { tests: 2, pass: 2, fail: 0, ...expectedZero });
  assert.match(child.stdout, /^ok 1 - passes one\n/m);
  assert.match(child.stdout, /^ok 2 - passes two\n/m);
}

// Only the failing file.
{
  const child = runTest(['fail_test.js']);
  assert.strictEqual(child.status, 1);
  assert.deepStrictEqual(summary(child.stdout),
                         { tests: 2, pass: 1, fail: 1, ...expectedZero });
}

// A file that is named explicitly runs whatever its name; one that throws fails.
{
  const child = runTest(['helper.js']);
  assert.strictEqual(child.status, 1);
  assert.deepStrictEqual(summary(child.stdout),
                         { tests: 1, pass: 0, fail: 1, ...expectedZero });
  assert.match(child.stdout, /helper\.js must not be run/);
}

// A missing path.
{
  const child = runTest(['missing.test.js']);
  assert.strictEqual(child.status, 1);
  assert.strictEqual(child.stdout, '');
  assert.strictEqual(child.stderr, `Could not find '${path.join(cwd, 'missing.test.js')}'\n`);
}
