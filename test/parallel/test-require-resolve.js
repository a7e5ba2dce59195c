'use strict';
// require.resolve (with and without the `paths` option), require.resolve.paths
// and the Module._findPath / _resolveLookupPaths / _resolveFilename helpers.
require('../common');
const assert = require('node:assert');
const path = require('node:path');
const Module = require('node:module');

const fx = path.join(__dirname, '..', 'fixtures', 'cjs');

assert.strictEqual(require.resolve('../fixtures/cjs/probe/a'), path.join(fx, 'probe', 'a.js'));
assert.strictEqual(require.resolve('fs'), 'fs');
assert.strictEqual(require.resolve('node:fs'), 'node:fs');
assert.strictEqual(require.resolve('node:test'), 'node:test');

// `paths`: bare requests search the node_modules folders above each entry, in order.
assert.strictEqual(require.resolve('pkg-top', { paths: [fx] }),
                   path.join(fx, 'node_modules', 'pkg-top', 'index.js'));
assert.strictEqual(require.resolve('pkg-top', { paths: [path.join(fx, 'nm', 'a', 'b'), fx] }),
                   path.join(fx, 'nm', 'a', 'node_modules', 'pkg-top', 'index.js'));
// Relative requests are resolved against each entry itself.
assert.strictEqual(require.resolve('./a', { paths: [path.join(fx, 'probe')] }),
                   path.join(fx, 'probe', 'a.js'));
assert.strictEqual(require.resolve('../probe/a', { paths: [path.join(fx, 'dir-main')] }),
                   path.join(fx, 'probe', 'a.js'));
assert.strictEqual(require.resolve('.', { paths: [path.join(fx, 'dir-index')] }),
                   path.join(fx, 'dir-index', 'index.js'));
assert.strictEqual(require.resolve(path.join(fx, 'probe', 'a'), { paths: ['/nowhere'] }),
                   path.join(fx, 'probe', 'a.js'));
assert.strictEqual(require.resolve('fs', { paths: [fx] }), 'fs');
// An empty list finds nothing, but `paths: undefined` is the default lookup.
assert.throws(() => require.resolve('pkg-top', { paths: [] }), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module 'pkg-top'\nRequire stack:\n- ${__filename}`,
  requireStack: [__filename],
});
assert.strictEqual(require.resolve('../fixtures/cjs/probe/a', { paths: undefined }),
                   path.join(fx, 'probe', 'a.js'));
assert.throws(() => require.resolve('pkg-top', { paths: 'x' }), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'options.paths' is invalid. Received 'x'",
});

// require.resolve.paths.
assert.deepStrictEqual(require.resolve.paths('pkg-top'),
                       Module._nodeModulePaths(__dirname).concat(Module.globalPaths));
assert.deepStrictEqual(require.resolve.paths('./x'), [__dirname]);
assert.deepStrictEqual(require.resolve.paths('.'), [__dirname]);
assert.deepStrictEqual(require.resolve.paths('..'), [__dirname]);
assert.deepStrictEqual(require.resolve.paths('.x')[0], path.join(__dirname, 'node_modules'));
assert.deepStrictEqual(require.resolve.paths('/abs/x')[0], path.join(__dirname, 'node_modules'));
assert.strictEqual(require.resolve.paths('fs'), null);
assert.strictEqual(require.resolve.paths('node:fs'), null);
assert.strictEqual(require.resolve.paths('node:nope')[0], path.join(__dirname, 'node_modules'));

// Without a parent file, relative lookups start at '.' and bare ones use the global paths.
assert.deepStrictEqual(Module._resolveLookupPaths('./x', null), ['.']);
assert.deepStrictEqual(Module._resolveLookupPaths('x', null), Module.globalPaths);

// _findPath: extension probing over a list of folders; false when nothing matches.
assert.strictEqual(Module._findPath('a', [path.join(fx, 'probe')]), path.join(fx, 'probe', 'a.js'));
assert.strictEqual(Module._findPath('zz', [path.join(fx, 'probe')]), false);
assert.strictEqual(Module._findPath(path.join(fx, 'probe', 'a')), path.join(fx, 'probe', 'a.js'));
assert.strictEqual(Module._findPath('a', []), false);

// _resolveFilename without a parent: no require stack.
assert.throws(() => Module._resolveFilename('./no-such-file', null), {
  code: 'MODULE_NOT_FOUND',
  message: "Cannot find module './no-such-file'",
  requireStack: [],
});
