'use strict';
// The ES module loader: one module map per process (URL -> record, so a module
// evaluates once), loading and linking graphs, import() from every kind of code,
// import.meta, require() of ES modules, and the ES module entry points (a file,
// or `--input-type=module` source).
//
// Loading is synchronous (files are read with the sync fs binding); only
// evaluation is asynchronous, when a graph uses top-level await.

const path = require('path');
const { fileURLToPath, pathToFileURL } = require('internal/url');
const {
  codes: {
    ERR_IMPORT_ASSERTION_TYPE_FAILED,
    ERR_IMPORT_ASSERTION_TYPE_MISSING,
    ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED,
    ERR_IMPORT_ATTRIBUTE_UNSUPPORTED,
    ERR_REQUIRE_ASYNC_MODULE,
    ERR_REQUIRE_CYCLE_MODULE,
  },
} = require('internal/errors');
const { resolve, getFormat } = require('internal/modules/esm/resolve');
const { translate, compileSourceText } = require('internal/modules/esm/translators');
const {
  ModuleWrap,
  kInstantiating,
  kInstantiated,
  kEvaluating,
  kErrored,
} = internalBinding('module_wrap');

const errorsBinding = internalBinding('errors');
const { hasOwn, keys: ObjectKeys } = Object;

// url -> { url, format, wrap, linked }
const moduleMap = new Map();

// ---- import attributes ----

const formatTypes = { __proto__: null, json: 'json' };

function checkAttributes(url, format, attributes) {
  const type = attributes !== undefined ? attributes.type : undefined;
  if (attributes !== undefined) {
    for (const key of ObjectKeys(attributes)) {
      if (key !== 'type') throw new ERR_IMPORT_ATTRIBUTE_UNSUPPORTED(key, attributes[key]);
    }
  }
  const expected = formatTypes[format];
  if (expected === undefined) {
    if (type === undefined) return;
    if (type === 'json') throw new ERR_IMPORT_ASSERTION_TYPE_FAILED(url, type);
    throw new ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED(type);
  }
  if (type === undefined) throw new ERR_IMPORT_ASSERTION_TYPE_MISSING(url, expected);
  if (type !== expected) {
    if (type === 'json') throw new ERR_IMPORT_ASSERTION_TYPE_FAILED(url, type);
    throw new ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED(type);
  }
}

// ---- the module map ----

// The record for a resolved URL, created (compiled, not yet linked) on first use.
function getRecord(url, format, attributes) {
  let record = moduleMap.get(url);
  if (record !== undefined) {
    checkAttributes(url, record.format, attributes);
    return record;
  }
  if (format === undefined) format = getFormat(url);
  checkAttributes(url, format, attributes);
  record = { url, format, wrap: translate(url, format), linked: format !== 'module' };
  moduleMap.set(url, record);
  return record;
}

// Resolves and compiles every module the graph under `record` requests, and tells
// each ModuleWrap what its specifiers resolved to.
function linkGraph(root) {
  const pending = [root];
  while (pending.length > 0) {
    const record = pending.pop();
    if (record.linked) continue;
    const specifiers = [];
    const wraps = [];
    const children = [];
    for (const { 0: specifier, 1: attributes } of record.wrap.getModuleRequests()) {
      const resolved = resolve(specifier, record.url);
      const child = getRecord(resolved.url, resolved.format, attributes);
      specifiers.push(specifier);
      wraps.push(child.wrap);
      children.push(child);
    }
    record.wrap.link(specifiers, wraps);
    record.linked = true;
    for (const child of children) {
      if (!child.linked) pending.push(child);
    }
  }
}

