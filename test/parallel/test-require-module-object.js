'use strict';
// The module object and the wrapper arguments: module.id/filename/path/paths/
// loaded/parent/children, __filename/__dirname, `this`, require.main and
// module.require.
require('../common');
const assert = require('node:assert');
const path = require('node:path');
const Module = require('node:module');

const infoDir = path.join(__dirname, '..', 'fixtures', 'cjs', 'info');

// The entry module.
assert.strictEqual(module.id, '.');
assert.strictEqual(module.filename, __filename);
assert.strictEqual(module.path, __dirname);
assert.strictEqual(__dirname, path.dirname(__filename));
assert.strictEqual(module.loaded, false);
assert.strictEqual(module.parent, null);
assert.strictEqual(require.main, module);
assert.strictEqual(process.mainModule, module);
assert.strictEqual(this, module.exports);
assert.strictEqual(exports, module.exports);
assert.ok(module instanceof Module);
assert.strictEqual(module.constructor, Module);
assert.strictEqual(module.require, Module.prototype.require);
assert.deepStrictEqual(Object.keys(module),
                       ['id', 'path', 'exports', 'filename', 'loaded', 'children', 'paths']);
assert.strictEqual(module.isPreloading, false);

const child = require('../fixtures/cjs/info/child');
assert.deepStrictEqual(child, {
  id: path.join(infoDir, 'child.js'),
  filename: path.join(infoDir, 'child.js'),
  file: path.join(infoDir, 'child.js'),
  dir: infoDir,
  path: infoDir,
  loaded: false,
  parent: module,
  paths: Module._nodeModulePaths(infoDir),
  isMain: false,
  main: module,
  thisIsExports: true,
  moduleRequire: 'grandchild',
  resolvedSelf: path.join(infoDir, 'child.js'),
});

const childModule = require.cache[path.join(infoDir, 'child.js')];
assert.strictEqual(childModule.loaded, true);
assert.strictEqual(childModule.parent, module);
assert.ok(module.children.includes(childModule));
assert.deepStrictEqual(childModule.children.map((m) => m.id),
                       [path.join(infoDir, 'grandchild.js')]);
assert.strictEqual(childModule.children[0].parent, childModule);

// A second require from elsewhere does not change the parent, and a module is
// listed once in children however often it is required.
require('../fixtures/cjs/info/child');
assert.strictEqual(module.children.filter((m) => m === childModule).length, 1);

// new Module() by hand.
const m = new Module('/x/y.js', module);
assert.strictEqual(m.id, '/x/y.js');
assert.strictEqual(m.path, '/x');
assert.strictEqual(m.filename, null);
assert.strictEqual(m.loaded, false);
assert.deepStrictEqual(m.exports, {});
assert.deepStrictEqual(m.children, []);
assert.strictEqual(m.parent, module);
assert.strictEqual(module.children.at(-1), m);
assert.strictEqual(new Module().id, '');
assert.strictEqual(new Module().path, '.');

// module.require validates its argument.
assert.throws(() => module.require(''), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'id' must be a non-empty string. Received ''",
});
assert.throws(() => require(1), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "id" argument must be of type string. Received type number (1)',
});
assert.throws(() => require.resolve(null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "request" argument must be of type string. Received null',
});

// The require function's own properties.
assert.deepStrictEqual(Object.keys(require), ['resolve', 'main', 'extensions', 'cache']);
assert.strictEqual(require.name, 'require');
assert.strictEqual(require.extensions, Module._extensions);
