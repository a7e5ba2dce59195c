'use strict';
// execSync() and execFileSync(): return stdout; throw an Error carrying the spawnSync
// result (status, signal, output, pid, stdout, stderr) when the command fails.
require('../common');
const assert = require('node:assert');
const { execSync, execFileSync } = require('node:child_process');

assert.deepStrictEqual(execSync('echo "a  b"'), Buffer.from('a  b\n'));
assert.strictEqual(execSync('cat', { input: 'piped', encoding: 'utf8' }), 'piped');
assert.strictEqual(execSync('echo $0', { shell: '/bin/bash', encoding: 'utf8' }), '/bin/bash\n');
assert.strictEqual(execFileSync('echo', ['x', 'y'], { encoding: 'utf8' }), 'x y\n');
assert.strictEqual(execFileSync('printf', ['%s', '$HOME']).toString(), '$HOME');

{
  let caught;
  try {
    execSync('echo out; echo boom >&2; exit 4', { stdio: 'pipe' });
  } catch (err) {
    caught = err;
  }
  assert.ok(caught instanceof Error);
  assert.strictEqual(caught.message, 'Command failed: echo out; echo boom >&2; exit 4\nboom\n');
  assert.deepStrictEqual(Object.keys(caught),
                         ['status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
  assert.strictEqual(caught.status, 4);
  assert.strictEqual(caught.signal, null);
  assert.deepStrictEqual(caught.stdout, Buffer.from('out\n'));
  assert.deepStrictEqual(caught.stderr, Buffer.from('boom\n'));
  assert.deepStrictEqual(caught.output, [null, caught.stdout, caught.stderr]);
}

{
  let caught;
  try {
    execFileSync('sh', ['-c', 'kill -TERM $$'], { stdio: 'pipe' });
  } catch (err) {
    caught = err;
  }
  assert.strictEqual(caught.message, 'Command failed: sh -c kill -TERM $$');
  assert.strictEqual(caught.status, null);
  assert.strictEqual(caught.signal, 'SIGTERM');
}

{
  let caught;
  try {
    execFileSync('no-such-command-rt', ['q']);
  } catch (err) {
    caught = err;
  }
  assert.strictEqual(caught.message, 'spawnSync no-such-command-rt ENOENT');
  assert.strictEqual(caught.code, 'ENOENT');
  assert.strictEqual(caught.error, caught);
  assert.strictEqual(caught.status, null);
  assert.strictEqual(caught.pid, 0);
  assert.deepStrictEqual(Object.keys(caught),
                         ['errno', 'code', 'syscall', 'path', 'spawnargs', 'error', 'status',
                          'signal', 'output', 'pid', 'stdout', 'stderr']);
}

{
  let caught;
  try {
    execSync('sleep 30', { timeout: 50 });
  } catch (err) {
    caught = err;
  }
  assert.strictEqual(caught.message, 'spawnSync /bin/sh ETIMEDOUT');
  assert.strictEqual(caught.code, 'ETIMEDOUT');
  assert.strictEqual(caught.signal, 'SIGTERM');
  assert.strictEqual(caught.status, null);
}

{
  let caught;
  try {
    execSync('head -c 2000 /dev/zero', { maxBuffer: 100, stdio: 'pipe' });
  } catch (err) {
    caught = err;
  }
  assert.strictEqual(caught.message, 'spawnSync /bin/sh ENOBUFS');
  assert.strictEqual(caught.code, 'ENOBUFS');
}
