'use strict';
// --expose-internals (as Node's own tests use it) makes internal/ modules reachable,
// including internal/test/binding with its warning; without it they are not.
const assert = require('assert');
const { spawnSync } = require('child_process');

const code = `
  const { codes } = require('internal/errors');
  const { internalBinding } = require('internal/test/binding');
  console.log(typeof codes.ERR_INVALID_ARG_TYPE, typeof internalBinding);`;
const exposed = spawnSync(process.execPath, ['--expose-internals', '-e', code],
                          { encoding: 'utf8' });
assert.strictEqual(exposed.status, 0, exposed.stderr);
assert.strictEqual(exposed.stdout, 'function function\n');
assert.match(exposed.stderr,
             /internal\/test\/binding: These APIs are for internal testing only\. Do not use them\./);

const hidden = spawnSync(process.execPath, ['-e', "require('internal/errors')"],
                         { encoding: 'utf8' });
assert.strictEqual(hidden.status, 1);
assert.match(hidden.stderr, /Cannot find module 'internal\/errors'/);
