'use strict';
// fork(): messages both ways over the JSON IPC channel, the send() callback and
// return value, subprocess.channel / process.channel, and a child kept alive only
// while it listens for 'message'.
const common = require('../common');
const assert = require('node:assert');
const { fork } = require('node:child_process');

const messages = [
  'hello',
  '',
  42,
  -1.5,
  true,
  false,
  null,
  [1, 'two', [3]],
  { nested: { deep: [null, { x: 'y' }] }, unicode: 'é€😀 \n\u2028 line' },
  { big: 'é€😀'.repeat(40000) },  // several reads on the other end
];

if (process.argv[2] === 'child') {
  assert.strictEqual(process.env.NODE_CHANNEL_FD, undefined);
  assert.strictEqual(process.env.NODE_CHANNEL_SERIALIZATION_MODE, undefined);
  assert.strictEqual(process.connected, true);
  assert.strictEqual(typeof process.send, 'function');
  assert.strictEqual(typeof process.disconnect, 'function');
  assert.strictEqual(typeof process.channel.ref, 'function');
  assert.strictEqual(typeof process.channel.unref, 'function');
  let count = 0;
  process.on('message', (message) => {
    if (message === 'done') {
      // Nothing else keeps this process alive: removing the listener lets it exit.
      process.removeAllListeners('message');
      process.exitCode = 5;
      return;
    }
    count++;
    process.send({ echo: message, count });
  });
  return;
}

const child = fork(__filename, ['child']);
assert.strictEqual(child.connected, true);
assert.strictEqual(child.stdin, null);
assert.strictEqual(child.stdout, null);
assert.strictEqual(child.stdio.length, 4);
assert.deepStrictEqual(child.stdio, [null, null, null, null]);
assert.strictEqual(typeof child.channel.ref, 'function');
assert.strictEqual(typeof child.channel.unref, 'function');

const received = [];
child.on('message', common.mustCall((message) => {
  received.push(message);
  if (received.length === messages.length) child.send('done');
}, messages.length));

let callbacks = 0;
for (const message of messages) {
  const sent = child.send(message, common.mustCall((err) => {
    assert.strictEqual(err, null);
    callbacks++;
  }));
  // false only says "stop sending for a while" (a big message still queued).
  if (message === null || message.big === undefined) assert.strictEqual(sent, true);
}

child.on('exit', common.mustCall((code, signal) => {
  assert.strictEqual(code, 5);
  assert.strictEqual(signal, null);
}));
child.on('disconnect', common.mustCall(() => {
  assert.strictEqual(child.connected, false);
  assert.strictEqual(child.channel, null);
}));
child.on('close', common.mustCall((code) => {
  assert.strictEqual(code, 5);
  assert.strictEqual(callbacks, messages.length);
  assert.deepStrictEqual(received, messages.map((echo, i) => ({ echo, count: i + 1 })));
}));
