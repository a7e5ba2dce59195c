'use strict';
// The CommonJS loader: the Module class behind require(), Node's resolution
// algorithm (relative and absolute paths, extension probing, directories and
// package.json "main", node_modules lookup, "exports"/"imports", self-reference),
// the module cache, and the entry points for the main script and `-e`.

const { BuiltinModule } = require('internal/bootstrap/realm');
const path = require('path');
const packageJson = require('internal/modules/package_json_reader');
const {
  stripBOM,
  stripShebang,
  canBeRequiredWithoutScheme,
  canBeRequiredWithScheme,
  normalizeRequirableId,
  getCjsConditions,
} = require('internal/modules/helpers');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_REQUIRE_ESM, ERR_UNKNOWN_BUILTIN_MODULE },
} = require('internal/errors');
const { validateString } = require('internal/validators');

const fsBinding = internalBinding('fs');
const { compileFunction, runScript } = internalBinding('contextify');
const { isProxy } = internalBinding('types');

// Captured so that user code patching these cannot break loading.
const ReflectApply = Reflect.apply;
const { parseWithoutSourceArrow: JSONParse } = require('internal/bootstrap/json_parse');
const ObjectPrototype = Object.prototype;
const { getPrototypeOf, setPrototypeOf, defineProperty, hasOwn } = Object;

const kIsMainSymbol = Symbol('kIsMainSymbol');
const kIsCachedByESMLoader = Symbol('kIsCachedByESMLoader');
const kIsExecuting = Symbol('kIsExecuting');

const wrapperParams = ['exports', 'require', 'module', '__filename', '__dirname'];

// Module -> the module that first required it (module.parent).
const moduleParentCache = new WeakMap();
// `${parent.path}\0${request}` -> filename, checked before resolving again.
const relativeResolveCache = { __proto__: null };
// Global lookup folders from NODE_PATH and $HOME (Module._initPaths).
let modulePaths = [];
// Node's realpath cache: kept for the whole process.
const realpathCache = new Map();
// Stat results, kept while a top-level module body runs.
let statCache = null;
let requireDepth = 0;
let isPreloading = false;
// Set by the ES module loader once it exists: { requireESM(filename, parent), runMain(path) }.
let esmHooks = null;

function setOwnProperty(obj, key, value) {
  defineProperty(obj, key, {
    __proto__: null, value, writable: true, enumerable: true, configurable: true,
  });
}

function updateChildren(parent, child, scan) {
  const children = parent && parent.children;
  if (children && !(scan && children.includes(child))) children.push(child);
}

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  setOwnProperty(this, 'exports', {});
  moduleParentCache.set(this, parent);
  updateChildren(parent, this, false);
  this.filename = null;
  this.loaded = false;
  this.children = [];
}

defineProperty(Module.prototype, 'isPreloading', {
  __proto__: null,
  get() { return isPreloading; },
  configurable: true,
  enumerable: false,
});
defineProperty(Module.prototype, 'parent', {
  __proto__: null,
  get() { return moduleParentCache.get(this); },
  set(value) { moduleParentCache.set(this, value); },
  configurable: true,
  enumerable: false,
});

Module._cache = { __proto__: null };
Module._pathCache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.globalPaths = [];

// The source wrapper. Assigning Module.wrap, Module.wrapper or an element of
// the wrapper array switches compilation to the (slower) script path.
let wrapperPatched = false;
let wrap = function(script) {
  return Module.wrapper[0] + script + Module.wrapper[1];
};
const wrapperArray = [
  '(function (exports, require, module, __filename, __dirname) { ',
  '\n});',
];
let wrapper = new Proxy(wrapperArray, {
  set(target, property, value, receiver) {
    wrapperPatched = true;
    return Reflect.set(target, property, value, receiver);
  },
  defineProperty(target, property, descriptor) {
    wrapperPatched = true;
    return Reflect.defineProperty(target, property, descriptor);
  },
});
defineProperty(Module, 'wrap', {
  __proto__: null,
  get() { return wrap; },
  set(value) {
    wrapperPatched = true;
    wrap = value;
  },
  configurable: true,
  enumerable: true,
});
defineProperty(Module, 'wrapper', {
  __proto__: null,
  get() { return wrapper; },
  set(value) {
    wrapperPatched = true;
    wrapper = value;
  },
  configurable: true,
  enumerable: true,
});

