'use strict';
// require() of relative and absolute paths: exact names, extension probing
// (.js, .json, .node; .cjs only when named), and what a .node file does.
require('../common');
const assert = require('node:assert');
const path = require('node:path');

const dir = path.join(__dirname, '..', 'fixtures', 'cjs', 'probe');

// '.js' is tried before '.json'.
assert.strictEqual(require('../fixtures/cjs/probe/a'), 'probe/a.js');
assert.strictEqual(require('../fixtures/cjs/probe/a.json'), 'probe/a.json');
assert.deepStrictEqual(require('../fixtures/cjs/probe/b'), { from: 'probe/b.json' });

// Absolute paths, with and without the extension.
assert.strictEqual(require(path.join(dir, 'a')), 'probe/a.js');
assert.strictEqual(require(path.join(dir, 'a.js')), 'probe/a.js');
assert.strictEqual(require(path.join(dir, '..', 'probe', 'a')), 'probe/a.js');

// A file wins over a directory of the same name; a trailing slash picks the directory.
assert.strictEqual(require('../fixtures/cjs/probe/x'), 'probe/x.js');
assert.strictEqual(require('../fixtures/cjs/probe/x/'), 'probe/x/index.js');

// .cjs loads when named, and is never probed.
assert.strictEqual(require('../fixtures/cjs/probe/c.cjs'), 'probe/c.cjs');
assert.throws(() => require('../fixtures/cjs/probe/c'), {
  code: 'MODULE_NOT_FOUND',
  message: "Cannot find module '../fixtures/cjs/probe/c'\nRequire stack:\n- " + __filename,
});

// Unregistered extensions and dotfiles are compiled as JavaScript.
assert.strictEqual(require('../fixtures/cjs/probe/e.txt'), 'probe/e.txt as js');
assert.strictEqual(require('../fixtures/cjs/probe/.hidden'), 'probe/.hidden');

// A .node file goes to the '.node' handler, which fails with ERR_DLOPEN_FAILED.
assert.throws(() => require('../fixtures/cjs/probe/d.node'), { code: 'ERR_DLOPEN_FAILED' });
assert.throws(() => require('../fixtures/cjs/probe/d'), { code: 'ERR_DLOPEN_FAILED' });
// The failed module does not stay in the cache.
assert.strictEqual(require.cache[path.join(dir, 'd.node')], undefined);

// Registered handlers, in Node's order.
assert.deepStrictEqual(Object.keys(require.extensions), ['.js', '.json', '.node']);
assert.strictEqual(Object.getPrototypeOf(require.extensions), null);

// A handler added to require.extensions takes part in probing.
require.extensions['.txt'] = (module, filename) => {
  module.exports = `txt ${path.basename(filename)}`;
};
delete require.cache[path.join(dir, 'e.txt')];
assert.strictEqual(require('../fixtures/cjs/probe/e'), 'txt e.txt');
delete require.extensions['.txt'];

// The module that required ./a gets the same exports object.
assert.strictEqual(require('../fixtures/cjs/probe/req-a'), 'probe/a.js');
