'use strict';
// os.tmpdir(): TMPDIR, then TMP, then TEMP, then /tmp; one trailing slash is
// removed unless the path is just "/".
require('../common');
const assert = require('node:assert');
const os = require('node:os');

function withEnv(env, fn) {
  const saved = {};
  for (const key of ['TMPDIR', 'TMP', 'TEMP']) {
    saved[key] = process.env[key];
    delete process.env[key];
    if (env[key] !== undefined) process.env[key] = env[key];
  }
  try {
    return fn();
  } finally {
    for (const key of Object.keys(saved)) {
      if (saved[key] === undefined) delete process.env[key];
      else process.env[key] = saved[key];
    }
  }
}

assert.strictEqual(withEnv({}, os.tmpdir), '/tmp');
assert.strictEqual(withEnv({ TMPDIR: '/a', TMP: '/b', TEMP: '/c' }, os.tmpdir), '/a');
assert.strictEqual(withEnv({ TMP: '/b', TEMP: '/c' }, os.tmpdir), '/b');
assert.strictEqual(withEnv({ TEMP: '/c' }, os.tmpdir), '/c');
assert.strictEqual(withEnv({ TMPDIR: '', TMP: '/b' }, os.tmpdir), '/b');
assert.strictEqual(withEnv({ TMPDIR: '/x/y/' }, os.tmpdir), '/x/y');
assert.strictEqual(withEnv({ TMPDIR: '/x/y//' }, os.tmpdir), '/x/y/');
assert.strictEqual(withEnv({ TMPDIR: '/' }, os.tmpdir), '/');
assert.strictEqual(withEnv({ TMPDIR: '/from/prim/' }, () => `${os.tmpdir}`), '/from/prim');