// A missing named export of a CommonJS module gets Node's advice to use the default.
function explainMissingCommonJSExport(err, record) {
  const match = /module '(.*)' does not provide an export named '(.+)'/.exec(err.message);
  if (match === null) return;
  const { 1: childSpecifier, 2: name } = match;
  // The module whose import statement failed is the one the arrow points into.
  const arrow = errorsBinding.getErrorSourceArrow(err);
  if (typeof arrow !== 'string') return;
  const { 0: location, 1: importStatement = '' } = arrow.split('\n');
  const parentURL = location.slice(0, location.lastIndexOf(':'));
  let format;
  try {
    const resolved = resolve(childSpecifier, moduleMap.has(parentURL) ? parentURL : record.url);
    format = resolved.format || getFormat(resolved.url);
  } catch {
    return;
  }
  if (format !== 'commonjs') return;
  const namedImports = /{.*}/.exec(importStatement);
  const destructuring = namedImports && namedImports[0].replace(/\s+as\s+/g, ': ');
  err.message = `Named export '${name}' not found. The requested module ` +
    `'${childSpecifier}' is a CommonJS module, which may not support all module.exports ` +
    'as named exports.\nCommonJS modules can always be imported via the default export, ' +
    `for example using:\n\nimport pkg from '${childSpecifier}';\n` +
    (destructuring ? `const ${destructuring} = pkg;\n` : '');
  const stack = String(err.stack).split('\n');
  const firstFrame = stack.findIndex((line) => line.startsWith('    at '));
  err.stack = `SyntaxError: ${err.message}` +
    (firstFrame === -1 ? '' : `\n${stack.slice(firstFrame).join('\n')}`);
}

function instantiate(record) {
  linkGraph(record);
  if (record.wrap.getStatus() >= kInstantiated) return;
  try {
    record.wrap.instantiate();
  } catch (err) {
    if (err instanceof SyntaxError) explainMissingCommonJSExport(err, record);
    // Like Node, a link error's stack starts with its source arrow.
    errorsBinding.decorateModuleErrorStack(err);
    throw err;
  }
}

