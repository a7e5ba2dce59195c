'use strict';
// os.userInfo() describes the current user as /etc/passwd does;
// os.homedir() follows $HOME.
require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');

const info = os.userInfo();
assert.deepStrictEqual(Object.keys(info), ['uid', 'gid', 'username', 'homedir', 'shell']);
// Null-prototype objects, as Node's (they print as `[Object: null prototype] {...}`).
assert.strictEqual(Object.getPrototypeOf(info), null);
assert.strictEqual(Object.getPrototypeOf(os.userInfo({ encoding: 'buffer' })), null);
assert.strictEqual(info.uid, process.getuid());
assert.strictEqual(info.gid, process.getgid());

const entry = fs.readFileSync('/etc/passwd', 'utf8').split('\n')
  .map((line) => line.split(':'))
  .find((fields) => Number(fields[2]) === info.uid);
if (entry) {
  assert.strictEqual(info.username, entry[0]);
  assert.strictEqual(info.homedir, entry[5]);
  assert.strictEqual(info.shell, entry[6]);
}

assert.deepStrictEqual(os.userInfo('not an object'), info);
const asBuffers = os.userInfo({ encoding: 'buffer' });
assert.ok(Buffer.isBuffer(asBuffers.username));
assert.strictEqual(asBuffers.username.toString(), info.username);

if (process.env.HOME) assert.strictEqual(os.homedir(), process.env.HOME);
assert.strictEqual(`${os.homedir}`, os.homedir());