// ---- file system helpers ----

function defaultStat(filename) {
  filename = path.toNamespacedPath(filename);
  if (statCache !== null) {
    const cached = statCache.get(filename);
    if (cached !== undefined) return cached;
  }
  const result = fsBinding.internalModuleStat(filename);
  if (statCache !== null && result >= 0) statCache.set(filename, result);
  return result;
}
// Module._stat can be replaced (yarn PnP does); stat() always goes through it.
let statImpl = defaultStat;
defineProperty(Module, '_stat', {
  __proto__: null,
  get() { return statImpl; },
  set(fn) { statImpl = fn; },
  configurable: true,
  enumerable: true,
});
function stat(filename) {
  return statImpl(filename);
}

function toRealPath(requestPath) {
  let real = realpathCache.get(requestPath);
  if (real === undefined) {
    real = fsBinding.realpath(path.toNamespacedPath(requestPath));
    realpathCache.set(requestPath, real);
  }
  return real;
}

function readSource(filename) {
  return fsBinding.readFileUtf8(path.toNamespacedPath(filename), 0);
}

// ---- resolution ----

function tryFile(requestPath) {
  if (stat(requestPath) !== 0) return false;
  return toRealPath(requestPath);
}

function tryExtensions(basePath, exts) {
  for (let i = 0; i < exts.length; i++) {
    const filename = tryFile(basePath + exts[i]);
    if (filename) return filename;
  }
  return false;
}

// A directory: its package.json "main", else index.<ext>.
function tryPackage(requestPath, exts, originalRequest) {
  const main = packageJson.readPackage(requestPath).main;
  if (!main) return tryExtensions(path.resolve(requestPath, 'index'), exts);

  const filename = path.resolve(requestPath, main);
  let found = tryFile(filename) || tryExtensions(filename, exts) ||
    tryExtensions(path.resolve(filename, 'index'), exts);
  if (found === false) {
    found = tryExtensions(path.resolve(requestPath, 'index'), exts);
    const jsonPath = path.resolve(requestPath, 'package.json');
    if (!found) {
      const err = new Error(`Cannot find module '${filename}'. ` +
        'Please verify that the package.json has a valid "main" entry');
      err.code = 'MODULE_NOT_FOUND';
      err.path = jsonPath;
      err.requestPath = originalRequest;
      throw err;
    }
    process.emitWarning(`Invalid 'main' field in '${jsonPath}' of '${main}'. ` +
      'Please either fix that or report it to the module author',
                        'DeprecationWarning', 'DEP0128');
  }
  return found;
}

function notFoundError(request, pkgJsonPath) {
  const err = new Error(`Cannot find module '${request}'`);
  err.code = 'MODULE_NOT_FOUND';
  if (pkgJsonPath) err.path = pkgJsonPath;
  return err;
}

// An "exports"/"imports" result must name an existing file.
function finalizePackageResolution(resolved, request, pkgDir) {
  if (typeof resolved === 'object') {
    // An "imports" target naming another package: resolve it from the package.
    const fakeParent = new Module(resolved.pjsonPath, null);
    fakeParent.filename = resolved.pjsonPath;
    fakeParent.paths = Module._nodeModulePaths(pkgDir);
    try {
      return Module._resolveFilename(resolved.bare, fakeParent, false);
    } catch (err) {
      if (err.code === 'MODULE_NOT_FOUND') throw notFoundError(request);
      throw err;
    }
  }
  const found = tryFile(resolved);
  if (found) return found;
  throw notFoundError(resolved, path.resolve(pkgDir, 'package.json'));
}

const EXPORTS_PATTERN = /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/;

