'use strict';

// The first file to run: it defines BuiltinModule, the loader of lib/ files, and
// hands the internal `require` back to C++ (module.exports.internalRequire).
// C++ calls it as (exports, require = undefined, module, internalBinding, process).

const { compile, ids } = internalBinding('builtins');

// Captured once: lib/ must keep loading when user code patches built-ins.
const ObjectCreate = Object.create;
const ObjectKeys = Object.keys;
const ReflectApply = Reflect.apply;
const ArrayPrototypeIncludes = Array.prototype.includes;
const StringPrototypeStartsWith = String.prototype.startsWith;
const SafeMap = Map;
const MapPrototypeGet = Map.prototype.get;
const MapPrototypeSet = Map.prototype.set;
const MapPrototypeHas = Map.prototype.has;

// The global names of the JavaScript built-ins, taken before bootstrap adds Node's own
// (Buffer, URL, EventTarget...): util.inspect treats only these classes as built-in.
const jsBuiltinGlobalNames = Object.getOwnPropertyNames(globalThis);

// Public modules that are reachable only with the `node:` scheme.
const schemeOnlyModules = ['test', 'test/reporters', 'sea'];

// lib ids that are implementation details even though they are not under internal/.
const hiddenPublicIds = [];

const cache = new SafeMap();
process.moduleLoadList = [];
const builtinIds = ids.slice();

// --expose-internals (which Node's own tests use): internal/ ids are reachable from user
// code too.
const exposeInternals =
  ReflectApply(ArrayPrototypeIncludes, internalBinding('options').execArgv, ['--expose-internals']);

function isPublicId(id) {
  return (exposeInternals || !ReflectApply(StringPrototypeStartsWith, id, ['internal/'])) &&
    !ReflectApply(ArrayPrototypeIncludes, hiddenPublicIds, [id]);
}

class BuiltinModule {
  constructor(id) {
    this.id = id;
    this.filename = `${id}.js`;
    this.exports = {};
    this.loaded = false;
    this.loading = false;
    this.canBeRequiredByUsers = isPublicId(id);
  }

  static exists(id) {
    return ReflectApply(ArrayPrototypeIncludes, builtinIds, [id]);
  }

  static canBeRequiredByUsers(id) {
    return BuiltinModule.exists(id) && isPublicId(id) &&
      !ReflectApply(ArrayPrototypeIncludes, schemeOnlyModules, [id]);
  }

  // `node:id` may name scheme-only modules too.
  static canBeRequiredWithoutScheme(id) {
    return BuiltinModule.canBeRequiredByUsers(id);
  }

  static canBeRequiredWithScheme(id) {
    return BuiltinModule.exists(id) && isPublicId(id);
  }

  static getSchemeOnlyModuleNames() {
    return schemeOnlyModules.slice();
  }

  static getCanBeRequiredByUsersWithoutSchemeList() {
    const list = [];
    for (const id of builtinIds) {
      if (BuiltinModule.canBeRequiredByUsers(id)) list.push(id);
    }
    return list;
  }

  static get builtinIds() {
    return builtinIds.slice();
  }

  static map(id) {
    return ReflectApply(MapPrototypeGet, cache, [id]);
  }

  static require(id) {
    return internalRequire(id);
  }

  compileForInternalLoader() {
    if (this.loaded || this.loading) return this.exports;
    this.loading = true;
    // Like Node: process.moduleLoadList names every built-in loaded so far.
    if (Array.isArray(process.moduleLoadList)) {
      process.moduleLoadList.push(`NativeModule ${this.id}`);
    }
    try {
      const fn = compile(this.id);
      ReflectApply(fn, undefined, [this.exports, internalRequire, this, internalBinding, process]);
      this.loaded = true;
    } finally {
      this.loading = false;
    }
    return this.exports;
  }
}

function internalRequire(id) {
  let mod = ReflectApply(MapPrototypeGet, cache, [id]);
  if (mod === undefined) {
    if (!BuiltinModule.exists(id)) {
      const err = new Error(`No such built-in module: ${id}`);
      err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
      throw err;
    }
    mod = new BuiltinModule(id);
    ReflectApply(MapPrototypeSet, cache, [id, mod]);
  }
  return mod.compileForInternalLoader();
}

// Lets internal code ask whether a module was already loaded without loading it.
internalRequire.isLoaded = (id) =>
  ReflectApply(MapPrototypeHas, cache, [id]) && ReflectApply(MapPrototypeGet, cache, [id]).loaded;

// realm.js itself is reachable as require('internal/bootstrap/realm').
const self = new BuiltinModule('internal/bootstrap/realm');
self.exports = { BuiltinModule, internalRequire, jsBuiltinGlobalNames };
self.loaded = true;
ReflectApply(MapPrototypeSet, cache, ['internal/bootstrap/realm', self]);
void ObjectCreate;
void ObjectKeys;

module.exports = self.exports;