// `require is not defined` & co. in an ES module get Node's explanation, naming the
// package.json that makes a .js file an ES module.
const kCommonJSGlobals = ['require', 'module', 'exports', '__filename', '__dirname'];
function explainCommonJSGlobal(err, url) {
  if (err?.name !== 'ReferenceError' ||
      !kCommonJSGlobals.some((name) => err.message === `${name} is not defined`)) {
    return;
  }
  err.message += ' in ES module scope';
  if (err.message.startsWith('require ')) err.message += ', you can use import instead';
  if (url.startsWith('file://') && /\.js(\?[^#]*)?(#.*)?$/.test(url)) {
    const scope = require('internal/modules/package_json_reader')
      .readPackageScope(fileURLToPath(url));
    if (scope && scope.data.type === 'module') {
      err.message += '\nThis file is being treated as an ES module because it has a ' +
        `'.js' file extension and '${path.join(scope.path, 'package.json')}' contains ` +
        '"type": "module". To treat it as a CommonJS script, rename it to use the ' +
        "'.cjs' file extension.";
    }
  }
}

// Links, instantiates and evaluates; resolves to the namespace.
async function run(record) {
  instantiate(record);
  try {
    await record.wrap.evaluate();
  } catch (err) {
    explainCommonJSGlobal(err, record.url);
    throw err;
  }
  return record.wrap.getNamespace();
}

async function importModule(specifier, parentURL, attributes) {
  const resolved = resolve(specifier, parentURL);
  return run(getRecord(resolved.url, resolved.format, attributes));
}

// ---- host hooks ----

// V8 gives import() the referrer's resource name: a module URL, a CommonJS
// filename, or a name like '[eval]' (resolved from the working directory).
function parentURLOf(referrerName) {
  if (typeof referrerName === 'string') {
    if (moduleMap.has(referrerName) || referrerName.startsWith('file:')) return referrerName;
    if (path.isAbsolute(referrerName)) return pathToFileURL(referrerName).href;
  }
  return pathToFileURL(path.join(process.cwd(), '[eval]')).href;
}

// import(specifier) from any code. Deferred one microtask: the importer may be in
// the middle of its own evaluation, when its graph cannot be instantiated again.
async function importModuleDynamically(specifier, referrerName, attributes) {
  await undefined;
  return importModule(`${specifier}`, parentURLOf(referrerName), attributes);
}

function resolveForImportMeta(specifier, parentURL) {
  try {
    return resolve(`${specifier}`, parentURL).url;
  } catch (err) {
    if ((err.code === 'ERR_MODULE_NOT_FOUND' || err.code === 'ERR_UNSUPPORTED_DIR_IMPORT') &&
        typeof err.url === 'string') {
      return err.url;
    }
    throw err;
  }
}

function initializeImportMeta(wrap, meta) {
  const url = wrap.url;
  if (url.startsWith('file:')) {
    const filename = fileURLToPath(url);
    meta.dirname = path.dirname(filename);
    meta.filename = filename;
  }
  meta.resolve = function resolve(specifier) {
    return resolveForImportMeta(specifier, url);
  };
  meta.url = url;
}

// ---- require(esm) ----

// The object require() returns: the namespace, or its 'module.exports' export, and
// for a module with a default export a namespace that adds __esModule: true (what
// transpiled CommonJS checks for).
function namespaceForRequire(record) {
  const namespace = record.wrap.getNamespace();
  if (hasOwn(namespace, 'module.exports')) return namespace['module.exports'];
  if (!hasOwn(namespace, 'default') || hasOwn(namespace, '__esModule')) return namespace;
  if (record.requireNamespace === undefined) {
    const wrapper = new ModuleWrap(`${record.url}#require`,
                                   'export * from "original";\n' +
                                   'export { default } from "original";\n' +
                                   'export const __esModule = true;\n', 0, 0);
    wrapper.url = record.url;
    wrapper.link(['original'], [record.wrap]);
    wrapper.instantiate();
    wrapper.evaluate();
    record.requireNamespace = wrapper.getNamespace();
  }
  return record.requireNamespace;
}

// require() of an ES module: the graph must not use top-level await.
function requireESM(filename, parentModule) {
  const url = pathToFileURL(filename).href;
  const record = getRecord(url, 'module', undefined);
  const parentFilename = parentModule && parentModule.parent && parentModule.parent.filename;
  const status = record.wrap.getStatus();
  if (status === kInstantiating || status === kEvaluating) {
    throw new ERR_REQUIRE_CYCLE_MODULE(
      `Cannot require() ES Module ${filename} in a cycle.` +
      (parentFilename ? ` (from ${parentFilename})` : '') +
      ' A cycle involving require(esm) is not allowed to maintain invariants mandated by ' +
      'the ECMAScript specification. Try making at least part of the dependency in the ' +
      'graph lazily loaded.');
  }
  instantiate(record);
  if (record.wrap.isGraphAsync()) throw new ERR_REQUIRE_ASYNC_MODULE(filename, parentFilename);
  const promise = record.wrap.evaluate();
  // The error is thrown here; the rejected promise is nobody's business.
  promise.then(undefined, () => {});
  if (record.wrap.getStatus() === kErrored) throw record.wrap.getError();
  return namespaceForRequire(record);
}

// ---- entry points ----

// A pending main module keeps the process alive only through what it awaits; when
// the loop empties first, Node exits with 13 (unsettled top-level await).
function trackMain(promise) {
  let settled = false;
  const onExit = () => {
    if (!settled && process.exitCode === undefined) process.exitCode = 13;
  };
  process.on('exit', onExit);
  promise.then(() => {
    settled = true;
    process.off('exit', onExit);
  }, (err) => {
    settled = true;
    process.off('exit', onExit);
    // A thrown non-Error is reported at this call, shown as in Node.
    const { triggerUncaughtException } = errorsBinding;
    triggerUncaughtException(
      err, true /* fromPromise */);
  });
}

// The entry file (an absolute, real path) as an ES module.
function runMain(mainPath) {
  const url = pathToFileURL(mainPath).href;
  trackMain((async () => {
    // Evaluated from a microtask, as in Node: promise jobs the module queues run
    // before process.nextTick callbacks.
    await undefined;
    return run(getRecord(url, undefined, undefined));
  })());
}

let evalIndex = 0;
// `--input-type=module` source from -e or stdin: a module named file:///cwd/[eval1].
function evalModule(source) {
  const url = `${pathToFileURL(`${process.cwd()}/`).href}[eval${++evalIndex}]`;
  trackMain((async () => {
    await undefined;
    const wrap = compileSourceText(url, source);
    wrap.url = url;
    const record = { url, format: 'module', wrap, linked: false };
    moduleMap.set(url, record);
    return run(record);
  })());
}

module.exports = {
  importModule,
  importModuleDynamically,
  initializeImportMeta,
  requireESM,
  runMain,
  evalModule,
  moduleMap,
};
