'use strict';
// Node's ES module resolution: (specifier, parent URL) -> { url, format }.
// Relative, absolute and file:/data:/node: URL specifiers, bare built-in names,
// packages through node_modules with "exports" (and legacy "main"), self-reference
// and "#imports". The "exports"/"imports" maps are matched by
// internal/modules/package_json_reader, shared with require().

const path = require('path');
const { URL, fileURLToPath, pathToFileURL } = require('internal/url');
const packageJson = require('internal/modules/package_json_reader');
const { BuiltinModule } = require('internal/bootstrap/realm');
const {
  codes: {
    ERR_INVALID_MODULE_SPECIFIER,
    ERR_MODULE_NOT_FOUND,
    ERR_UNKNOWN_BUILTIN_MODULE,
    ERR_UNKNOWN_FILE_EXTENSION,
    ERR_UNKNOWN_MODULE_FORMAT,
    ERR_UNSUPPORTED_DIR_IMPORT,
    ERR_UNSUPPORTED_ESM_URL_SCHEME,
    ERR_UNSUPPORTED_RESOLVE_REQUEST,
  },
} = require('internal/errors');

const fsBinding = internalBinding('fs');

// The conditions import statements match in "exports"/"imports".
const defaultConditions = new Set([
  'node', 'import', 'module-sync', ...require('internal/modules/helpers').getUserConditions(),
]);

const realpathCache = new Map();
function realpath(filename) {
  let real = realpathCache.get(filename);
  if (real === undefined) {
    real = fsBinding.realpath(filename);
    realpathCache.set(filename, real);
  }
  return real;
}

// 0 file, 1 directory, negative when missing.
function statKind(filename) {
  return fsBinding.internalModuleStat(filename);
}

// What error messages call the importer: its path for file: URLs.
function baseForMessage(parentURL) {
  if (typeof parentURL === 'string' && parentURL.startsWith('file:')) {
    return fileURLToPath(parentURL);
  }
  return parentURL;
}

function isRelativeOrAbsolute(specifier) {
  if (specifier === '') return false;
  if (specifier[0] === '/') return true;
  return specifier === '.' || specifier === '..' ||
    specifier.startsWith('./') || specifier.startsWith('../');
}

// ---- formats ----

const extensionFormats = {
  __proto__: null,
  '.mjs': 'module',
  '.cjs': 'commonjs',
  '.json': 'json',
};

// The "type" of the package.json scope a file path lives in: 'module', 'commonjs' or 'none'.
function packageTypeOf(filename) {
  const scope = packageJson.readPackageScope(filename);
  return scope ? scope.data.type : 'none';
}

function extensionOf(filename) {
  const base = filename.slice(filename.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot);
}

function dataURLMime(url) {
  const match = /^data:([^,;]*)[^,]*,/.exec(url);
  return match === null ? '' : match[1];
}

// The format a resolved URL is loaded as: module, commonjs, json or builtin.
function getFormat(url) {
  if (url.startsWith('node:')) return 'builtin';
  if (url.startsWith('data:')) {
    const mime = dataURLMime(url);
    if (mime === 'text/javascript') return 'module';
    if (mime === 'application/json') return 'json';
    throw new ERR_UNKNOWN_MODULE_FORMAT(mime, url);
  }
  const filename = fileURLToPath(url);
  const ext = extensionOf(filename);
  if (ext === '.js' || ext === '') {
    return packageTypeOf(filename) === 'module' ? 'module' : 'commonjs';
  }
  const format = extensionFormats[ext];
  if (format !== undefined) return format;
  throw new ERR_UNKNOWN_FILE_EXTENSION(ext, filename);
}

// ---- packages ----

// 'pkg/sub' -> { name: 'pkg', subpath: './sub' }; '@s/pkg' -> { name: '@s/pkg', subpath: '.' }.
function parsePackageName(specifier, base) {
  let separator = specifier.indexOf('/');
  let valid = true;
  if (specifier[0] === '@') {
    if (separator === -1 || specifier.length === 0) {
      valid = false;
    } else {
      separator = specifier.indexOf('/', separator + 1);
    }
  }
  const name = separator === -1 ? specifier : specifier.slice(0, separator);
  if (name[0] === '.' || name.includes('\\') || name.includes('%')) valid = false;
  if (!valid) {
    throw new ERR_INVALID_MODULE_SPECIFIER(specifier, 'is not a valid package name',
                                           baseForMessage(base));
  }
  return { name, subpath: '.' + (separator === -1 ? '' : specifier.slice(separator)) };
}

// A package without "exports": its "main", then index files (Node's legacy rules).
function legacyMainResolve(pkgDir, main, base) {
  const candidates = [];
  if (main) {
    candidates.push(main, `${main}.js`, `${main}.json`, `${main}.node`,
                    `${main}/index.js`, `${main}/index.json`, `${main}/index.node`);
  }
  candidates.push('index.js', 'index.json', 'index.node');
  for (const candidate of candidates) {
    const filename = path.resolve(pkgDir, candidate);
    if (statKind(filename) === 0) return filename;
  }
  throw new ERR_MODULE_NOT_FOUND(pkgDir + '/', baseForMessage(base), undefined);
}

// An "exports"/"imports" result: a path, or { bare } for an "imports" target that
// names another package.
function fromPackageTarget(resolved, base, conditions) {
  if (typeof resolved === 'object') {
    return packageResolve(resolved.bare, pathToFileURL(resolved.pjsonPath).href, conditions);
  }
  return pathToFileURL(resolved);
}

function parentPathOf(base) {
  if (typeof base === 'string' && base.startsWith('file:')) return fileURLToPath(base);
  return path.join(process.cwd(), '[eval]');
}

