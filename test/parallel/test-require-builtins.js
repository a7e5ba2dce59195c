'use strict';
// Built-in modules through require(): plain and node: ids, built-ins before
// node_modules, scheme-only ids, unknown node: ids, Module.builtinModules and
// Module.isBuiltin.
require('../common');
const assert = require('node:assert');
const path = require('node:path');
const Module = require('node:module');

assert.strictEqual(require('fs'), require('node:fs'));
assert.strictEqual(require('path'), path);
assert.strictEqual(require('module'), Module);
assert.strictEqual(require('node:module'), Module);
assert.strictEqual(Module.Module, Module);
assert.strictEqual(require('fs/promises'), require('node:fs/promises'));

// node:foo that does not exist.
assert.throws(() => require('node:no-such-builtin'), {
  name: 'Error',
  code: 'ERR_UNKNOWN_BUILTIN_MODULE',
  message: 'No such built-in module: node:no-such-builtin',
});
// Internal modules are not reachable, with or without the scheme.
assert.throws(() => require('node:internal/errors'), {
  code: 'ERR_UNKNOWN_BUILTIN_MODULE',
  message: 'No such built-in module: node:internal/errors',
});
assert.throws(() => require('internal/errors'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module 'internal/errors'\nRequire stack:\n- ${__filename}`,
});
// 'test' is only a built-in as 'node:test'; the plain id is looked up on disk.
assert.throws(() => require('test'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module 'test'\nRequire stack:\n- ${__filename}`,
});

// Module.isBuiltin.
assert.strictEqual(Module.isBuiltin('fs'), true);
assert.strictEqual(Module.isBuiltin('node:fs'), true);
assert.strictEqual(Module.isBuiltin('fs/promises'), true);
assert.strictEqual(Module.isBuiltin('node:test'), true);
assert.strictEqual(Module.isBuiltin('test'), false);
assert.strictEqual(Module.isBuiltin('internal/errors'), false);
assert.strictEqual(Module.isBuiltin('node:internal/errors'), false);
assert.strictEqual(Module.isBuiltin('no-such-builtin'), false);
assert.strictEqual(Module.isBuiltin('./fs'), false);
assert.strictEqual(Module.isBuiltin(undefined), false);
assert.strictEqual(Module.isBuiltin(42), false);

// Module.builtinModules: sorted public ids without the scheme, frozen.
const ids = Module.builtinModules;
assert.strictEqual(Module.builtinModules, ids);
assert.ok(Object.isFrozen(ids));
assert.deepStrictEqual([...ids].sort(), ids);
for (const id of ['fs', 'path', 'module', 'events', 'os']) assert.ok(ids.includes(id), id);
for (const id of ids) {
  assert.ok(!id.startsWith('internal/'), id);
  assert.ok(!id.startsWith('node:'), id);
  assert.strictEqual(Module.isBuiltin(id), true, id);
}
assert.ok(!ids.includes('test'));
