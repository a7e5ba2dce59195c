'use strict';
// require.cache: modules load once, deleting the entry loads the file again,
// a module that throws while loading is not cached, and the cache is shared.
require('../common');
const assert = require('node:assert');
const path = require('node:path');
const Module = require('node:module');

const counterPath = path.join(__dirname, '..', 'fixtures', 'cjs', 'info', 'counter.js');

const first = require('../fixtures/cjs/info/counter');
assert.strictEqual(first.count, 1);
assert.strictEqual(require('../fixtures/cjs/info/counter'), first);
assert.strictEqual(require(counterPath), first);

const entry = require.cache[counterPath];
assert.ok(entry instanceof Module);
assert.strictEqual(entry.exports, first);
assert.strictEqual(entry.loaded, true);
assert.strictEqual(require.cache, Module._cache);
assert.strictEqual(Object.getPrototypeOf(require.cache), null);

delete require.cache[counterPath];
const second = require('../fixtures/cjs/info/counter');
assert.notStrictEqual(second, first);
assert.strictEqual(second.count, 2);
assert.strictEqual(require.cache[counterPath].exports, second);

// An entry put in the cache by hand is returned without reading the file.
require.cache[counterPath] = { loaded: true, exports: 'from the cache' };
assert.strictEqual(require('../fixtures/cjs/info/counter'), 'from the cache');
delete require.cache[counterPath];
assert.strictEqual(require('../fixtures/cjs/info/counter').count, 3);

// A module that throws is removed from the cache and from module.children.
const throwsPath = path.join(__dirname, '..', 'fixtures', 'cjs', 'info', 'throws.js');
const childrenBefore = module.children.length;
assert.throws(() => require('../fixtures/cjs/info/throws'), /^Error: fails while loading$/);
assert.strictEqual(require.cache[throwsPath], undefined);
assert.strictEqual(module.children.length, childrenBefore);
assert.throws(() => require('../fixtures/cjs/info/throws'), /^Error: fails while loading$/);

// Built-ins are not in require.cache.
require('node:fs');
assert.strictEqual(require.cache.fs, undefined);
assert.strictEqual(require.cache['node:fs'], undefined);
