'use strict';
// A non-Error thrown out of code that ran as a script with displayed errors (-e, -p,
// stdin, vm) prints like an Error: the arrow, a blank line, the value inspected. Thrown
// from a file or a later callback it prints after a blank line, the arrow right above.
// Primitives print the file way everywhere.
require('../common');
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const runtime = path.basename(process.execPath);
const hint = `(Use \`${runtime} --trace-uncaught ...\` to show where the exception was thrown)`;

function stderrOf(args, input, status = 1) {
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', input });
  assert.strictEqual(child.status, status);
  return child.stderr.slice(0, child.stderr.lastIndexOf('\n\n'));
}

assert.strictEqual(stderrOf(['-e', 'throw {a:1}']), '[eval]:1\nthrow {a:1}\n^\n\n{ a: 1 }');
assert.strictEqual(stderrOf(['-p', 'throw {a:1}']), '[eval]:1\nthrow {a:1}\n^\n\n{ a: 1 }');
assert.strictEqual(stderrOf([], 'throw {a:1}\n'), '[stdin]:1\nthrow {a:1}\n^\n\n{ a: 1 }');
assert.strictEqual(stderrOf(['-'], 'throw [1]\n'), '[stdin]:1\nthrow [1]\n^\n\n[ 1 ]');
assert.strictEqual(stderrOf(['-e', "require('vm').runInThisContext('throw {b:2}')"]),
                   'evalmachine.<anonymous>:1\nthrow {b:2}\n^\n\n{ b: 2 }');

assert.strictEqual(stderrOf(['-e', 'throw 5']), `\n[eval]:1\nthrow 5\n^\n5\n${hint}`);
assert.strictEqual(stderrOf(['-e', 'setTimeout(() => { throw {a:1} })']),
                   '\n[eval]:1\nsetTimeout(() => { throw {a:1} })\n                   ^\n{ a: 1 }');
// Thrown by an 'uncaughtException' listener: exit code 7, printed the file way.
assert.strictEqual(
  stderrOf(['-e', "process.on('uncaughtException', () => { throw {b:2} }); throw 1"], '', 7),
  "\n[eval]:1\nprocess.on('uncaughtException', () => { throw {b:2} }); throw 1\n" +
  '                                        ^\n{ b: 2 }');

// Reported from lib/: the internal line shown is Node's.
assert.match(stderrOf(['-e', 'Promise.reject(5)']),
             /^node:internal\/process\/promises:\d+\n {6}new UnhandledPromiseRejection\(reason\);\n {6}\^\n\n/);
assert.match(stderrOf(['--input-type=module', '-e', 'throw {a:1}']),
             /^\nnode:internal\/[\w/]+:\d+\n {4}triggerUncaughtException\(\n {4}\^\n\{ a: 1 \}$/);
