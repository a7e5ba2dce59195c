'use strict';
// disconnect() from either end: 'disconnect' on both sides, `connected`, the errors
// for a second disconnect() and for send() afterwards, and when 'close' comes.
const common = require('../common');
const assert = require('node:assert');
const { fork } = require('node:child_process');

if (process.argv[2] === 'child-waits') {
  // Listens until the parent disconnects, then reports through its exit code.
  process.on('message', common.mustCall((message) => {
    assert.strictEqual(message, 'first');
  }));
  process.on('disconnect', common.mustCall(() => {
    assert.strictEqual(process.connected, false);
    assert.strictEqual(process.channel, null);
    process.send('late', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_IPC_CHANNEL_CLOSED');
      process.exitCode = 3;
    }));
  }));
  return;
}

if (process.argv[2] === 'child-leaves') {
  process.send('bye', common.mustCall((err) => {
    assert.strictEqual(err, null);
    process.disconnect();
    assert.strictEqual(process.connected, false);
    process.on('error', common.mustCall((err) => {
      assert.strictEqual(err.code, 'ERR_IPC_DISCONNECTED');
      assert.strictEqual(err.message, 'IPC channel is already disconnected');
    }));
    process.disconnect();
  }));
  process.on('disconnect', common.mustCall(() => {
    // Disconnected but still running: the parent sees 'disconnect' before 'exit'.
    setTimeout(() => { process.exitCode = 4; }, 50);
  }));
  return;
}

{
  // The parent disconnects.
  const child = fork(__filename, ['child-waits']);
  child.send('first');
  child.disconnect();
  assert.strictEqual(child.connected, false);
  assert.strictEqual(child.channel, null);

  const errors = [];
  child.on('error', (err) => errors.push(err.code));
  // A second disconnect() emits at once; send() errors come a tick later.
  child.disconnect();
  assert.deepStrictEqual(errors, ['ERR_IPC_DISCONNECTED']);
  assert.strictEqual(child.send('x'), false);
  child.send('y', common.mustCall((err) => {
    assert.strictEqual(err.code, 'ERR_IPC_CHANNEL_CLOSED');
    assert.strictEqual(err.message, 'Channel closed');
  }));
  // Even a message that could not be sent gives ERR_IPC_CHANNEL_CLOSED now.
  assert.strictEqual(child.send(undefined), false);

  child.on('disconnect', common.mustCall());
  child.on('exit', common.mustCall((code, signal) => {
    assert.strictEqual(code, 3);
    assert.strictEqual(signal, null);
    assert.deepStrictEqual(errors, [
      'ERR_IPC_DISCONNECTED', 'ERR_IPC_CHANNEL_CLOSED', 'ERR_IPC_CHANNEL_CLOSED',
    ]);
  }));
  // The channel the parent closed itself never reports its end: no 'close', as in Node.
  child.on('close', common.mustNotCall());
}

{
  // The child disconnects.
  const child = fork(__filename, ['child-leaves']);
  const events = [];
  child.on('message', common.mustCall((message) => events.push(message)));
  child.on('disconnect', common.mustCall(() => {
    events.push('disconnect');
    assert.strictEqual(child.connected, false);
  }));
  child.on('exit', common.mustCall((code) => events.push(`exit ${code}`)));
  child.on('close', common.mustCall((code, signal) => {
    assert.strictEqual(code, 4);
    assert.strictEqual(signal, null);
    assert.deepStrictEqual(events, ['bye', 'disconnect', 'exit 4']);
  }));
}
