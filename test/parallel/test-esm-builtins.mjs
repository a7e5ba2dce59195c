// Every public built-in imports with a default export (its module.exports) and
// its own enumerable properties as named exports, with or without `node:`.
import '../common/index.js';
import assert from 'node:assert';
import fs, { readFileSync } from 'fs';
import * as fsNs from 'node:fs';
import path, { join, sep } from 'node:path';
import EventEmitter, { once } from 'node:events';
import { builtinModules, createRequire } from 'node:module';

const require = createRequire(import.meta.url);
assert.strictEqual(fs, require('fs'));
assert.strictEqual(readFileSync, fs.readFileSync);
assert.strictEqual(fsNs.default, fs);
assert.strictEqual(fsNs.readFileSync, fs.readFileSync);
assert.strictEqual(join('a', 'b'), `a${sep}b`);
assert.strictEqual(path.join, join);
assert.strictEqual(EventEmitter, require('events'));
assert.strictEqual(once, EventEmitter.once);

for (const id of ['path', 'events', 'util', 'assert', 'os', 'url', 'buffer']) {
  assert.ok(builtinModules.includes(id), id);
  const ns = await import(id);
  const prefixed = await import(`node:${id}`);
  assert.strictEqual(ns, prefixed, id);
  assert.strictEqual(ns.default, require(id), id);
  for (const key of Object.keys(require(id))) {
    if (key === 'default') continue;
    assert.ok(key in ns, `${id}.${key}`);
  }
}

await assert.rejects(import('node:no-such-builtin'), {
  code: 'ERR_UNKNOWN_BUILTIN_MODULE',
  message: 'No such built-in module: node:no-such-builtin',
});