// require('pkg/sub') where node_modules/pkg/package.json has "exports".
function resolveExports(nmPath, request) {
  const match = EXPORTS_PATTERN.exec(request);
  if (match === null) return undefined;
  const pkgDir = path.resolve(nmPath, match[1]);
  const pkg = packageJson.readPackage(pkgDir);
  if (!pkg.exists || pkg.exports == null) return undefined;
  const resolved = packageJson.packageExportsResolve(
    pkg.pjsonPath, '.' + (match[2] || ''), pkg.exports, undefined, getCjsConditions());
  return finalizePackageResolution(resolved, request, pkgDir);
}

// require('own-name/sub') from inside the package that has that name.
function trySelf(parentPath, request) {
  if (!parentPath) return false;
  const scope = packageJson.readPackageScope(parentPath);
  if (!scope || scope.data.exports == null || scope.data.name === undefined) return false;
  const name = scope.data.name;
  let subpath;
  if (request === name) {
    subpath = '.';
  } else if (request.startsWith(`${name}/`)) {
    subpath = '.' + request.slice(name.length);
  } else {
    return false;
  }
  const pjsonPath = path.resolve(scope.path, 'package.json');
  const resolved = packageJson.packageExportsResolve(
    pjsonPath, subpath, scope.data.exports, parentPath, getCjsConditions());
  return finalizePackageResolution(resolved, request, scope.path);
}

function trySelfParentPath(parent) {
  if (!parent) return false;
  if (parent.filename) return parent.filename;
  if (parent.id === '<repl>' || parent.id === 'internal/preload') return process.cwd();
  return false;
}

function isRelativeRequest(request) {
  return request === '.' || request === '..' ||
    request.startsWith('./') || request.startsWith('../');
}

Module._findPath = function(request, paths, isMain) {
  const absoluteRequest = path.isAbsolute(request);
  if (absoluteRequest) {
    paths = [''];
  } else if (!paths || paths.length === 0) {
    return false;
  }

  const cacheKey = request + '\x00' + paths.join('\x00');
  const cached = Module._pathCache[cacheKey];
  if (cached) return cached;

  const trailingSlash = request.length > 0 &&
    (request.endsWith('/') || request.endsWith('/.') || request.endsWith('/..') ||
     request === '.' || request === '..');
  // Folders that do not exist are skipped, except for requests that climb out
  // of them ('../x' from a missing folder can still exist).
  const insidePath = !(isRelativeRequest(request) &&
    path.normalize(request).startsWith('..'));

  let exts;
  for (let i = 0; i < paths.length; i++) {
    const curPath = paths[i];
    if (insidePath && curPath && stat(curPath) < 1) continue;

    if (!absoluteRequest) {
      const exported = resolveExports(curPath, request);
      if (exported) return exported;
    }

    const basePath = path.resolve(curPath, request);
    let filename;
    const rc = stat(basePath);
    if (!trailingSlash) {
      if (rc === 0) filename = toRealPath(basePath);
      if (!filename) {
        if (exts === undefined) exts = Object.keys(Module._extensions);
        filename = tryExtensions(basePath, exts);
      }
    }
    if (!filename && rc === 1) {
      if (exts === undefined) exts = Object.keys(Module._extensions);
      filename = tryPackage(basePath, exts, request);
    }
    if (filename) {
      Module._pathCache[cacheKey] = filename;
      return filename;
    }
  }
  return false;
};

// The node_modules folders above `from`, nearest first; a folder that is
// itself named node_modules gets no node_modules/node_modules entry.
Module._nodeModulePaths = function(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const paths = [];
  let end = from.length;
  for (let i = from.length - 1; i >= 0; i--) {
    if (from.charCodeAt(i) !== 47 /* / */) continue;
    if (from.slice(i + 1, end) !== 'node_modules') {
      paths.push(from.slice(0, end) + '/node_modules');
    }
    end = i;
  }
  paths.push('/node_modules');
  return paths;
};

