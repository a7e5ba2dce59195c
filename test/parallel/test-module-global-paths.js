'use strict';
// The global folders searched after node_modules: NODE_PATH entries, then
// $HOME/.node_modules and $HOME/.node_libraries, then <prefix>/lib/node
// (Module._initPaths / Module.globalPaths).
require('../common');
const assert = require('node:assert');
const path = require('node:path');
const Module = require('node:module');

const dir = path.join(__dirname, '..', 'fixtures', 'cjs', 'global');
const home = path.join(dir, 'home');
const prefixLib = path.resolve(process.execPath, '..', '..', 'lib', 'node');
const saved = { NODE_PATH: process.env.NODE_PATH, HOME: process.env.HOME };

function restore() {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  Module._initPaths();
}

try {
  process.env.HOME = home;
  // Empty entries are dropped; entries are kept as written.
  process.env.NODE_PATH = `${path.join(dir, 'np1')}::${path.join(dir, 'np2')}:relative`;
  Module._initPaths();
  assert.deepStrictEqual(Module.globalPaths, [
    path.join(dir, 'np1'),
    path.join(dir, 'np2'),
    'relative',
    path.join(home, '.node_modules'),
    path.join(home, '.node_libraries'),
    prefixLib,
  ]);

  // A require from a place with no node_modules of its own.
  const req = Module.createRequire('/no-such-dir/x.js');
  assert.strictEqual(req('np-mod'), 'np1/np-mod');
  assert.strictEqual(req('only-np2'), 'np2/only-np2');
  assert.strictEqual(req('home-mod'), 'home/.node_modules/home-mod');
  assert.strictEqual(req('lib-mod'), 'home/.node_libraries/lib-mod');
  // Searched after every node_modules folder.
  assert.deepStrictEqual(req.resolve.paths('x'),
                         ['/no-such-dir/node_modules', '/node_modules'].concat(Module.globalPaths));
  // Module.globalPaths is a copy: changing it does not change the search.
  Module.globalPaths.length = 0;
  assert.strictEqual(req.resolve('np-mod'), path.join(dir, 'np1', 'np-mod', 'index.js'));

  delete process.env.NODE_PATH;
  delete process.env.HOME;
  Module._initPaths();
  assert.deepStrictEqual(Module.globalPaths, [prefixLib]);
} finally {
  restore();
}
