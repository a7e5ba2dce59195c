'use strict';
// package.json for the module loaders: reading (cached per process), finding the
// package scope of a file, and resolving the "exports" and "imports" maps by
// Node's rules (conditions, subpath patterns, null targets, target validation).
// Paths in, paths out: the CommonJS loader never needs URLs here.

const path = require('path');
const {
  codes: {
    ERR_INVALID_MODULE_SPECIFIER,
    ERR_INVALID_PACKAGE_CONFIG,
    ERR_INVALID_PACKAGE_TARGET,
    ERR_PACKAGE_IMPORT_NOT_DEFINED,
    ERR_PACKAGE_PATH_NOT_EXPORTED,
  },
} = require('internal/errors');

const fsBinding = internalBinding('fs');

// jsonPath -> parsed record. package.json files are read once per process, like Node.
const cache = new Map();
const kMissing = Object.freeze({ exists: false });

// read('/a/b/package.json') -> { exists: false } or
// { exists: true, pjsonPath, name, main, type, exports, imports }.
// A file that is not valid JSON throws a SyntaxError naming the file.
function read(jsonPath) {
  const cached = cache.get(jsonPath);
  if (cached !== undefined) return cached;

  let source;
  try {
    source = fsBinding.readFileUtf8(path.toNamespacedPath(jsonPath), 0);
  } catch {
    cache.set(jsonPath, kMissing);
    return kMissing;
  }

  let parsed;
  try {
    parsed = JSON.parse(source);
  } catch (err) {
    err.message = `Error parsing ${jsonPath}: ${err.message}`;
    err.path = jsonPath;
    throw err;
  }

  const fields = parsed !== null && typeof parsed === 'object' ? parsed : {};
  const record = {
    exists: true,
    pjsonPath: jsonPath,
    name: typeof fields.name === 'string' ? fields.name : undefined,
    main: typeof fields.main === 'string' ? fields.main : undefined,
    type: fields.type === 'module' || fields.type === 'commonjs' ? fields.type : 'none',
    exports: fields.exports,
    imports: fields.imports,
  };
  cache.set(jsonPath, record);
  return record;
}

// The package.json in directory `dir` (Module._readPackage).
function readPackage(dir) {
  return read(path.resolve(dir, 'package.json'));
}

// Nearest package.json above `checkPath` (a file path), not looking past a
// node_modules folder: { data, path: directoryOfPackageJson } or false.
function readPackageScope(checkPath) {
  const rootEnd = checkPath.indexOf(path.sep);
  let sepIndex;
  do {
    sepIndex = checkPath.lastIndexOf(path.sep);
    checkPath = checkPath.slice(0, sepIndex);
    if (checkPath.endsWith(path.sep + 'node_modules')) return false;
    const data = read(checkPath + path.sep + 'package.json');
    if (data.exists) return { data, path: checkPath };
  } while (sepIndex > rootEnd);
  return false;
}

// ---- "exports" / "imports" ----

function packageDirOf(pjsonPath) {
  return pjsonPath.slice(0, pjsonPath.length - 'package.json'.length);
}

function isArrayIndexKey(key) {
  const n = Number(key);
  return `${n}` === key && n >= 0 && n < 0xFFFFFFFF;
}

// Segment check for targets and pattern matches: '.', '..' and 'node_modules'
// (also percent-encoded, any case) are never allowed. Empty segments are only
// deprecated in Node, so they pass.
function hasInvalidSegment(str) {
  for (const segment of str.split(/[\\/]/)) {
    const plain = segment.replace(/%([0-9a-f]{2})/gi,
                                  (_, hex) => String.fromCharCode(parseInt(hex, 16)))
      .toLowerCase();
    if (plain === '.' || plain === '..' || plain === 'node_modules') return true;
  }
  return false;
}

function invalidTarget(ctx, key, target) {
  return new ERR_INVALID_PACKAGE_TARGET(packageDirOf(ctx.pjsonPath), key, target,
                                        ctx.internal, ctx.base);
}

