'use strict';
// 'close' comes after 'exit' and after both output streams have ended, and carries
// the same code and signal as 'exit'.
const common = require('../common');
const assert = require('node:assert');
const { spawn } = require('node:child_process');

const events = [];
const child = spawn('sh', ['-c', 'echo a; echo b >&2']);
child.stdout.resume();
child.stderr.resume();
child.stdout.on('end', common.mustCall(() => events.push('stdout end')));
child.stderr.on('end', common.mustCall(() => events.push('stderr end')));
child.stdout.on('close', common.mustCall(() => events.push('stdout close')));
child.stderr.on('close', common.mustCall(() => events.push('stderr close')));
child.on('exit', common.mustCall((code, signal) => {
  events.push('exit');
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
}));
child.on('close', common.mustCall((code, signal) => {
  events.push('close');
  assert.strictEqual(code, 0);
  assert.strictEqual(signal, null);
}));

process.on('exit', () => {
  assert.strictEqual(events.length, 6);
  const close = events.indexOf('close');
  assert.ok(close > events.indexOf('exit'), events.join());
  assert.ok(close > events.indexOf('stdout end'), events.join());
  assert.ok(close > events.indexOf('stderr end'), events.join());
  assert.ok(events.indexOf('stdout end') < events.indexOf('stdout close'), events.join());
  assert.ok(events.indexOf('stderr end') < events.indexOf('stderr close'), events.join());
});

// Output nobody reads does not hold 'close' back: the exit resumes the pipes.
{
  const unread = spawn('sh', ['-c', 'echo unread; echo unread >&2']);
  unread.on('close', common.mustCall((code) => assert.strictEqual(code, 0)));
}
