'use strict';
// util.debuglog writes "SECTION PID: message" to stderr when NODE_DEBUG names
// the section (case-insensitive, comma separated, * wildcards).
require('../common');
const assert = require('node:assert');
const util = require('node:util');

if (process.argv[2] === 'child') {
  const on = util.debuglog('foo');
  const wild = util.debuglog('bar-baz', (fn) => { process.stdout.write(`cb:${typeof fn}\n`); });
  const off = util.debuglog('other');
  process.stdout.write(`${on.enabled} ${wild.enabled} ${off.enabled}\n`);
  on('hello %s %d', 'world', 42);
  wild({ a: 1 });
  off('never');
  return;
}

const { spawnSync } = require('node:child_process');
const child = spawnSync(process.execPath, [__filename, 'child'], {
  env: { ...process.env, NODE_DEBUG: 'FOO,bar-*' },
  encoding: 'utf8',
});
assert.strictEqual(child.status, 0);
assert.strictEqual(child.stdout, 'true true false\ncb:function\n');
assert.strictEqual(child.stderr,
                   `FOO ${child.pid}: hello world 42\nBAR-BAZ ${child.pid}: { a: 1 }\n`);