function invalidConfig(ctx, message) {
  return new ERR_INVALID_PACKAGE_CONFIG(ctx.pjsonPath, ctx.base, message);
}

// Percent escapes in a resolved target decode like a file: URL would.
function targetToPath(ctx, relative) {
  if (/%2f|%5c/i.test(relative)) {
    const shown = 'file://' + encodeURI(packageDirOf(ctx.pjsonPath)) + relative;
    throw new ERR_INVALID_MODULE_SPECIFIER(
      shown, 'must not include encoded "/" or "\\" characters', ctx.base);
  }
  let decoded = relative;
  try {
    decoded = decodeURIComponent(relative);
  } catch {
    // Keep malformed escapes as written.
  }
  return path.resolve(packageDirOf(ctx.pjsonPath), decoded);
}

// A string target. Returns an absolute path, or { bare } for an "imports"
// target that names another package (the caller resolves it).
function resolveTargetString(ctx, target, subpath, key, pattern) {
  if (subpath !== '' && !pattern && !target.endsWith('/')) {
    throw invalidTarget(ctx, key, target);
  }
  if (!target.startsWith('./')) {
    if (ctx.internal && !target.startsWith('../') && !target.startsWith('/') &&
        !/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(target)) {
      return { bare: pattern ? target.replace(/\*/g, () => subpath) : target + subpath };
    }
    throw invalidTarget(ctx, key, target);
  }
  const rest = target.slice(2);
  if (hasInvalidSegment(rest)) throw invalidTarget(ctx, key, target);
  if (subpath === '') return targetToPath(ctx, rest);
  if (hasInvalidSegment(subpath)) {
    const request = pattern ? key.replace('*', () => subpath) : key + subpath;
    const reason = `request is not a valid match in pattern "${key}" for the ` +
      `"${ctx.internal ? 'imports' : 'exports'}" resolution of ${ctx.pjsonPath}`;
    throw new ERR_INVALID_MODULE_SPECIFIER(request, reason, ctx.base);
  }
  if (pattern) return targetToPath(ctx, rest.replace(/\*/g, () => subpath));
  return targetToPath(ctx, rest + subpath);
}

// Any target: string, array of fallbacks, condition object, or null.
// Returns a path (or { bare }), null for an explicit null, undefined when no
// condition matched.
function resolveTarget(ctx, target, subpath, key, pattern) {
  if (typeof target === 'string') {
    return resolveTargetString(ctx, target, subpath, key, pattern);
  }
  if (Array.isArray(target)) {
    if (target.length === 0) return null;
    let lastError;
    for (const item of target) {
      let result;
      try {
        result = resolveTarget(ctx, item, subpath, key, pattern);
      } catch (err) {
        lastError = err;
        if (err.code === 'ERR_INVALID_PACKAGE_TARGET') continue;
        throw err;
      }
      if (result === undefined) continue;
      if (result === null) {
        lastError = null;
        continue;
      }
      return result;
    }
    if (lastError === undefined || lastError === null) return lastError;
    throw lastError;
  }
  if (target !== null && typeof target === 'object') {
    const keys = Object.getOwnPropertyNames(target);
    for (const k of keys) {
      if (isArrayIndexKey(k)) {
        throw invalidConfig(ctx, '"exports" cannot contain numeric property keys.');
      }
    }
    for (const k of keys) {
      if (k === 'default' || ctx.conditions.has(k)) {
        const result = resolveTarget(ctx, target[k], subpath, key, pattern);
        if (result !== undefined) return result;
      }
    }
    return undefined;
  }
  if (target === null) return null;
  throw invalidTarget(ctx, key, target);
}

// Node's ordering of pattern keys: longer prefix first, then longer key.
function patternKeyCompare(a, b) {
  const aStar = a.indexOf('*');
  const bStar = b.indexOf('*');
  const aBase = aStar === -1 ? a.length : aStar + 1;
  const bBase = bStar === -1 ? b.length : bStar + 1;
  if (aBase > bBase) return -1;
  if (bBase > aBase) return 1;
  if (aStar === -1) return 1;
  if (bStar === -1) return -1;
  if (a.length > b.length) return -1;
  if (b.length > a.length) return 1;
  return 0;
}

