// Bare specifiers through node_modules: "exports" with conditions and subpath
// patterns, legacy "main", scoped names, self-reference and "imports".
import '../common/index.js';
import assert from 'node:assert';
import { name as esmName, feature } from '../fixtures/esm/node_modules/esm-only/index.js';

const fixtures = new URL('../fixtures/esm/', import.meta.url);

// Packages resolve from the importing file, so go through a fixture file there.
async function importFrom(specifier) {
  const { default: load } = await import('../fixtures/esm/load.mjs');
  return load(specifier);
}

assert.strictEqual(esmName, 'esm-only');
assert.strictEqual(feature, 'feature via self-reference');

const esmOnly = await importFrom('esm-only');
assert.strictEqual(esmOnly.name, 'esm-only');
assert.strictEqual((await importFrom('esm-only/lib/one')).one, 'lib one');

// Legacy "main" without an extension, and CommonJS named exports from packages.
const cjsOnly = await importFrom('cjs-only');
assert.strictEqual(cjsOnly.name, 'cjs-only');
assert.strictEqual(cjsOnly.add(2, 3), 5);
assert.strictEqual(cjsOnly.default.name, 'cjs-only');
assert.strictEqual((await importFrom('cjs-only/extra.js')).extra, 'deep file');
assert.strictEqual((await importFrom('index-only')).default, 'index-only');

// Dual package: "import" wins for import, "require" for require.
assert.strictEqual((await importFrom('dual')).format, 'esm');
const { createRequire } = await import('node:module');
const require = createRequire(new URL('load.mjs', fixtures));
assert.strictEqual(require('dual').format, 'cjs');
assert.strictEqual((await importFrom('dual/conditions')).which, 'node import');
assert.strictEqual(require('dual/conditions').which, 'node default');

assert.strictEqual((await importFrom('@scope/pkg')).default, '@scope/pkg');

// "imports": #names, patterns, conditions and a target naming a package.
const imports = await import('../fixtures/esm/imports-pkg/main.js');
assert.strictEqual(imports.internal, 'internal');
assert.strictEqual(imports.math, 'utils/math');
assert.strictEqual(imports.imported, 'imported condition');
assert.strictEqual(imports.cjsName, 'cjs-only');
await assert.rejects(imports.missing(), { code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED' });

const pkgJson = new URL('node_modules/esm-only/package.json', fixtures);
const loader = new URL('load.mjs', fixtures);
const pkgDir = decodeURIComponent(new URL('node_modules/esm-only/', fixtures).pathname);
await assert.rejects(importFrom('esm-only/private/hidden.js'), {
  code: 'ERR_PACKAGE_PATH_NOT_EXPORTED',
  message: `Package subpath './private/hidden.js' is not defined by "exports" in ` +
    `${pkgDir}package.json imported from ${decodeURIComponent(loader.pathname)}`,
});
// A null target hides a path a pattern would expose.
await assert.rejects(importFrom('esm-only/lib/secret'), { code: 'ERR_PACKAGE_PATH_NOT_EXPORTED' });
await assert.rejects(importFrom('no-such-package'), {
  code: 'ERR_MODULE_NOT_FOUND',
  message: `Cannot find package 'no-such-package' imported from ${decodeURIComponent(loader.pathname)}`,
});
assert.ok(pkgJson.href.endsWith('package.json'));
