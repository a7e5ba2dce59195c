'use strict';
// require() of a directory: package.json "main" (with extension and index
// probing), then index.js / index.json, and the errors when "main" is wrong.
const common = require('../common');
const assert = require('node:assert');
const path = require('node:path');

const fixtures = path.join(__dirname, '..', 'fixtures', 'cjs');

assert.strictEqual(require('../fixtures/cjs/dir-main'), 'dir-main/lib/entry.js');
assert.strictEqual(require('../fixtures/cjs/dir-main-noext'), 'dir-main-noext/entry.js');
assert.strictEqual(require('../fixtures/cjs/dir-main-dir'), 'dir-main-dir/lib/index.js');
// A package.json without "main" falls back to index.js.
assert.strictEqual(require('../fixtures/cjs/dir-index'), 'dir-index/index.js');
assert.deepStrictEqual(require('../fixtures/cjs/dir-index-json'),
                       { from: 'dir-index-json/index.json' });

// The module's filename is the file that was found.
assert.strictEqual(require.resolve('../fixtures/cjs/dir-main'),
                   path.join(fixtures, 'dir-main', 'lib', 'entry.js'));

// "main" names nothing, but index.js exists: it loads, with a DEP0128 warning.
process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.code, 'DEP0128');
  const jsonPath = path.join(fixtures, 'dir-main-fallback', 'package.json');
  assert.strictEqual(warning.message,
                     `Invalid 'main' field in '${jsonPath}' of 'missing.js'. ` +
                     'Please either fix that or report it to the module author');
}));
assert.strictEqual(require('../fixtures/cjs/dir-main-fallback'),
                   'dir-main-fallback/index.js');

// "main" names nothing and there is no index: a specific error.
assert.throws(() => require('../fixtures/cjs/dir-bad-main'), (err) => {
  const dir = path.join(fixtures, 'dir-bad-main');
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.strictEqual(err.message,
                     `Cannot find module '${path.join(dir, 'missing.js')}'. ` +
                     'Please verify that the package.json has a valid "main" entry');
  assert.strictEqual(err.path, path.join(dir, 'package.json'));
  assert.strictEqual(err.requestPath, '../fixtures/cjs/dir-bad-main');
  assert.strictEqual(err.requireStack, undefined);
  return true;
});

// A directory with neither package.json nor index is not a module.
assert.throws(() => require('../fixtures/cjs/probe/x/..'), {
  code: 'MODULE_NOT_FOUND',
});