// Best '*' key of `map` matching `request`: [key, matched part] or null.
function findPatternMatch(map, request) {
  let bestKey = '';
  let bestMatch;
  for (const key of Object.keys(map)) {
    const star = key.indexOf('*');
    if (star === -1 || !request.startsWith(key.slice(0, star))) continue;
    const trailer = key.slice(star + 1);
    if (request.length >= key.length && request.endsWith(trailer) &&
        patternKeyCompare(bestKey, key) === 1 && key.lastIndexOf('*') === star) {
      bestKey = key;
      bestMatch = request.slice(star, request.length - trailer.length);
    }
  }
  return bestKey ? [bestKey, bestMatch] : null;
}

function isConditionalSugar(ctx, exports) {
  if (typeof exports === 'string' || Array.isArray(exports)) return true;
  if (typeof exports !== 'object' || exports === null) return false;
  let sugar;
  for (const key of Object.getOwnPropertyNames(exports)) {
    const isCondition = key === '' || key[0] !== '.';
    if (sugar === undefined) {
      sugar = isCondition;
    } else if (sugar !== isCondition) {
      throw invalidConfig(ctx, '"exports" cannot contain some keys starting with \'.\' ' +
        'and some not. The exports object must either be an object of package ' +
        'subpath keys or an object of main entry condition name keys only.');
    }
  }
  return sugar === true;
}

// packageExportsResolve(pjsonPath, '.' | './sub', pkg.exports, basePath|undefined, conditions)
function packageExportsResolve(pjsonPath, subpath, exports, base, conditions) {
  const ctx = { pjsonPath, base, conditions, internal: false };
  if (isConditionalSugar(ctx, exports)) exports = { '.': exports };
  const notExported =
    () => new ERR_PACKAGE_PATH_NOT_EXPORTED(packageDirOf(pjsonPath), subpath, base);

  if (Object.prototype.hasOwnProperty.call(exports, subpath) &&
      !subpath.includes('*') && !subpath.endsWith('/')) {
    const resolved = resolveTarget(ctx, exports[subpath], '', subpath, false);
    if (resolved == null) throw notExported();
    return resolved;
  }
  const match = findPatternMatch(exports, subpath);
  if (match !== null) {
    const resolved = resolveTarget(ctx, exports[match[0]], match[1], match[0], true);
    if (resolved == null) throw notExported();
    return resolved;
  }
  throw notExported();
}

// packageImportsResolve('#name', basePath, conditions): the nearest package scope
// of basePath must define it. Returns a path or { bare, pjsonPath }.
function packageImportsResolve(name, base, conditions) {
  if (name === '#' || name.startsWith('#/') || name.endsWith('/')) {
    throw new ERR_INVALID_MODULE_SPECIFIER(
      name, 'is not a valid internal imports specifier name', base);
  }
  const scope = readPackageScope(base);
  let packageDir;
  if (scope) {
    const pjsonPath = scope.data.pjsonPath;
    packageDir = packageDirOf(pjsonPath);
    const imports = scope.data.imports;
    if (imports !== null && typeof imports === 'object') {
      const ctx = { pjsonPath, base, conditions, internal: true };
      let resolved;
      if (Object.prototype.hasOwnProperty.call(imports, name) && !name.includes('*')) {
        resolved = resolveTarget(ctx, imports[name], '', name, false);
      } else {
        const match = findPatternMatch(imports, name);
        if (match !== null) {
          resolved = resolveTarget(ctx, imports[match[0]], match[1], match[0], true);
        }
      }
      if (resolved != null) {
        if (typeof resolved === 'object') resolved.pjsonPath = pjsonPath;
        return resolved;
      }
    }
  }
  throw new ERR_PACKAGE_IMPORT_NOT_DEFINED(name, packageDir, base);
}

module.exports = {
  read,
  readPackage,
  readPackageScope,
  packageExportsResolve,
  packageImportsResolve,
};
