'use strict';
// spawnSync(): the result object { status, signal, output, pid, stdout, stderr,
// error? }, with input, encoding, timeout, maxBuffer and spawn failures.
require('../common');
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');

{
  const r = spawnSync('sh', ['-c', 'echo out; echo err >&2; exit 3']);
  assert.deepStrictEqual(Object.keys(r), ['status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
  assert.strictEqual(r.status, 3);
  assert.strictEqual(r.signal, null);
  assert.strictEqual(typeof r.pid, 'number');
  assert.ok(r.pid > 0);
  assert.deepStrictEqual(r.output, [null, Buffer.from('out\n'), Buffer.from('err\n')]);
  assert.strictEqual(r.stdout, r.output[1]);
  assert.strictEqual(r.stderr, r.output[2]);
}

{
  const r = spawnSync('cat', { input: 'from input' });
  assert.deepStrictEqual(r.stdout, Buffer.from('from input'));
  const big = Buffer.alloc(1024 * 1024, 'z');
  const r2 = spawnSync('cat', { input: big, maxBuffer: Infinity });
  assert.strictEqual(r2.status, 0);
  assert.ok(r2.stdout.equals(big));
  const r3 = spawnSync('cat', { input: new Uint8Array([104, 105]), encoding: 'utf8' });
  assert.deepStrictEqual(r3.output, [null, 'hi', '']);
  assert.throws(() => spawnSync('cat', { stdio: [{ input: 'x' }] }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'stdio' is invalid. Received { input: 'x' }",
  });
}

{
  const r = spawnSync('sh', ['-c', 'kill -USR2 $$']);
  assert.strictEqual(r.status, null);
  assert.strictEqual(r.signal, 'SIGUSR2');
  assert.strictEqual(r.error, undefined);
}

{
  const r = spawnSync('sh', ['-c', 'echo partial; sleep 30'], { timeout: 200 });
  assert.strictEqual(r.status, null);
  assert.strictEqual(r.signal, 'SIGTERM');
  assert.strictEqual(r.error.message, 'spawnSync sh ETIMEDOUT');
  assert.strictEqual(r.error.code, 'ETIMEDOUT');
  assert.strictEqual(r.error.errno, -110);
  assert.strictEqual(r.error.syscall, 'spawnSync sh');
  assert.strictEqual(r.error.path, 'sh');
  assert.deepStrictEqual(r.error.spawnargs, ['-c', 'echo partial; sleep 30']);
  assert.deepStrictEqual(r.stdout, Buffer.from('partial\n'));
  assert.deepStrictEqual(Object.keys(r),
                         ['error', 'status', 'signal', 'output', 'pid', 'stdout', 'stderr']);

  const k = spawnSync('sleep', ['30'], { timeout: 1, killSignal: 'SIGKILL' });
  assert.strictEqual(k.signal, 'SIGKILL');
  assert.strictEqual(k.error.code, 'ETIMEDOUT');
}

{
  const r = spawnSync('sh', ['-c', 'head -c 100000 /dev/zero; sleep 30'], { maxBuffer: 10 });
  assert.strictEqual(r.error.message, 'spawnSync sh ENOBUFS');
  assert.strictEqual(r.error.code, 'ENOBUFS');
  assert.strictEqual(r.status, null);
  assert.strictEqual(r.signal, 'SIGTERM');
  assert.ok(r.stdout.length > 10);
}

{
  const r = spawnSync('no-such-command-rt', ['a']);
  assert.deepStrictEqual(Object.keys(r),
                         ['error', 'status', 'signal', 'output', 'pid', 'stdout', 'stderr']);
  assert.strictEqual(r.error.message, 'spawnSync no-such-command-rt ENOENT');
  assert.strictEqual(r.error.code, 'ENOENT');
  assert.strictEqual(r.error.errno, -2);
  assert.strictEqual(r.error.syscall, 'spawnSync no-such-command-rt');
  assert.strictEqual(r.error.path, 'no-such-command-rt');
  assert.deepStrictEqual(r.error.spawnargs, ['a']);
  assert.strictEqual(r.status, null);
  assert.strictEqual(r.signal, null);
  assert.strictEqual(r.output, null);
  assert.strictEqual(r.pid, 0);
  assert.strictEqual(r.stdout, null);
  assert.strictEqual(r.stderr, null);
}

{
  // Non-pipe stdio has no output slot.
  const r = spawnSync('sh', ['-c', 'echo x'], { stdio: ['ignore', 'ignore', 'pipe'] });
  assert.deepStrictEqual(r.output, [null, null, Buffer.alloc(0)]);
  const r2 = spawnSync('true', { stdio: 'ignore' });
  assert.deepStrictEqual(r2.output, [null, null, null]);
  const r3 = spawnSync('sh', ['-c', 'echo extra >&3'], { stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
  assert.deepStrictEqual(r3.output[3], Buffer.from('extra\n'));
}

assert.throws(() => spawnSync('cat', { input: 5 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.stdio[0]" property must be of type string or an instance of ' +
           'Buffer, TypedArray, or DataView. Received type number (5)',
});
assert.throws(() => spawnSync('cat', { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] }), {
  code: 'ERR_IPC_SYNC_FORK',
  message: 'IPC cannot be used with synchronous forks',
});