Module._resolveLookupPaths = function(request, parent) {
  if (normalizeRequirableId(request)) return null;

  if (request[0] !== '.' ||
      (request.length > 1 && request[1] !== '.' && request[1] !== '/')) {
    let paths = modulePaths;
    if (parent && parent.paths && parent.paths.length) {
      paths = parent.paths.concat(modulePaths);
    }
    return paths.length > 0 ? paths : null;
  }

  // A parent without a file (the REPL): relative to the working directory.
  if (!parent || !parent.id || !parent.filename) return ['.'];
  return [path.dirname(parent.filename)];
};

function requireStackOf(parent) {
  const stack = [];
  for (let cursor = parent; cursor; cursor = moduleParentCache.get(cursor)) {
    stack.push(cursor.filename || cursor.id);
  }
  return stack;
}

Module._resolveFilename = function(request, parent, isMain, options) {
  if (normalizeRequirableId(request)) return request;

  let paths;
  if (typeof options === 'object' && options !== null) {
    if (Array.isArray(options.paths)) {
      if (isRelativeRequest(request)) {
        paths = options.paths;
      } else {
        const fakeParent = new Module('', null);
        paths = [];
        for (const lookupFrom of options.paths) {
          fakeParent.paths = Module._nodeModulePaths(lookupFrom);
          const lookupPaths = Module._resolveLookupPaths(request, fakeParent);
          for (const p of lookupPaths) {
            if (!paths.includes(p)) paths.push(p);
          }
        }
      }
    } else if (options.paths === undefined) {
      paths = Module._resolveLookupPaths(request, parent);
    } else {
      throw new ERR_INVALID_ARG_VALUE('options.paths', options.paths);
    }
  } else {
    paths = Module._resolveLookupPaths(request, parent);
  }

  if (request[0] === '#' && parent && (parent.filename || parent.id === '<repl>')) {
    const parentPath = parent.filename || process.cwd() + path.sep;
    const scope = packageJson.readPackageScope(parentPath);
    if (scope && scope.data.imports != null) {
      const resolved = packageJson.packageImportsResolve(request, parentPath,
                                                         getCjsConditions());
      return finalizePackageResolution(resolved, request, scope.path);
    }
  }

  const selfResolved = trySelf(trySelfParentPath(parent), request);
  if (selfResolved) {
    const cacheKey = request + '\x00' + (paths.length === 1 ? paths[0] : paths.join('\x00'));
    Module._pathCache[cacheKey] = selfResolved;
    return selfResolved;
  }

  const filename = Module._findPath(request, paths, isMain);
  if (filename) return filename;

  const requireStack = requireStackOf(parent);
  let message = `Cannot find module '${request}'`;
  if (requireStack.length > 0) {
    message += '\nRequire stack:\n- ' + requireStack.join('\n- ');
  }
  const err = new Error(message);
  err.code = 'MODULE_NOT_FOUND';
  err.requireStack = requireStack;
  throw err;
};

// ---- loading ----

// Reading a property that module.exports does not have (yet) while a cycle is
// still loading usually means the cycle is the bug: warn like Node.
function emitCircularRequireWarning(prop) {
  process.emitWarning(`Accessing non-existent property '${String(prop)}' of module ` +
    'exports inside circular dependency');
}
const CircularRequirePrototypeWarningProxy = new Proxy({}, {
  get(target, prop) {
    if (prop in target || prop === '__esModule') return Reflect.get(target, prop);
    emitCircularRequireWarning(prop);
    return undefined;
  },
  getOwnPropertyDescriptor(target, prop) {
    if (hasOwn(target, prop) || prop === '__esModule') {
      return Reflect.getOwnPropertyDescriptor(target, prop);
    }
    emitCircularRequireWarning(prop);
    return undefined;
  },
});

function getExportsForCircularRequire(module) {
  const exports = module.exports;
  if (exports && !isProxy(exports) && getPrototypeOf(exports) === ObjectPrototype &&
      !exports.__esModule) {
    setPrototypeOf(exports, CircularRequirePrototypeWarningProxy);
  }
  return exports;
}

