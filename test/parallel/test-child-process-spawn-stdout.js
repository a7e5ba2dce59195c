'use strict';
// spawn(): stdout and stderr arrive as Buffers (or strings after setEncoding), the
// exit code reaches 'exit' and 'close', and large output arrives whole and in order.
const common = require('../common');
const assert = require('node:assert');
const { spawn, ChildProcess } = require('node:child_process');

{
  const child = spawn('sh', ['-c', 'echo out; echo err >&2; exit 7']);
  assert.ok(child instanceof ChildProcess);
  assert.strictEqual(typeof child.pid, 'number');
  assert.strictEqual(child.spawnfile, 'sh');
  assert.deepStrictEqual(child.spawnargs, ['sh', '-c', 'echo out; echo err >&2; exit 7']);
  assert.strictEqual(child.exitCode, null);
  assert.strictEqual(child.signalCode, null);
  assert.strictEqual(child.killed, false);
  assert.strictEqual(child.connected, false);
  assert.strictEqual(child.stdio.length, 3);
  assert.strictEqual(child.stdio[0], child.stdin);
  assert.strictEqual(child.stdio[1], child.stdout);
  assert.strictEqual(child.stdio[2], child.stderr);
  assert.strictEqual(child.stdout.readable, true);
  assert.strictEqual(child.stdin.readable, false);
  assert.strictEqual(child.stdin.writable, true);

  const out = [];
  const err = [];
  child.stdout.on('data', (chunk) => {
    assert.ok(Buffer.isBuffer(chunk));
    out.push(chunk);
  });
  child.stderr.on('data', (chunk) => err.push(chunk));
  child.on('spawn', common.mustCall());
  child.on('exit', common.mustCall((code, signal) => {
    assert.strictEqual(code, 7);
    assert.strictEqual(signal, null);
    assert.strictEqual(child.exitCode, 7);
  }));
  child.on('close', common.mustCall((code, signal) => {
    assert.strictEqual(code, 7);
    assert.strictEqual(signal, null);
    assert.strictEqual(Buffer.concat(out).toString(), 'out\n');
    assert.strictEqual(Buffer.concat(err).toString(), 'err\n');
  }));
}

{
  const child = spawn('printf', ['h\\303\\251llo']);
  child.stdout.setEncoding('utf8');
  let text = '';
  child.stdout.on('data', (chunk) => {
    assert.strictEqual(typeof chunk, 'string');
    text += chunk;
  });
  child.on('close', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(text, 'héllo');
  }));
}

{
  // 1 MiB of numbered lines: many reads, nothing lost or reordered.
  const child = spawn('seq', ['1', '150000']);
  const chunks = [];
  child.stdout.on('data', (chunk) => chunks.push(chunk));
  child.stdout.on('end', common.mustCall());
  child.on('close', common.mustCall((code) => {
    assert.strictEqual(code, 0);
    const lines = Buffer.concat(chunks).toString().split('\n');
    assert.strictEqual(lines.length, 150001);
    assert.strictEqual(lines[0], '1');
    assert.strictEqual(lines[149999], '150000');
    assert.strictEqual(lines[150000], '');
    for (let i = 0; i < 150000; i += 9973) assert.strictEqual(lines[i], String(i + 1));
  }));
}
