'use strict';
// Like Node, realpath (the JS walk, not .native) stops at a link that resolves to a
// pipe or socket and returns the path resolved so far: /dev/stdin on a pipe gives
// /proc/<pid>/fd/pipe:[<inode>] (socket:[...] for a socketpair).
require('../common');
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');

const script = `
const fs = require('fs');
const out = [fs.realpathSync('/dev/stdin'), fs.realpathSync('/proc/self/fd/0')];
try { fs.realpathSync.native('/dev/stdin'); out.push('native ok'); } catch (e) { out.push(e.code); }
fs.realpath('/dev/stdin', (err, p) => {
  out.push(err ? err.code : p);
  fs.writeSync(1, JSON.stringify(out));
});
`;
const { stdout, status } = spawnSync(process.execPath, ['-e', script], {
  input: 'x', encoding: 'utf8',
});
assert.strictEqual(status, 0);
const [viaDev, viaProc, native, async] = JSON.parse(stdout);
assert.match(viaDev, /^\/proc\/\d+\/fd\/(pipe|socket):\[\d+\]$/);
assert.strictEqual(viaProc, viaDev);
assert.strictEqual(native, 'ENOENT');
assert.strictEqual(async, viaDev);
