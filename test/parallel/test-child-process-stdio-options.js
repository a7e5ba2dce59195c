'use strict';
// The stdio option: 'ignore', 'inherit', fds, extra pipes beyond fd 2, and the
// child.stdio array that mirrors it.
const common = require('../common');
const assert = require('node:assert');
const { spawn, spawnSync } = require('node:child_process');

{
  const child = spawn('true', { stdio: 'ignore' });
  assert.strictEqual(child.stdin, null);
  assert.strictEqual(child.stdout, null);
  assert.strictEqual(child.stderr, null);
  assert.deepStrictEqual(child.stdio, [null, null, null]);
  child.on('close', common.mustCall((code) => assert.strictEqual(code, 0)));
}

{
  const child = spawn('true', { stdio: ['pipe', 'inherit', 'ignore'] });
  assert.notStrictEqual(child.stdin, null);
  assert.strictEqual(child.stdout, null);
  assert.strictEqual(child.stderr, null);
  child.on('close', common.mustCall());
}

{
  // A fourth pipe: the child writes to fd 3.
  const child = spawn('sh', ['-c', 'echo three >&3'], { stdio: ['pipe', 'pipe', 'pipe', 'pipe'] });
  assert.strictEqual(child.stdio.length, 4);
  let out = '';
  child.stdio[3].on('data', (chunk) => { out += chunk; });
  child.on('close', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(out, 'three\n');
  }));
}

{
  // A child's stdout given to another child as its stdin.
  const first = spawn('echo', ['handed over']);
  const second = spawn('cat', { stdio: [first.stdout, 'pipe', 'pipe'] });
  let out = '';
  second.stdout.on('data', (chunk) => { out += chunk; });
  second.on('close', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(out, 'handed over\n');
  }));
}

{
  // 'inherit' in spawnSync: the child writes straight to our stdout/stderr, which
  // are fds the test runner reads; inherit stdin only here, where nothing is read.
  const r = spawnSync('true', { stdio: 'inherit' });
  assert.strictEqual(r.status, 0);
  assert.deepStrictEqual(r.output, [null, null, null]);
}
