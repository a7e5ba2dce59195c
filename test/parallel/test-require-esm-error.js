'use strict';
// require() of an ES module (.mjs, or .js under "type": "module") fails with
// ERR_REQUIRE_ESM; .cjs and .json files in such a scope still load.
require('../common');
const assert = require('node:assert');
const path = require('node:path');

// Node 20.19+ can load ES modules through require() unless this is turned off;
// rt does not yet, so check the behaviour with the option off.
if (process.features.require_module) {
  const { spawnSync } = require('node:child_process');
  const child = spawnSync(process.execPath, ['--no-experimental-require-module', __filename],
                          { encoding: 'utf8' });
  assert.strictEqual(child.stderr, '');
  assert.strictEqual(child.status, 0);
  return;
}

const dir = path.join(__dirname, '..', 'fixtures', 'cjs', 'esm');
const loaderFile = path.join(dir, 'load.js');
// load(request) calls require(request) from esm/load.js.
const load = require('../fixtures/cjs/esm/load.js');

const esmSyntax = path.join(dir, 'type-module', 'esm-syntax.js');
assert.throws(() => load('./type-module/esm-syntax.js'), {
  name: 'Error',
  code: 'ERR_REQUIRE_ESM',
  message: `require() of ES Module ${esmSyntax} from ${loaderFile} not supported.\n` +
    `Instead change the require of esm-syntax.js in ${loaderFile} to a dynamic import() ` +
    'which is available in all CommonJS modules.',
});
// Found by extension probing: same error.
assert.throws(() => load('./type-module/esm-syntax'), { code: 'ERR_REQUIRE_ESM' });
assert.strictEqual(require.cache[esmSyntax], undefined);

const cjsSyntax = path.join(dir, 'type-module', 'cjs-syntax.js');
assert.throws(() => load('./type-module/cjs-syntax.js'), {
  code: 'ERR_REQUIRE_ESM',
  message: `require() of ES Module ${cjsSyntax} from ${loaderFile} not supported.\n` +
    'cjs-syntax.js is treated as an ES module file as it is a .js file whose nearest ' +
    'parent package.json contains "type": "module" which declares all .js files in ' +
    'that package scope as ES modules.\nInstead either rename cjs-syntax.js to end in ' +
    '.cjs, change the requiring code to use dynamic import() which is available in all ' +
    'CommonJS modules, or change "type": "module" to "type": "commonjs" in ' +
    `${path.join(dir, 'type-module', 'package.json')} to treat all .js files as ` +
    'CommonJS (using .mjs for all ES modules instead).\n',
});

const mjs = path.join(dir, 'file.mjs');
assert.throws(() => load('./file.mjs'), {
  code: 'ERR_REQUIRE_ESM',
  message: `require() of ES Module ${mjs} from ${loaderFile} not supported.\n` +
    `Instead change the require of ${mjs} to a dynamic import() which is available ` +
    'in all CommonJS modules.',
});

assert.strictEqual(load('./type-module/explicit.cjs'), 'cjs file in module scope');
assert.deepStrictEqual(load('./type-module/data.json'), { x: 1 });
// A package under node_modules is outside the "type": "module" scope above it.
assert.strictEqual(load('./type-module/node_modules/dep'),
                   'dep in node_modules is its own scope');
