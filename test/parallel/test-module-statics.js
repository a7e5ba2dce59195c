'use strict';
// The static surface of the `module` built-in used by tools and loaders:
// _load, _resolveFilename, _pathCache, _extensions, runMain, findSourceMap,
// syncBuiltinESMExports.
require('../common');
const assert = require('node:assert');
const path = require('node:path');
const Module = require('node:module');

const fx = path.join(__dirname, '..', 'fixtures', 'cjs');

for (const name of ['_load', '_resolveFilename', '_findPath', '_nodeModulePaths',
                    '_initPaths', '_resolveLookupPaths', '_preloadModules', 'wrap',
                    'isBuiltin', 'runMain', 'createRequire', 'syncBuiltinESMExports',
                    'findSourceMap']) {
  assert.strictEqual(typeof Module[name], 'function', name);
}
for (const name of ['_cache', '_pathCache', '_extensions']) {
  assert.strictEqual(Object.getPrototypeOf(Module[name]), null, name);
}
assert.ok(Array.isArray(Module.globalPaths));
assert.strictEqual(Module._cache, require.cache);
assert.strictEqual(Module._extensions, require.extensions);

// Module._load with an explicit parent.
assert.strictEqual(Module._load('../fixtures/cjs/probe/a', module), 'probe/a.js');
assert.strictEqual(Module._load('fs', module), require('fs'));
assert.strictEqual(Module._resolveFilename('../fixtures/cjs/probe/a', module),
                   path.join(fx, 'probe', 'a.js'));

// Results of _findPath are remembered in _pathCache.
const found = Module._findPath('b', [path.join(fx, 'probe')]);
assert.strictEqual(found, path.join(fx, 'probe', 'b.json'));
assert.strictEqual(Module._pathCache[`b\x00${path.join(fx, 'probe')}`], found);

// Module._load is what require() calls: a wrapper sees every request.
const seen = [];
const originalLoad = Module._load;
Module._load = function(request, parent, isMain) {
  seen.push([request, parent === module, isMain]);
  return originalLoad.apply(this, arguments);
};
try {
  require('../fixtures/cjs/probe/a');
  require('node:path');
} finally {
  Module._load = originalLoad;
}
assert.deepStrictEqual(seen, [['../fixtures/cjs/probe/a', true, false],
                              ['node:path', true, false]]);

// Module._resolveFilename can be wrapped the same way (module aliasing).
const originalResolve = Module._resolveFilename;
Module._resolveFilename = function(request, ...rest) {
  if (request === 'alias-for-a') request = '../fixtures/cjs/probe/a';
  return originalResolve.call(this, request, ...rest);
};
try {
  assert.strictEqual(require('alias-for-a'), 'probe/a.js');
} finally {
  Module._resolveFilename = originalResolve;
}

// Module.runMain(file) loads the file as a new main module.
const log = require('../fixtures/cjs/main/log');
const mainBefore = process.mainModule;
assert.strictEqual(Module.runMain(path.join(fx, 'main', 'record-main.js')), undefined);
assert.deepStrictEqual(log, [{ isMain: true, mainModule: true, id: '.', parent: null }]);
assert.notStrictEqual(process.mainModule, mainBefore);
assert.strictEqual(require.main, mainBefore);

assert.strictEqual(Module.findSourceMap(__filename), undefined);
assert.strictEqual(Module.syncBuiltinESMExports(), undefined);