function loadBuiltin(id) {
  return BuiltinModule.require(id);
}

Module._load = function(request, parent, isMain) {
  let relCacheKey;
  if (parent) {
    relCacheKey = `${parent.path}\x00${request}`;
    const filename = relativeResolveCache[relCacheKey];
    if (filename !== undefined) {
      const cachedModule = Module._cache[filename];
      if (cachedModule !== undefined) {
        updateChildren(parent, cachedModule, true);
        if (!cachedModule.loaded) return getExportsForCircularRequire(cachedModule);
        return cachedModule.exports;
      }
      delete relativeResolveCache[relCacheKey];
    }
  }

  if (typeof request === 'string' && request.startsWith('node:')) {
    const id = request.slice(5);
    if (!canBeRequiredWithScheme(id)) {
      throw new ERR_UNKNOWN_BUILTIN_MODULE(request);
    }
    return loadBuiltin(id);
  }

  const filename = Module._resolveFilename(request, parent, isMain);
  const cachedModule = Module._cache[filename];
  if (cachedModule !== undefined) {
    updateChildren(parent, cachedModule, true);
    if (!cachedModule.loaded) return getExportsForCircularRequire(cachedModule);
    return cachedModule.exports;
  }

  if (canBeRequiredWithoutScheme(filename)) return loadBuiltin(filename);

  const module = new Module(filename, parent);
  if (isMain) {
    setOwnProperty(process, 'mainModule', module);
    setOwnProperty(module.require, 'main', process.mainModule);
    module.id = '.';
    module[kIsMainSymbol] = true;
  } else {
    module[kIsMainSymbol] = false;
  }
  module[kIsCachedByESMLoader] = false;

  Module._cache[filename] = module;
  if (parent !== undefined && parent !== null) relativeResolveCache[relCacheKey] = filename;

  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent !== undefined && parent !== null) {
        delete relativeResolveCache[relCacheKey];
        const children = parent.children;
        if (Array.isArray(children)) {
          const index = children.indexOf(module);
          if (index !== -1) children.splice(index, 1);
        }
      }
    } else if (module.exports && !isProxy(module.exports) &&
               getPrototypeOf(module.exports) === CircularRequirePrototypeWarningProxy) {
      setPrototypeOf(module.exports, ObjectPrototype);
    }
  }
  return module.exports;
};

// 'a.test.js' -> '.test.js' when registered, else '.js'; dotfiles have no extension.
function findLongestRegisteredExtension(filename) {
  const name = path.basename(filename);
  let index;
  let start = 0;
  while ((index = name.indexOf('.', start)) !== -1) {
    start = index + 1;
    if (index === 0) continue;
    const ext = name.slice(index);
    if (Module._extensions[ext]) return ext;
  }
  return '.js';
}

Module.prototype.load = function(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  const extension = findLongestRegisteredExtension(filename);
  if (filename.endsWith('.mjs') && !Module._extensions['.mjs']) {
    if (esmHooks !== null) {
      setOwnProperty(this, 'exports', esmHooks.requireESM(filename, this));
      this.loaded = true;
      return;
    }
    const parent = moduleParentCache.get(this);
    throw new ERR_REQUIRE_ESM(filename, true, parent && parent.filename);
  }
  Module._extensions[extension](this, filename);
  this.loaded = true;
};

Module.prototype.require = function(id) {
  validateString(id, 'id');
  if (id === '') throw new ERR_INVALID_ARG_VALUE('id', id, 'must be a non-empty string');
  requireDepth++;
  try {
    return Module._load(id, this, false);
  } finally {
    requireDepth--;
  }
};

function wrapSafe(filename, content) {
  if (wrapperPatched) {
    return runScript(Module.wrap(content), filename);
  }
  try {
    return compileFunction(content, filename, wrapperParams, 0, 0);
  } catch (err) {
    // V8 10.2 has no RegExp `v` flag: internal/modules/regexp_unicode_sets retries.
    return require('internal/modules/regexp_unicode_sets').retryWithUnicodeSets(
      content, (source) => compileFunction(source, filename, wrapperParams, 0, 0), err);
  }
}

