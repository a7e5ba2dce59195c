'use strict';
// process.version and process.versions: the components every Node program may
// look up are present as version strings, and the values are read-only.
require('../common');
const assert = require('node:assert');

const versions = process.versions;
assert.strictEqual(typeof versions, 'object');

const versionLike = /^\d+\.\d+(\.\d+)?/;
for (const key of ['node', 'v8', 'uv', 'openssl', 'zlib', 'llhttp', 'modules']) {
  assert.strictEqual(typeof versions[key], 'string', `process.versions.${key}`);
  if (key !== 'modules') {
    assert.match(versions[key], versionLike, `process.versions.${key}`);
  }
}
assert.match(versions.modules, /^\d+$/);
for (const [key, value] of Object.entries(versions)) {
  assert.strictEqual(typeof value, 'string', `process.versions.${key}`);
}

assert.strictEqual(typeof process.version, 'string');
assert.strictEqual(process.version, `v${versions.node}`);
assert.match(process.version, /^v\d+\.\d+\.\d+$/);

// rt reports its own version next to the Node version it implements.
if (versions.rt !== undefined) {
  assert.match(versions.rt, /^\d+\.\d+\.\d+/);
}

// Entries and the properties on process are read-only.
for (const key of ['node', 'v8', 'uv']) {
  assert.deepStrictEqual(Object.getOwnPropertyDescriptor(versions, key), {
    value: versions[key], writable: false, enumerable: true, configurable: true,
  });
}
assert.throws(() => { versions.node = '0.0.0'; }, TypeError);
const before = process.version;
assert.throws(() => { process.version = 'v0.0.0'; }, TypeError);
assert.strictEqual(process.version, before);
assert.throws(() => { process.versions = {}; }, TypeError);
assert.strictEqual(process.versions, versions);