function packageResolve(specifier, base, conditions) {
  const { name, subpath } = parsePackageName(specifier, base);
  const parentPath = parentPathOf(base);
  const basePath = baseForMessage(base);

  // Self-reference: the nearest package.json names this package and has "exports".
  const scope = packageJson.readPackageScope(parentPath);
  if (scope && scope.data.name === name && scope.data.exports != null) {
    return fromPackageTarget(packageJson.packageExportsResolve(
      scope.data.pjsonPath, subpath, scope.data.exports, basePath, conditions), base, conditions);
  }

  let dir = path.dirname(parentPath);
  for (;;) {
    const pkgDir = dir === '/' ? `/node_modules/${name}` : `${dir}/node_modules/${name}`;
    if (!dir.endsWith('/node_modules') && statKind(pkgDir) === 1) {
      const pkg = packageJson.readPackage(pkgDir);
      if (pkg.exists && pkg.exports != null) {
        return fromPackageTarget(packageJson.packageExportsResolve(
          pkg.pjsonPath, subpath, pkg.exports, basePath, conditions), base, conditions);
      }
      if (subpath === '.') return pathToFileURL(legacyMainResolve(pkgDir, pkg.main, base));
      return pathToFileURL(path.join(pkgDir, subpath));
    }
    if (dir === '/') break;
    dir = path.dirname(dir);
  }
  throw new ERR_MODULE_NOT_FOUND(name, basePath, undefined);
}

// ---- the resolved file ----

// Did the user leave out what CommonJS would have added (an extension, /index.js)?
// Node appends a hint.
function commonJSHint(specifier, parentURL) {
  if (typeof parentURL !== 'string' || !parentURL.startsWith('file:')) return undefined;
  const { Module } = require('internal/modules/cjs/loader');
  const parentPath = fileURLToPath(parentURL);
  let found;
  try {
    found = Module._resolveFilename(specifier, {
      __proto__: null,
      id: parentPath,
      filename: parentPath,
      paths: Module._nodeModulePaths(path.dirname(parentPath)),
    });
  } catch {
    return undefined;
  }
  if (!path.isAbsolute(found)) return undefined;
  if (isRelativeOrAbsolute(specifier) && specifier[0] !== '/') {
    let relative = path.relative(path.dirname(parentPath), found);
    if (!relative.startsWith('../')) relative = `./${relative}`;
    return relative;
  }
  if (specifier[0] === '/') return found;
  const index = found.lastIndexOf('/node_modules/');
  if (index === -1) return undefined;
  return found.slice(index + '/node_modules/'.length);
}

function finalizeResolution(url, base) {
  if (/%2f|%5c/i.test(url.pathname)) {
    throw new ERR_INVALID_MODULE_SPECIFIER(
      url.pathname, 'must not include encoded "/" or "\\" characters', baseForMessage(base));
  }
  let filename;
  try {
    filename = fileURLToPath(url);
  } catch (err) {
    err.url = url.href;
    throw err;
  }
  const kind = statKind(filename.endsWith('/') ? filename.slice(0, -1) : filename);
  if (kind === 1) {
    throw new ERR_UNSUPPORTED_DIR_IMPORT(filename, baseForMessage(base), url.href);
  }
  if (kind !== 0) {
    throw new ERR_MODULE_NOT_FOUND(filename || url.pathname, baseForMessage(base), url.href);
  }
  const real = pathToFileURL(realpath(filename));
  real.search = url.search;
  real.hash = url.hash;
  return real;
}

// resolve(specifier, parentURL, conditions?) -> { url, format }.
function resolve(specifier, parentURL, conditions = defaultConditions) {
  if (specifier.startsWith('node:')) {
    const id = specifier.slice(5);
    if (!BuiltinModule.canBeRequiredWithScheme(id)) {
      throw new ERR_UNKNOWN_BUILTIN_MODULE(specifier);
    }
    return { url: specifier, format: 'builtin' };
  }
  if (BuiltinModule.canBeRequiredWithoutScheme(specifier)) {
    return { url: `node:${specifier}`, format: 'builtin' };
  }

  let url;
  try {
    if (isRelativeOrAbsolute(specifier)) {
      try {
        url = new URL(specifier, parentURL);
      } catch {
        throw new ERR_UNSUPPORTED_RESOLVE_REQUEST(specifier, parentURL);
      }
    } else if (specifier[0] === '#') {
      const resolved = packageJson.packageImportsResolve(
        specifier, parentPathOf(parentURL), conditions);
      url = fromPackageTarget(resolved, parentURL, conditions);
    } else {
      try {
        url = new URL(specifier);
      } catch {
        url = packageResolve(specifier, parentURL, conditions);
      }
    }

    if (url.protocol === 'node:') return resolve(url.href, parentURL, conditions);
    if (url.protocol === 'data:') return { url: url.href, format: getFormat(url.href) };
    if (url.protocol !== 'file:') {
      throw new ERR_UNSUPPORTED_ESM_URL_SCHEME(url, ['file', 'data', 'node']);
    }
    url = finalizeResolution(url, parentURL);
  } catch (err) {
    if (err !== null && typeof err === 'object' && (err.code === 'ERR_MODULE_NOT_FOUND' ||
                                                     err.code === 'ERR_UNSUPPORTED_DIR_IMPORT')) {
      const hint = commonJSHint(specifier, parentURL);
      if (hint !== undefined) err.message += `\nDid you mean to import ${JSON.stringify(hint)}?`;
    }
    throw err;
  }
  return { url: url.href, format: undefined };
}

module.exports = {
  resolve,
  getFormat,
  defaultConditions,
};
