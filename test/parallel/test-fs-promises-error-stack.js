'use strict';
// A failed fs/promises call rejects with an error whose stack names the async
// functions that awaited it, down to the caller, as in Node.
const common = require('../common');
const assert = require('node:assert');
const fsp = require('node:fs/promises');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const missing = tmpdir.resolve('missing');

async function readMissing() {
  return fsp.readFile(missing);
}

async function statMissing() {
  await fsp.stat(missing);
}

(async () => {
  await assert.rejects(readMissing(), (err) => {
    assert.strictEqual(err.code, 'ENOENT');
    const lines = err.stack.split('\n');
    assert.strictEqual(lines[0], `Error: ENOENT: no such file or directory, open '${missing}'`);
    assert.ok(lines.some((l) => /^ {4}at async .*readFile/.test(l)), err.stack);
    assert.ok(lines.some((l) => l.includes(__filename)), err.stack);
    return true;
  });
  await assert.rejects(statMissing(), (err) => {
    assert.strictEqual(err.syscall, 'stat');
    assert.match(err.stack, /\n {4}at async statMissing \(.*test-fs-promises-error-stack\.js:\d+:\d+\)/);
    return true;
  });
})().then(common.mustCall());
