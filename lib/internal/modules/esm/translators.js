'use strict';
// Turns a resolved URL of a known format into a ModuleWrap: source text modules,
// and synthetic modules for CommonJS (default = module.exports plus the names
// cjs-module-lexer finds), JSON (default only) and built-ins (default plus each
// own enumerable export).

const path = require('path');
const { fileURLToPath } = require('internal/url');
const { BuiltinModule } = require('internal/bootstrap/realm');
const { stripBOM } = require('internal/modules/helpers');
const { ModuleWrap } = internalBinding('module_wrap');

const fsBinding = internalBinding('fs');
const JSONParse = JSON.parse;
const { hasOwn, keys: ObjectKeys } = Object;

let cjsLexer;
function cjsParse(source) {
  if (cjsLexer === undefined) cjsLexer = require('internal/deps/cjs-module-lexer/lexer');
  return cjsLexer.parse(source);
}

function readFile(filename) {
  return fsBinding.readFileUtf8(filename, 0);
}

function decodeDataURL(url) {
  const comma = url.indexOf(',');
  const meta = url.slice(5, comma);
  const body = url.slice(comma + 1);
  if (meta.endsWith(';base64')) return Buffer.from(body, 'base64').toString('utf8');
  return decodeURIComponent(body);
}

// The text of a file: or data: URL.
function getSource(url) {
  if (url.startsWith('data:')) return decodeDataURL(url);
  return readFile(fileURLToPath(url));
}

function compileSourceText(url, source) {
  try {
    return new ModuleWrap(url, source, 0, 0);
  } catch (err) {
    // V8 10.2 has no RegExp `v` flag: internal/modules/regexp_unicode_sets retries.
    return require('internal/modules/regexp_unicode_sets').retryWithUnicodeSets(
      source, (text) => new ModuleWrap(url, text, 0, 0), err);
  }
}

function esmStrategy(url) {
  // V8 reads a leading #! line itself.
  return compileSourceText(url, getSource(url));
}

// Export names of a CommonJS file found by static analysis, following
// `module.exports = require('./other')` re-exports.
function cjsExportNames(filename, source, seen = new Set()) {
  seen.add(filename);
  let parsed;
  try {
    parsed = cjsParse(source);
  } catch {
    return new Set();
  }
  const names = new Set(parsed.exports);
  if (parsed.reexports.length === 0) return names;
  const { Module } = require('internal/modules/cjs/loader');
  const parent = new Module(filename, null);
  parent.filename = filename;
  parent.paths = Module._nodeModulePaths(path.dirname(filename));
  for (const request of parsed.reexports) {
    let resolved;
    try {
      resolved = Module._resolveFilename(request, parent, false);
    } catch {
      continue;
    }
    if (!path.isAbsolute(resolved) || seen.has(resolved)) continue;
    const ext = path.extname(resolved);
    if (ext !== '.js' && ext !== '.cjs' && Module._extensions[ext]) continue;
    let text;
    try {
      text = readFile(resolved);
    } catch {
      continue;
    }
    for (const name of cjsExportNames(resolved, text, seen)) names.add(name);
  }
  return names;
}

function commonjsStrategy(url) {
  const filename = fileURLToPath(url);
  const names = cjsExportNames(filename, readFile(filename));
  names.delete('default');
  const exportNames = ['default', ...names];
  return new ModuleWrap(url, exportNames, function() {
    const { Module } = require('internal/modules/cjs/loader');
    const exports = Module._load(filename, null, false);
    for (const name of names) {
      if (exports == null || !hasOwn(exports, name)) continue;
      let value;
      try {
        value = exports[name];
      } catch {
        // A throwing getter exports undefined, as in Node.
      }
      this.setExport(name, value);
    }
    this.setExport('default', exports);
  });
}

function jsonStrategy(url) {
  const source = getSource(url);
  const filename = url.startsWith('file:') ? fileURLToPath(url) : url;
  return new ModuleWrap(url, ['default'], function() {
    const { Module } = require('internal/modules/cjs/loader');
    const cached = url.startsWith('file:') ? Module._cache[filename] : undefined;
    if (cached !== undefined && cached.loaded) {
      this.setExport('default', cached.exports);
      return;
    }
    let value;
    try {
      value = JSONParse(stripBOM(source));
    } catch (err) {
      err.message = `${filename}: ${err.message}`;
      throw err;
    }
    this.setExport('default', value);
  });
}

// The ES module facades of built-ins, for module.syncBuiltinESMExports().
const builtinFacades = [];

function readExport(exports, name) {
  if (!hasOwn(exports, name)) return undefined;
  try {
    return exports[name];
  } catch {
    // A lazy getter that fails leaves its export undefined.
    return undefined;
  }
}

function builtinStrategy(url) {
  const id = url.slice('node:'.length);
  const exports = BuiltinModule.require(id);
  const names = exports !== null && (typeof exports === 'object' || typeof exports === 'function') ?
    ObjectKeys(exports).filter((name) => name !== 'default') : [];
  const wrap = new ModuleWrap(url, ['default', ...names], function() {
    for (const name of names) this.setExport(name, readExport(exports, name));
    this.setExport('default', exports);
  });
  builtinFacades.push({ wrap, exports, names });
  return wrap;
}

// Named exports of built-ins take the current values of the CommonJS exports' own
// properties (a deleted one becomes undefined; names added later stay out).
function syncBuiltinESMExports() {
  for (const { wrap, exports, names } of builtinFacades) {
    for (const name of names) wrap.setExport(name, readExport(exports, name));
  }
}

const translators = {
  __proto__: null,
  module: esmStrategy,
  commonjs: commonjsStrategy,
  json: jsonStrategy,
  builtin: builtinStrategy,
};

// translate(url, format) -> a new ModuleWrap with wrap.url set.
function translate(url, format) {
  const wrap = translators[format](url);
  wrap.url = url;
  return wrap;
}

module.exports = { translate, compileSourceText, syncBuiltinESMExports };
