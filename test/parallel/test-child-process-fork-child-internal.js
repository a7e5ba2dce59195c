'use strict';
// child_process._forkChild(fd, mode) with an unknown serialization mode throws a
// TypeError before reading from fd, as in Node. It used to start an IPC channel on
// the fd anyway: on a regular file or /dev/null that aborted the process.
const common = require('../common');
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');

if (process.argv[2] === 'child') {
  const { _forkChild } = require('node:child_process');
  for (const mode of [undefined, 'xml', 0]) {
    assert.throws(() => _forkChild(0, mode), TypeError);
  }
  assert.throws(() => _forkChild(10n, 'json'), TypeError);
  assert.throws(() => _forkChild({ valueOf() { throw new Error('fd'); } }, 'json'), { message: 'fd' });
  setTimeout(common.mustCall(() => console.log('alive')), 20);
  return;
}

const result = spawnSync(process.execPath, [__filename, 'child'], {
  stdio: [fs.openSync(__filename, 'r'), 'pipe', 'inherit'],
  encoding: 'utf8',
});
assert.strictEqual(result.signal, null);
assert.strictEqual(result.status, 0);
assert.strictEqual(result.stdout, 'alive\n');
