'use strict';
// Bare requests search node_modules folders from the requiring file's folder up
// to the root, nearest first; built-in names win over node_modules.
require('../common');
const assert = require('node:assert');
const path = require('node:path');
const Module = require('node:module');

const fixtures = path.join(__dirname, '..', 'fixtures', 'cjs');

// Module._nodeModulePaths: every ancestor, skipping node_modules/node_modules.
assert.deepStrictEqual(Module._nodeModulePaths('/'), ['/node_modules']);
assert.deepStrictEqual(Module._nodeModulePaths('/a/b'),
                       ['/a/b/node_modules', '/a/node_modules', '/node_modules']);
assert.deepStrictEqual(Module._nodeModulePaths('/a/node_modules/b/node_modules'),
                       ['/a/node_modules/b/node_modules', '/a/node_modules', '/node_modules']);
assert.deepStrictEqual(Module._nodeModulePaths('/a/node_modules/x_node_modules/b/'), [
  '/a/node_modules/x_node_modules/b/node_modules',
  '/a/node_modules/x_node_modules/node_modules',
  '/a/node_modules',
  '/node_modules',
]);
// Relative folders are resolved against the working directory first.
assert.deepStrictEqual(Module._nodeModulePaths('rel'),
                       Module._nodeModulePaths(path.join(process.cwd(), 'rel')));

// module.paths of this file.
assert.deepStrictEqual(module.paths, Module._nodeModulePaths(__dirname));
assert.strictEqual(module.paths[0], path.join(__dirname, 'node_modules'));

const c = require('../fixtures/cjs/nm/a/b/c');
// The nearest node_modules wins.
assert.strictEqual(c.top, 'nm/a/node_modules/pkg-top');
assert.strictEqual(c.scoped, 'cjs/node_modules/@scope/pkg');
assert.deepStrictEqual(c.near, {
  dep: 'pkg-near/node_modules/dep',
  top: 'nm/a/node_modules/pkg-top',
  paths: Module._nodeModulePaths(path.join(fixtures, 'nm', 'a', 'node_modules', 'pkg-near')),
});
assert.deepStrictEqual(c.paths, Module._nodeModulePaths(path.join(fixtures, 'nm', 'a', 'b')));

// From a file in test/fixtures/cjs: its own node_modules.
const req = Module.createRequire(path.join(fixtures, 'x.js'));
assert.strictEqual(req('pkg-top'), 'cjs/node_modules/pkg-top');
assert.strictEqual(req.resolve('pkg-top'),
                   path.join(fixtures, 'node_modules', 'pkg-top', 'index.js'));
// A built-in name is the built-in even when node_modules has a package of that name.
assert.strictEqual(req('fs'), require('node:fs'));
assert.strictEqual(req.resolve('fs'), 'fs');
// 'test' is only a built-in with the node: prefix.
assert.strictEqual(req('test'), 'cjs/node_modules/test');
assert.strictEqual(req.resolve('test'),
                   path.join(fixtures, 'node_modules', 'test', 'index.js'));
// A sub-path of a package without "exports".
assert.strictEqual(req('pkg-top/index.js'), 'cjs/node_modules/pkg-top');
assert.strictEqual(req('pkg-top/index'), 'cjs/node_modules/pkg-top');

assert.throws(() => req('no-such-package'), {
  code: 'MODULE_NOT_FOUND',
  message: "Cannot find module 'no-such-package'\nRequire stack:\n- " +
    path.join(fixtures, 'x.js'),
  requireStack: [path.join(fixtures, 'x.js')],
});
