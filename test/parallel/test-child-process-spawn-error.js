'use strict';
// A spawn that fails (ENOENT, bad cwd) emits 'error' on the next tick with Node's
// system error, then 'close' with the negative code; 'spawn' and 'exit' never come.
// Invalid arguments throw synchronously.
const common = require('../common');
const assert = require('node:assert');
const { spawn } = require('node:child_process');

{
  const child = spawn('no-such-command-rt', ['--flag', 'arg']);
  assert.strictEqual(child.pid, undefined);
  child.on('spawn', common.mustNotCall());
  child.on('exit', common.mustNotCall());
  child.on('error', common.mustCall((err) => {
    assert.strictEqual(err.message, 'spawn no-such-command-rt ENOENT');
    assert.strictEqual(err.errno, -2);
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'spawn no-such-command-rt');
    assert.strictEqual(err.path, 'no-such-command-rt');
    assert.deepStrictEqual(err.spawnargs, ['--flag', 'arg']);
    assert.deepStrictEqual(Object.keys(err), ['errno', 'code', 'syscall', 'path', 'spawnargs']);
    assert.strictEqual(child.exitCode, -2);
  }));
  child.stdout.on('end', common.mustCall());
  child.on('close', common.mustCall((code, signal) => {
    assert.strictEqual(code, -2);
    assert.strictEqual(signal, null);
  }));
}

{
  const child = spawn('pwd', { cwd: '/no/such/directory/rt' });
  child.on('error', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ENOENT');
    assert.strictEqual(err.syscall, 'spawn pwd');
  }));
}

assert.throws(() => spawn(''), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'file' cannot be empty. Received ''",
});
assert.throws(() => spawn(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "file" argument must be of type string. Received type number (1)',
});
assert.throws(() => spawn('echo', 'a'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "args" argument must be of type object. Received type string (\'a\')',
});
assert.throws(() => spawn('echo', [], { stdio: 'bogus' }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'stdio' is invalid. Received 'bogus'",
});
assert.throws(() => spawn('echo', [], { stdio: [null, null, {}] }), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'stdio' is invalid. Received {}",
});
assert.throws(() => spawn('echo', [], { uid: 1.5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.uid" property must be int32. Received type number (1.5)',
});
assert.throws(() => spawn('echo', [], { detached: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => spawn('echo', [], { shell: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => spawn('echo', [], { killSignal: 'SIGNOPE' }), {
  code: 'ERR_UNKNOWN_SIGNAL',
});
assert.throws(() => spawn('echo', [], { signal: {} }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.signal" property must be an instance of AbortSignal. Received an ' +
           'instance of Object',
});
assert.throws(() => spawn('echo', ['a\u0000']), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'args[0]' must be a string without null bytes. Received 'a\\x00'",
});
assert.throws(() => spawn('echo', [], { stdio: ['pipe', 'pipe', 'pipe', 'string input'] }), {
  code: 'ERR_INVALID_SYNC_FORK_INPUT',
  message: "Asynchronous forks do not support Buffer, TypedArray, DataView or string input: " +
           "'string input'",
});
