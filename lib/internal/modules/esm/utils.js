'use strict';
// Wires the ES module loader in at start-up: V8's import() and import.meta hooks,
// and the CommonJS loader's hand-off of ES module files (entry points and
// require()). The loader itself is required on first use.


// `--no-experimental-require-module`: require() of an ES module fails with
// ERR_REQUIRE_ESM, as in Node before require(esm).
function requireESMDisabled(filename, module) {
  const path = require('path');
  const { codes: { ERR_REQUIRE_ESM } } = require('internal/errors');
  const parent = module.parent;
  const parentPath = parent && parent.filename;
  if (filename.endsWith('.mjs')) throw new ERR_REQUIRE_ESM(filename, true, parentPath);
  const scope = require('internal/modules/package_json_reader').readPackageScope(filename);
  const source = internalBinding('fs').readFileUtf8(filename, 0);
  const hasEsmSyntax = /^[ \t]*(?:import\s*[\w{*'"]|export\s*[\w{*])/m.test(source);
  throw new ERR_REQUIRE_ESM(filename, hasEsmSyntax, parentPath,
                            scope ? path.resolve(scope.path, 'package.json') : null);
}

function loader() {
  return require('internal/modules/esm/loader');
}

let initialized = false;
function initializeESM() {
  if (initialized) return;
  initialized = true;
  let binding;
  try {
    binding = internalBinding('module_wrap');
  } catch {
    // A binary built before the binding existed (RT_LIB_DIR with an older rt).
    return;
  }
  const { setImportModuleDynamicallyCallback, setInitializeImportMetaObjectCallback } = binding;
  setImportModuleDynamicallyCallback((specifier, referrerName, attributes) =>
    loader().importModuleDynamically(specifier, referrerName, attributes));
  setInitializeImportMetaObjectCallback((wrap, meta) => loader().initializeImportMeta(wrap, meta));
  const requireModule =
    !internalBinding('options').execArgv.includes('--no-experimental-require-module');
  require('internal/modules/cjs/loader').setESMHooks({
    requireESM: requireModule ?
      (filename, module) => loader().requireESM(filename, module) : requireESMDisabled,
    runMain: (mainPath) => loader().runMain(mainPath),
  });
}

module.exports = { initializeESM };
