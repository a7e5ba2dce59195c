'use strict';
// kill(): the signal ends the child, exit reports (null, 'SIGNAME'), `killed` is set;
// unknown signals throw ERR_UNKNOWN_SIGNAL; killing a dead child returns false.
const common = require('../common');
const assert = require('node:assert');
const { spawn } = require('node:child_process');

{
  const child = spawn('sleep', ['30']);
  child.on('exit', common.mustCall((code, signal) => {
    assert.strictEqual(code, null);
    assert.strictEqual(signal, 'SIGTERM');
    assert.strictEqual(child.exitCode, null);
    assert.strictEqual(child.signalCode, 'SIGTERM');
    assert.strictEqual(child.killed, true);
    assert.strictEqual(child.kill(), false);
  }));
  child.on('close', common.mustCall((code, signal) => {
    assert.strictEqual(code, null);
    assert.strictEqual(signal, 'SIGTERM');
  }));
  assert.strictEqual(child.kill(), true);
  assert.strictEqual(child.killed, true);
}

{
  const child = spawn('sleep', ['30']);
  child.on('exit', common.mustCall((code, signal) => {
    assert.strictEqual(code, null);
    assert.strictEqual(signal, 'SIGKILL');
  }));
  assert.throws(() => child.kill('SIGNOPE'), {
    code: 'ERR_UNKNOWN_SIGNAL',
    name: 'TypeError',
    message: 'Unknown signal: SIGNOPE',
  });
  assert.strictEqual(child.killed, false);
  assert.strictEqual(child.kill(9), true);
}

{
  // A signal the child handles does not end it; signal 0 only probes.
  const child = spawn('sh', ['-c', 'trap "echo got USR1; exit 3" USR1; echo ready; ' +
                                   'while :; do sleep 0.05; done']);
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk) => {
    out += chunk;
    if (out === 'ready\n') {
      assert.strictEqual(child.kill(0), true);
      assert.strictEqual(child.kill('SIGUSR1'), true);
    }
  });
  child.on('close', common.mustCall((code, signal) => {
    assert.strictEqual(out, 'ready\ngot USR1\n');
    assert.strictEqual(code, 3);
    assert.strictEqual(signal, null);
  }));
}

{
  const child = spawn('sh', ['-c', 'kill -KILL $$']);
  child.on('exit', common.mustCall((code, signal) => {
    assert.strictEqual(code, null);
    assert.strictEqual(signal, 'SIGKILL');
    assert.strictEqual(child.killed, false);
  }));
}
