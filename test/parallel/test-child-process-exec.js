'use strict';
// exec(): runs the command in /bin/sh (or options.shell), calls back with
// (error, stdout, stderr); a failing command gives Node's "Command failed" error.
const common = require('../common');
const assert = require('node:assert');
const util = require('node:util');
const { exec } = require('node:child_process');

exec('echo "$((6 * 7))"; echo oops >&2', common.mustSucceed((stdout, stderr) => {
  assert.strictEqual(stdout, '42\n');
  assert.strictEqual(stderr, 'oops\n');
}));

exec('echo bad >&2; exit 3', common.mustCall((err, stdout, stderr) => {
  assert.ok(err instanceof Error);
  assert.strictEqual(err.message, 'Command failed: echo bad >&2; exit 3\nbad\n');
  assert.strictEqual(err.code, 3);
  assert.strictEqual(err.killed, false);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.cmd, 'echo bad >&2; exit 3');
  assert.deepStrictEqual(Object.keys(err), ['code', 'killed', 'signal', 'cmd']);
  assert.strictEqual(stdout, '');
  assert.strictEqual(stderr, 'bad\n');
}));

exec('printf "\\001\\002"', { encoding: 'buffer' }, common.mustSucceed((stdout, stderr) => {
  assert.deepStrictEqual(stdout, Buffer.from([1, 2]));
  assert.deepStrictEqual(stderr, Buffer.alloc(0));
}));

exec('echo $0', { shell: '/bin/bash' }, common.mustSucceed((stdout) => {
  assert.strictEqual(stdout, '/bin/bash\n');
}));

exec('sleep 30', { timeout: 1 }, common.mustCall((err, stdout, stderr) => {
  assert.strictEqual(err.message, 'Command failed: sleep 30\n');
  assert.strictEqual(err.killed, true);
  assert.strictEqual(err.code, null);
  assert.strictEqual(err.signal, 'SIGTERM');
  assert.strictEqual(stdout, '');
}));

exec('sleep 30', { timeout: 1, killSignal: 'SIGKILL' }, common.mustCall((err) => {
  assert.strictEqual(err.signal, 'SIGKILL');
  assert.strictEqual(err.killed, true);
}));

exec('printf 0123456789', { maxBuffer: 4 }, common.mustCall((err, stdout) => {
  assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
  assert.strictEqual(err.name, 'RangeError');
  assert.strictEqual(err.message, 'stdout maxBuffer length exceeded');
  assert.strictEqual(err.cmd, 'printf 0123456789');
  assert.strictEqual(stdout, '0123');
}));

const child = exec('exit 0', common.mustSucceed());
assert.strictEqual(child.spawnfile, '/bin/sh');
assert.deepStrictEqual(child.spawnargs, ['/bin/sh', '-c', 'exit 0']);

util.promisify(exec)('echo promised').then(common.mustCall((result) => {
  assert.deepStrictEqual(result, { stdout: 'promised\n', stderr: '' });
}));
util.promisify(exec)('echo no >&2; exit 1').catch(common.mustCall((err) => {
  assert.strictEqual(err.code, 1);
  assert.strictEqual(err.stdout, '');
  assert.strictEqual(err.stderr, 'no\n');
}));

assert.throws(() => exec(42), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
assert.throws(() => exec('echo \u0000'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'command' must be a string without null bytes. Received 'echo \\x00'",
});
assert.throws(() => exec('echo', { timeout: -1 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "timeout" is out of range. It must be an unsigned integer. Received -1',
});
assert.throws(() => exec('echo', { maxBuffer: 'x' }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.maxBuffer" is out of range. It must be a positive number. ' +
           "Received 'x'",
});
