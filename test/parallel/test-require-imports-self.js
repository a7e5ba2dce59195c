'use strict';
// package.json "imports" ('#name') and a package requiring itself by the name
// in its package.json, both resolved through "exports"-style targets.
require('../common');
const assert = require('node:assert');
const path = require('node:path');

const nm = path.join(__dirname, '..', 'fixtures', 'cjs', 'node_modules');
const pkgDir = path.join(nm, 'self-pkg');
const pkgJson = path.join(pkgDir, 'package.json');
const loaderFile = path.join(pkgDir, 'lib', 'load.js');
// load(request) runs require(request) inside self-pkg/lib/load.js.
const load = require('../fixtures/cjs/node_modules/self-pkg/lib/load.js');

// Self-reference goes through "exports".
assert.strictEqual(load('self-pkg'), 'self-pkg/index.js');
assert.strictEqual(load('self-pkg/sub'), 'self-pkg/sub.js');
assert.strictEqual(load.resolve('self-pkg/sub'), path.join(pkgDir, 'sub.js'));
assert.throws(() => load('self-pkg/other.js'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `Package subpath './other.js' is not defined by "exports" in ${pkgJson} ` +
    `imported from ${loaderFile}`,
});
// Only the exact name or name/...: 'self-pkgx' is an ordinary missing package.
assert.throws(() => load('self-pkgx'), {
  code: 'MODULE_NOT_FOUND',
  requireStack: [loaderFile, __filename],
});

// "imports".
assert.strictEqual(load('#dep'), 'self-pkg/lib/dep.js');
assert.strictEqual(load.resolve('#dep'), path.join(pkgDir, 'lib', 'dep.js'));
assert.strictEqual(load('#cond'), 'self-pkg/lib/node.js');
assert.strictEqual(load('#pat/a'), 'self-pkg/lib/pat/a.js');
// A target without './' names a package, found from the package's folder.
assert.strictEqual(load('#ext'), 'cjs/node_modules/pkg-top');
assert.strictEqual(load('#ext/pkg'), 'cjs/node_modules/@scope/pkg');
assert.throws(() => load('#bad'), {
  code: 'MODULE_NOT_FOUND',
  message: "Cannot find module '#bad'",
});
assert.throws(() => load('#missing'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module '${path.join(pkgDir, 'lib', 'missing.js')}'`,
  path: pkgJson,
});
assert.throws(() => load('#pat/b'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module '${path.join(pkgDir, 'lib', 'pat', 'b.js')}'`,
});
for (const name of ['#null', '#nope']) {
  assert.throws(() => load(name), {
    name: 'TypeError',
    code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED',
    message: `Package import specifier "${name}" is not defined in package ${pkgJson} ` +
      `imported from ${loaderFile}`,
  });
}
for (const name of ['#', '#/x', '#dep/']) {
  assert.throws(() => load(name), {
    name: 'TypeError',
    code: 'ERR_INVALID_MODULE_SPECIFIER',
    message: `Invalid module "${name}" is not a valid internal imports specifier name ` +
      `imported from ${loaderFile}`,
  });
}

// Outside a package with "imports", '#x' is an ordinary (missing) module.
assert.throws(() => require('#dep'), {
  code: 'MODULE_NOT_FOUND',
  message: `Cannot find module '#dep'\nRequire stack:\n- ${__filename}`,
});
