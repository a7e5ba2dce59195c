'use strict';
// spawn() with options.signal kills the child when the signal aborts (an AbortError
// then comes through 'error'); options.timeout kills it with killSignal.
const common = require('../common');
const assert = require('node:assert');
const { spawn, execFile } = require('node:child_process');

{
  const controller = new AbortController();
  const child = spawn('sleep', ['30'], { signal: controller.signal });
  child.on('error', common.mustCall((err) => {
    assert.strictEqual(err.name, 'AbortError');
    assert.strictEqual(err.code, 'ABORT_ERR');
    assert.strictEqual(err.message, 'The operation was aborted');
    assert.strictEqual(err.cause, 'why');
  }));
  child.on('exit', common.mustCall((code, signal) => {
    assert.strictEqual(code, null);
    assert.strictEqual(signal, 'SIGTERM');
  }));
  controller.abort('why');
}

{
  // Already aborted: killed right after spawning, with the chosen signal.
  const child = spawn('sleep', ['30'], { signal: AbortSignal.abort(), killSignal: 'SIGKILL' });
  child.on('error', common.mustCall((err) => assert.strictEqual(err.name, 'AbortError')));
  child.on('exit', common.mustCall((code, signal) => assert.strictEqual(signal, 'SIGKILL')));
}

{
  const controller = new AbortController();
  execFile('sleep', ['30'], { signal: controller.signal }, common.mustCall((err) => {
    assert.strictEqual(err.name, 'AbortError');
  }));
  controller.abort();
}

{
  const child = spawn('sleep', ['30'], { timeout: 1, killSignal: 'SIGINT' });
  child.on('exit', common.mustCall((code, signal) => {
    assert.strictEqual(code, null);
    assert.strictEqual(signal, 'SIGINT');
    assert.strictEqual(child.killed, true);
  }));
}

{
  // A child that ends before the timeout is not killed.
  const child = spawn('true', { timeout: 100000 });
  child.on('exit', common.mustCall((code, signal) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(child.killed, false);
  }));
}