Module.prototype._compile = function(content, filename) {
  const compiledWrapper = wrapSafe(filename, content);
  const dirname = path.dirname(filename);
  const require = makeRequireFunction(this);
  const exports = this.exports;
  if (requireDepth === 0) statCache = new Map();
  this[kIsExecuting] = true;
  let result;
  try {
    result = ReflectApply(compiledWrapper, exports,
                          [exports, require, this, filename, dirname]);
  } finally {
    this[kIsExecuting] = false;
    if (requireDepth === 0) statCache = null;
  }
  return result;
};

// Crude check for import/export statements: only picks the ERR_REQUIRE_ESM advice.
function looksLikeESM(source) {
  return /^[ \t]*(?:import\s*[\w{*'"]|export\s*[\w{*])/m.test(source);
}

Module._extensions['.js'] = function(module, filename) {
  const content = readSource(filename);
  if (filename.endsWith('.js')) {
    const scope = packageJson.readPackageScope(filename);
    if (scope && scope.data.type === 'module') {
      if (esmHooks !== null) {
        setOwnProperty(module, 'exports', esmHooks.requireESM(filename, module));
        return;
      }
      const parent = moduleParentCache.get(module);
      throw new ERR_REQUIRE_ESM(filename, looksLikeESM(content), parent && parent.filename,
                                path.resolve(scope.path, 'package.json'));
    }
  }
  // A byte order mark stays: V8 reads U+FEFF as white space, as Node leaves it.
  module._compile(stripShebang(content), filename);
};

Module._extensions['.json'] = function(module, filename) {
  const content = readSource(filename);
  try {
    setOwnProperty(module, 'exports', JSONParse(stripBOM(content)));
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};

// rt loads no native addons. Node reports a failed dlopen with this code.
Module._extensions['.node'] = function(module, filename) {
  const err = new Error(`Cannot load native addon '${filename}': native addons ` +
                        'are not supported by rt');
  err.code = 'ERR_DLOPEN_FAILED';
  throw err;
};

// ---- require functions ----

function makeRequireFunction(mod) {
  const require = function require(path) {
    return mod.require(path);
  };
  function resolve(request, options) {
    validateString(request, 'request');
    return Module._resolveFilename(request, mod, false, options);
  }
  require.resolve = resolve;
  function paths(request) {
    validateString(request, 'request');
    return Module._resolveLookupPaths(request, mod);
  }
  resolve.paths = paths;
  setOwnProperty(require, 'main', process.mainModule);
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

const createRequireError = 'must be a file URL object, file URL string, or ' +
  'absolute path string';

function isURLLike(value) {
  return value !== null && typeof value === 'object' &&
    typeof value.href === 'string' && typeof value.protocol === 'string';
}

function createRequireFromPath(filename) {
  initializeCJS();
  // A directory (trailing slash) stands for a file inside it.
  const proxyPath = filename.endsWith('/') ? path.join(filename, 'noop.js') : filename;
  const m = new Module(proxyPath);
  m.filename = proxyPath;
  m.paths = Module._nodeModulePaths(m.path);
  return makeRequireFunction(m);
}

function createRequire(filename) {
  let filepath;
  if (isURLLike(filename) ||
      (typeof filename === 'string' && !path.isAbsolute(filename))) {
    try {
      filepath = require('url').fileURLToPath(filename);
    } catch {
      throw new ERR_INVALID_ARG_VALUE('filename', filename, createRequireError);
    }
  } else if (typeof filename !== 'string') {
    throw new ERR_INVALID_ARG_VALUE('filename', filename, createRequireError);
  } else {
    filepath = filename;
  }
  return createRequireFromPath(filepath);
}

Module.createRequire = createRequire;

// ---- global paths, preloading, main ----

Module._initPaths = function() {
  const homeDir = process.env.HOME;
  const nodePath = process.env.NODE_PATH;
  const prefixDir = path.resolve(process.execPath, '..', '..');
  let paths = [path.resolve(prefixDir, 'lib', 'node')];
  if (homeDir) {
    paths.unshift(path.resolve(homeDir, '.node_libraries'));
    paths.unshift(path.resolve(homeDir, '.node_modules'));
  }
  if (nodePath) {
    paths = nodePath.split(path.delimiter).filter(Boolean).concat(paths);
  }
  modulePaths = paths;
  Module.globalPaths = modulePaths.slice();
};

Module._preloadModules = function(requests) {
  if (!Array.isArray(requests)) return;
  initializeCJS();
  isPreloading = true;
  const parent = new Module('internal/preload', null);
  try {
    parent.paths = Module._nodeModulePaths(process.cwd());
  } catch (err) {
    if (err.code !== 'ENOENT') {
      isPreloading = false;
      throw err;
    }
  }
  try {
    for (const request of requests) parent.require(request);
  } finally {
    isPreloading = false;
  }
};

// Whether the entry file is an ES module: .mjs, or .js under "type": "module".
function shouldUseESMLoader(mainPath) {
  if (mainPath.endsWith('.mjs')) return true;
  if (mainPath.endsWith('.cjs')) return false;
  const scope = packageJson.readPackageScope(mainPath);
  return Boolean(scope && scope.data.type === 'module');
}

function resolveMainPath(main) {
  const mainPath = Module._findPath(path.resolve(main), null, true);
  return mainPath ? toRealPath(mainPath) : mainPath;
}

// Global paths come from the environment, so they are read on first use rather
// than when this file loads.
let pathsInitialized = false;
function initializeCJS() {
  if (pathsInitialized) return;
  pathsInitialized = true;
  Module._initPaths();
}

// Runs the entry script (an absolute path; process.argv[1] by default).
function runMain(main = process.argv[1]) {
  initializeCJS();
  const resolved = resolveMainPath(main);
  if (resolved && esmHooks !== null && shouldUseESMLoader(resolved)) {
    esmHooks.runMain(resolved);
    return;
  }
  Module._load(main, null, true);
}
Module.runMain = runMain;

// The module behind `node -e` / `--print`: id '[eval]', resolving from cwd.
function createEvalModule(cwd = process.cwd()) {
  initializeCJS();
  const module = new Module('[eval]');
  module.filename = path.join(cwd, '[eval]');
  module.paths = Module._nodeModulePaths(cwd);
  module[kIsExecuting] = false;
  const require = makeRequireFunction(module);
  return { module, require };
}

function makeRequireForEval(cwd) {
  return createEvalModule(cwd).require;
}

// ---- the rest of the public surface ----

Module.isBuiltin = function isBuiltin(moduleName) {
  return normalizeRequirableId(moduleName) !== undefined;
};

let builtinModules;
defineProperty(Module, 'builtinModules', {
  __proto__: null,
  get() {
    if (builtinModules === undefined) {
      builtinModules = Object.freeze(BuiltinModule.builtinIds
        .filter(canBeRequiredWithoutScheme).sort());
    }
    return builtinModules;
  },
  set(value) {
    builtinModules = value;
  },
  configurable: true,
  enumerable: true,
});

Module._readPackage = packageJson.readPackage;
Module._debug = function() {};

// A getter, as in Node: util.inspect then prints modules as plain objects.
defineProperty(Module.prototype, 'constructor', {
  __proto__: null,
  get() { return Module; },
  configurable: false,
  enumerable: false,
});

Module.Module = Module;

// Called once by the ES module loader to take over .mjs / "type": "module" files.
function setESMHooks(hooks) {
  esmHooks = hooks;
}

module.exports = {
  Module,
  runMain,
  makeRequireForEval,
  createEvalModule,
  makeRequireFunction,
  shouldUseESMLoader,
  toRealPath,
  setESMHooks,
  initializeCJS,
  kIsMainSymbol,
  kIsExecuting,
};
