'use strict';
// package.json "exports" under require(): string, subpath map, conditions
// ('require', 'node', 'default', nested), fallback arrays, '*' patterns, null
// targets and the errors Node reports for each failure.
require('../common');
const assert = require('node:assert');
const path = require('node:path');
const { createRequire } = require('node:module');

const fixtures = path.join(__dirname, '..', 'fixtures', 'cjs');
const nm = path.join(fixtures, 'node_modules');
const req = createRequire(path.join(fixtures, 'x.js'));

function notExported(pkg, subpath) {
  return {
    name: 'Error',
    code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
    message: `Package subpath '${subpath}' is not defined by "exports" in ` +
      `${path.join(nm, pkg, 'package.json')}`,
  };
}

// "exports": "./main.js" exposes only the main entry.
assert.strictEqual(req('exp-string'), 'exp-string/main.js');
assert.throws(() => req('exp-string/other.js'), notExported('exp-string', './other.js'));
assert.throws(() => req('exp-string/package.json'),
              notExported('exp-string', './package.json'));

// Subpaths.
assert.strictEqual(req('exp-map'), 'exp-map/lib/index.js');
assert.strictEqual(req('exp-map/sub'), 'exp-map/lib/sub.js');
assert.strictEqual(req.resolve('exp-map/sub'), path.join(nm, 'exp-map', 'lib', 'sub.js'));
assert.strictEqual(req('exp-map/package.json').name, 'exp-map');
assert.throws(() => req('exp-map/lib/unexported.js'),
              notExported('exp-map', './lib/unexported.js'));

// Conditions: object order decides, nested objects are searched, 'import' and
// unknown conditions never match require().
assert.strictEqual(req('exp-map/cond'), 'exp-map/lib/cond-node-require.js');
assert.strictEqual(req('exp-map/cond-default'), 'exp-map/lib/cond-default.js');
assert.throws(() => req('exp-map/cond-none'), notExported('exp-map', './cond-none'));
// Conditional sugar at the top level.
assert.strictEqual(req('exp-sugar'), 'exp-sugar/req.js');

// Fallback arrays skip invalid targets and null.
assert.strictEqual(req('exp-map/fallback'), 'exp-map/lib/sub.js');
assert.strictEqual(req('exp-map/fallback-null'), 'exp-map/lib/sub.js');

// null hides a subpath.
assert.throws(() => req('exp-map/null'), notExported('exp-map', './null'));

// Patterns: the longest matching prefix wins, null patterns hide, matches with
// '..' or node_modules segments are refused.
assert.strictEqual(req('exp-map/p/one'), 'exp-map/lib/p/one.js');
assert.strictEqual(req('exp-map/p/deep/two'), 'exp-map/lib/p/deep/two.js');
assert.strictEqual(req('exp-map/p/three.cjs'), 'exp-map/lib/p-cjs/three.cjs');
assert.strictEqual(req('exp-map/ext/one.js'), 'exp-map/lib/p/one.js');
assert.throws(() => req('exp-map/p/internal/x'), notExported('exp-map', './p/internal/x'));
for (const bad of ['./p/../sub', './p/node_modules/x', './p/%2e%2e/x']) {
  assert.throws(() => req('exp-map' + bad.slice(1)), {
    name: 'TypeError',
    code: 'ERR_INVALID_MODULE_SPECIFIER',
    message: `Invalid module "${bad}" request is not a valid match in pattern ` +
      `"./p/*" for the "exports" resolution of ${path.join(nm, 'exp-map', 'package.json')}`,
  });
}
// The pattern result is a file name: no extension probing.
assert.throws(() => req('exp-map/p/one.js'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module '${path.join(nm, 'exp-map', 'lib', 'p', 'one.js.js')}'`,
  path: path.join(nm, 'exp-map', 'package.json'),
});

// Invalid targets.
assert.throws(() => req('exp-map/outside'), {
  code: 'ERR_INVALID_PACKAGE_TARGET',
  message: 'Invalid "exports" target "../outside.js" defined for \'./outside\' in the ' +
    `package config ${path.join(nm, 'exp-map', 'package.json')}; targets must start ` +
    'with "./"',
});
assert.throws(() => req('exp-map/through-nm'), {
  code: 'ERR_INVALID_PACKAGE_TARGET',
  message: 'Invalid "exports" target "./node_modules/x.js" defined for \'./through-nm\' ' +
    `in the package config ${path.join(nm, 'exp-map', 'package.json')}`,
});

// A target naming a missing file.
assert.throws(() => req('exp-map/missing'), (err) => {
  assert.strictEqual(err.code, 'MODULE_NOT_FOUND');
  assert.strictEqual(err.message,
                     `Cannot find module '${path.join(nm, 'exp-map', 'lib', 'missing.js')}'`);
  assert.strictEqual(err.path, path.join(nm, 'exp-map', 'package.json'));
  assert.strictEqual(err.requireStack, undefined);
  return true;
});

// "exports" wins over "main".
assert.strictEqual(req('exp-main-too'), 'exp-main-too/exported.js');

// No "." entry.
assert.throws(() => req('exp-no-main'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `No "exports" main defined in ${path.join(nm, 'exp-no-main', 'package.json')}`,
});
assert.strictEqual(req('exp-no-main/sub'), 'exp-no-main/sub.js');

// Invalid "exports" objects.
assert.throws(() => req('exp-mixed'), {
  code: 'ERR_INVALID_PACKAGE_CONFIG',
  message: `Invalid package config ${path.join(nm, 'exp-mixed', 'package.json')}. ` +
    '"exports" cannot contain some keys starting with \'.\' and some not. The exports ' +
    'object must either be an object of package subpath keys or an object of main ' +
    'entry condition name keys only.',
});
assert.throws(() => req('exp-numeric'), {
  code: 'ERR_INVALID_PACKAGE_CONFIG',
  message: `Invalid package config ${path.join(nm, 'exp-numeric', 'package.json')}. ` +
    '"exports" cannot contain numeric property keys.',
});
