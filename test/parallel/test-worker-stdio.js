'use strict';
// Worker stdio: with stdout/stderr: true the worker's output is readable on the Worker;
// with stdin: true the parent writes the worker's process.stdin.
const common = require('../common');
const assert = require('assert');
const { Worker } = require('worker_threads');

const worker = new Worker(`
  console.log('to stdout', 1);
  console.error('to stderr');
  process.stdin.setEncoding('utf8');
  let input = '';
  process.stdin.on('data', (chunk) => { input += chunk; });
  process.stdin.on('end', () => process.stdout.write('got ' + input + '\\n'));
`, { eval: true, stdout: true, stderr: true, stdin: true });

let out = '';
let err = '';
worker.stdout.setEncoding('utf8');
worker.stderr.setEncoding('utf8');
worker.stdout.on('data', (chunk) => { out += chunk; });
worker.stderr.on('data', (chunk) => { err += chunk; });
worker.stdin.write('hello ');
worker.stdin.end('world');
worker.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  setImmediate(common.mustCall(() => {
    assert.strictEqual(out, 'to stdout 1\ngot hello world\n');
    assert.strictEqual(err, 'to stderr\n');
  }));
}));

// Without stdin: true, process.stdin in a worker is an ended stream; without
// stdout: true, the output goes to the parent's process.stdout.
const plain = new Worker('process.stdin.on("end", () => {}); process.stdin.resume(); console.log("plain")',
                         { eval: true });
assert.strictEqual(plain.stdin, null);
plain.on('exit', common.mustCall((code) => assert.strictEqual(code, 0)));
