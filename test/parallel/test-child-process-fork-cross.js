'use strict';
// The IPC wire format is Node's: rt forks real node, and node forks rt. Runs under
// either one, with the other as the child (found as `node` on PATH, or rt next to this
// checkout in out/Release, or $RT_BINARY); skipped when the other is not there.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { fork, spawnSync } = require('node:child_process');

if (process.argv[2] === 'child') {
  process.on('message', (message) => {
    if (message === 'end') {
      process.disconnect();
      return;
    }
    process.send({ from: typeof process.versions.rt === 'string' ? 'rt' : 'node', message });
  });
  return;
}

const underRt = typeof process.versions.rt === 'string';
let other;
if (underRt) {
  if (spawnSync('node', ['--version']).status === 0) other = 'node';
} else {
  const rt = process.env.RT_BINARY || path.join(__dirname, '..', '..', 'out', 'Release', 'rt');
  if (fs.existsSync(rt)) other = rt;
}
if (other === undefined) common.skip('no other runtime to fork');

const messages = ['plain', { é: '😀\n', list: [1, null, true] }, 'x'.repeat(100000)];
const child = fork(__filename, ['child'], { execPath: other });
const replies = [];
child.on('message', common.mustCall((reply) => {
  replies.push(reply);
  if (replies.length === messages.length) child.send('end');
}, messages.length));
for (const message of messages) child.send(message);
child.on('disconnect', common.mustCall());
child.on('close', common.mustCall((code, signal) => {
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
  const from = underRt ? 'node' : 'rt';
  assert.deepStrictEqual(replies, messages.map((message) => ({ from, message })));
}));
