'use strict';
require('../common');
const assert = require('node:assert');
const constants = require('constants');
const os = require('os');
const fs = require('fs');
const crypto = require('crypto');

assert.strictEqual(require('node:constants'), constants);
assert.strictEqual(Object.isFrozen(constants), true);
assert.strictEqual(Object.getPrototypeOf(constants), Object.prototype);

// Every value comes from one of the grouped constants objects.
const sources = [
  os.constants.dlopen, os.constants.errno, os.constants.priority,
  os.constants.signals, fs.constants, crypto.constants,
];
for (const source of sources) {
  for (const key of Object.keys(source)) {
    if (key === 'defaultCipherList') continue;
    assert.strictEqual(constants[key], source[key], key);
  }
}
const expectedKeys = new Set();
for (const source of sources) {
  for (const key of Object.keys(source)) expectedKeys.add(key);
}
expectedKeys.delete('defaultCipherList');
const actualKeys = new Set(Object.keys(constants));
actualKeys.delete('defaultCipherList');
assert.deepStrictEqual([...actualKeys].sort(), [...expectedKeys].sort());

assert.strictEqual(constants.ENOENT, 2);
assert.strictEqual(constants.SIGTERM, 15);
assert.strictEqual(constants.O_RDONLY, 0);
assert.strictEqual(constants.RTLD_LAZY, 1);
assert.strictEqual(constants.PRIORITY_LOW, 19);
assert.strictEqual(constants.SSL_OP_NO_SSLv3, crypto.constants.SSL_OP_NO_SSLv3);

assert.throws(() => { constants.ENOENT = 3; }, TypeError);
assert.strictEqual(constants.ENOENT, 2);
