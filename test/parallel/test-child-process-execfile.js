'use strict';
// execFile(): runs a file without a shell; arguments pass through untouched; a file
// that does not exist gives the spawn ENOENT error in the callback.
const common = require('../common');
const assert = require('node:assert');
const util = require('node:util');
const { execFile } = require('node:child_process');

execFile('printf', ['%s|%s', 'a b', '$HOME'], common.mustSucceed((stdout, stderr) => {
  assert.strictEqual(stdout, 'a b|$HOME');
  assert.strictEqual(stderr, '');
}));

execFile('sh', ['-c', 'exit 4'], common.mustCall((err) => {
  assert.strictEqual(err.message, 'Command failed: sh -c exit 4\n');
  assert.strictEqual(err.code, 4);
  assert.strictEqual(err.cmd, 'sh -c exit 4');
}));

execFile('no-such-file-rt-test', ['x', 'y'], common.mustCall((err, stdout, stderr) => {
  assert.strictEqual(err.message, 'spawn no-such-file-rt-test ENOENT');
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.errno, -2);
  assert.strictEqual(err.syscall, 'spawn no-such-file-rt-test');
  assert.strictEqual(err.path, 'no-such-file-rt-test');
  assert.deepStrictEqual(err.spawnargs, ['x', 'y']);
  assert.strictEqual(err.cmd, 'no-such-file-rt-test x y');
  assert.strictEqual(stdout, '');
  assert.strictEqual(stderr, '');
}));

// Options and callback in every position.
execFile('pwd', { cwd: '/' }, common.mustSucceed((stdout) => assert.strictEqual(stdout, '/\n')));
execFile('pwd', null, { cwd: '/' }, common.mustSucceed((stdout) => {
  assert.strictEqual(stdout, '/\n');
}));
execFile('true', common.mustSucceed((stdout) => assert.strictEqual(stdout, '')));
execFile('echo', ['x'], { encoding: 'latin1' }, common.mustSucceed((stdout) => {
  assert.strictEqual(stdout, 'x\n');
}));

util.promisify(execFile)('echo', ['p']).then(common.mustCall((result) => {
  assert.deepStrictEqual(result, { stdout: 'p\n', stderr: '' });
}));

assert.throws(() => execFile('echo', [], 'bad'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type string (\'bad\')',
});
assert.throws(() => execFile('echo', [], {}, 'bad'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received type string (\'bad\')',
});
