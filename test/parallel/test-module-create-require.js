'use strict';
// module.createRequire(filename | file URL): a require that resolves from that
// file, with its own resolve/resolve.paths and the shared cache.
require('../common');
const assert = require('node:assert');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const Module = require('node:module');
const { createRequire } = Module;

const fx = path.join(__dirname, '..', 'fixtures', 'cjs');
const fromFile = path.join(fx, 'probe', 'some-file.js');

const req = createRequire(fromFile);
assert.strictEqual(req('./a'), 'probe/a.js');
assert.strictEqual(req.resolve('./a'), path.join(fx, 'probe', 'a.js'));
assert.strictEqual(req('pkg-top'), 'cjs/node_modules/pkg-top');
assert.deepStrictEqual(req.resolve.paths('./a'), [path.join(fx, 'probe')]);
assert.deepStrictEqual(req.resolve.paths('x'),
                       Module._nodeModulePaths(path.join(fx, 'probe')).concat(Module.globalPaths));
assert.strictEqual(req.cache, require.cache);
assert.strictEqual(req.extensions, require.extensions);
assert.strictEqual(req.main, require.main);
assert.strictEqual(req('fs'), require('fs'));

// The file need not exist; a missing module names it in the require stack.
assert.throws(() => req('./nope'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module './nope'\nRequire stack:\n- ${fromFile}`,
  requireStack: [fromFile],
});

// File URLs, as objects and strings.
assert.strictEqual(createRequire(pathToFileURL(fromFile))('./a'), 'probe/a.js');
assert.strictEqual(createRequire(pathToFileURL(fromFile).href)('./a'), 'probe/a.js');

// A directory with a trailing slash stands for a file inside it.
const dirReq = createRequire(path.join(fx, 'probe') + '/');
assert.strictEqual(dirReq('./a'), 'probe/a.js');
assert.throws(() => dirReq('./nope'), {
  requireStack: [path.join(fx, 'probe', 'noop.js')],
});
// Without the slash, the last segment is taken as the file name.
assert.strictEqual(createRequire(path.join(fx, 'probe', 'x'))('./a'), 'probe/a.js');

// Modules loaded through it have a parent module that is not in the cache.
req('./c.cjs');
const loaded = require.cache[path.join(fx, 'probe', 'c.cjs')];
assert.strictEqual(loaded.parent.filename, fromFile);
assert.strictEqual(loaded.parent.id, fromFile);
assert.strictEqual(require.cache[fromFile], undefined);

for (const bad of ['relative/path.js', 'https://example.com/x.js', 1, null, {}]) {
  assert.throws(() => createRequire(bad), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_VALUE',
  });
}
assert.throws(() => createRequire('x'), {
  message: "The argument 'filename' must be a file URL object, file URL string, or " +
    "absolute path string. Received 'x'",
});
