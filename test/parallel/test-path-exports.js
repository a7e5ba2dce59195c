'use strict';
// The path module's shape: flavours, constants and sub-modules.
require('../common');
const assert = require('assert');
const path = require('path');

assert.strictEqual(path, path.posix);
assert.strictEqual(path.posix.posix, path.posix);
assert.strictEqual(path.posix.win32, path.win32);
assert.strictEqual(path.win32.posix, path.posix);
assert.strictEqual(path.win32.win32, path.win32);
assert.strictEqual(require('path/posix'), path.posix);
assert.strictEqual(require('path/win32'), path.win32);
assert.strictEqual(require('node:path'), path);

assert.strictEqual(path.sep, '/');
assert.strictEqual(path.delimiter, ':');
assert.strictEqual(path.win32.sep, '\\');
assert.strictEqual(path.win32.delimiter, ';');

const methods = ['resolve', 'normalize', 'isAbsolute', 'join', 'relative',
                 'toNamespacedPath', 'dirname', 'basename', 'extname', 'format', 'parse'];
for (const flavour of [path.posix, path.win32]) {
  for (const name of methods) {
    assert.strictEqual(typeof flavour[name], 'function', name);
  }
}

// Methods work detached from their object (they never rely on `this`).
const { join, resolve, relative, format, basename } = path;
assert.strictEqual(join('a', 'b'), 'a/b');
assert.strictEqual(resolve('/a', 'b'), '/a/b');
assert.strictEqual(relative('/a', '/b'), '../b');
assert.strictEqual(format({ dir: 'a', base: 'b' }), 'a/b');
assert.strictEqual(basename('/a/b'), 'b');
assert.strictEqual(path.win32.format.call(null, { dir: 'a', base: 'b' }), 'a\\b');
