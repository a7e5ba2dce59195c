'use strict';

// vm: compiling and running code in the main context or in new contexts whose global
// forwards to a "sandbox" object (internalBinding('contextify') does the V8 side).
// Not here: options.timeout / breakOnSigint (accepted and validated, not enforced),
// measureMemory (throws ERR_METHOD_NOT_IMPLEMENTED), vm.Module / SourceTextModule.

const {
  ContextifyScript,
  makeContext,
  isContext: bindingIsContext,
  compileFunction: bindingCompileFunction,
} = internalBinding('contextify');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_METHOD_NOT_IMPLEMENTED,
  },
} = require('internal/errors');
const {
  validateArray,
  validateBoolean,
  validateInt32,
  validateObject,
  validateString,
  validateUint32,
  kValidateObjectAllowArray,
} = require('internal/validators');

const kParsingContext = Symbol('script parsing context');

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

function toBuffer(u8) {
  const { Buffer } = require('buffer');
  return Buffer.from(u8.buffer, u8.byteOffset, u8.byteLength);
}

function isContext(object) {
  validateObject(object, 'object', kValidateObjectAllowArray);
  return bindingIsContext(object);
}

function validateContext(contextifiedObject) {
  if (contextifiedObject === null || typeof contextifiedObject !== 'object' ||
      !bindingIsContext(contextifiedObject)) {
    throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
  }
}

function validateCachedData(cachedData, name) {
  if (cachedData !== undefined && !isArrayBufferView(cachedData)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], cachedData);
  }
}

class Script extends ContextifyScript {
  constructor(code, options = {}) {
    code = `${code}`;
    if (typeof options === 'string') {
      options = { filename: options };
    } else {
      validateObject(options, 'options');
    }
    const {
      filename = 'evalmachine.<anonymous>',
      lineOffset = 0,
      columnOffset = 0,
      cachedData,
      produceCachedData = false,
      importModuleDynamically,
      [kParsingContext]: parsingContext,
    } = options;
    validateString(filename, 'options.filename');
    validateInt32(lineOffset, 'options.lineOffset');
    validateInt32(columnOffset, 'options.columnOffset');
    validateCachedData(cachedData, 'options.cachedData');
    validateBoolean(produceCachedData, 'options.produceCachedData');
    if (importModuleDynamically !== undefined && typeof importModuleDynamically !== 'function' &&
        typeof importModuleDynamically !== 'symbol') {
      throw new ERR_INVALID_ARG_TYPE('options.importModuleDynamically',
                                     ['function', 'symbol'], importModuleDynamically);
    }
    // parsingContext only matters for dynamic import() in Node; scripts are bound at run time.
    void parsingContext;
    super(code, filename, lineOffset, columnOffset, cachedData, produceCachedData);
    if (produceCachedData) {
      const produced = this.cachedData !== undefined;
      if (produced) this.cachedData = toBuffer(this.cachedData);
      // Keep Node's key order: cachedData, cachedDataProduced, sourceMapURL.
      const url = this.sourceMapURL;
      delete this.sourceMapURL;
      this.cachedDataProduced = produced;
      this.sourceMapURL = url;
    }
  }

  runInThisContext(options) {
    const { displayErrors, timeout } = getRunOptions(options);
    return super.runInContext(null, displayErrors, timeout);
  }

  runInContext(contextifiedObject, options) {
    validateContext(contextifiedObject);
    const { displayErrors, timeout } = getRunOptions(options);
    return super.runInContext(contextifiedObject, displayErrors, timeout);
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, getContextOptions(options));
    return this.runInContext(context, options);
  }
}

// Node's createCachedData lives on ContextifyScript.prototype and returns a Buffer.
const bindingCreateCachedData = ContextifyScript.prototype.createCachedData;
ContextifyScript.prototype.createCachedData = function createCachedData() {
  const data = Reflect.apply(bindingCreateCachedData, this, []);
  return data === undefined ? undefined : toBuffer(data);
};

// Validates the run options. breakOnSigint is checked but not enforced.
function getRunOptions(options = {}) {
  validateObject(options, 'options');
  const { displayErrors = true, timeout, breakOnSigint = false } = options;
  if (timeout !== undefined) validateUint32(timeout, 'options.timeout', true);
  validateBoolean(displayErrors, 'options.displayErrors');
  validateBoolean(breakOnSigint, 'options.breakOnSigint');
  return { displayErrors, timeout };
}

function getContextOptions(options) {
  if (!options) return {};
  const contextOptions = {
    name: options.contextName,
    origin: options.contextOrigin,
    codeGeneration: options.contextCodeGeneration,
    microtaskMode: options.microtaskMode,
  };
  if (contextOptions.name !== undefined) validateString(contextOptions.name, 'options.contextName');
  if (contextOptions.origin !== undefined) {
    validateString(contextOptions.origin, 'options.contextOrigin');
  }
  if (contextOptions.codeGeneration !== undefined) {
    validateObject(contextOptions.codeGeneration, 'options.contextCodeGeneration');
  }
  return contextOptions;
}

let defaultContextNameIndex = 1;
let globalThisScript;
function createContext(contextObject = {}, options = {}) {
  if (isContext(contextObject)) return contextObject;
  validateObject(options, 'options');
  const {
    name = `VM Context ${defaultContextNameIndex++}`,
    origin,
    codeGeneration,
    microtaskMode,
  } = options;
  validateString(name, 'options.name');
  if (origin !== undefined) validateString(origin, 'options.origin');
  if (codeGeneration !== undefined) {
    validateObject(codeGeneration, 'options.codeGeneration');
    const { strings, wasm } = codeGeneration;
    if (strings !== undefined) validateBoolean(strings, 'options.codeGeneration.strings');
    if (wasm !== undefined) validateBoolean(wasm, 'options.codeGeneration.wasm');
  }
  if (microtaskMode !== undefined && microtaskMode !== 'afterEvaluate') {
    throw new ERR_INVALID_ARG_TYPE('options.microtaskMode', ['afterEvaluate', 'undefined'],
                                   microtaskMode);
  }
  makeContext(contextObject, name);
  // The ES2023 built-ins the main context has (V8 10.2 lacks them) go into the new one too.
  globalThisScript ??= new ContextifyScript('globalThis', 'node:vm', 0, 0, undefined, false);
  require('internal/bootstrap/es2023').installES2023(
    globalThisScript.runInContext(contextObject, false));
  return contextObject;
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInContext(code, contextifiedObject, options) {
  validateContext(contextifiedObject);
  if (typeof options === 'string') {
    options = { filename: options, [kParsingContext]: contextifiedObject };
  } else {
    options = { ...options, [kParsingContext]: contextifiedObject };
  }
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  if (typeof options === 'string') options = { filename: options };
  contextObject = createContext(contextObject, getContextOptions(options));
  options = { ...options, [kParsingContext]: contextObject };
  return createScript(code, options).runInNewContext(contextObject, options);
}

function runInThisContext(code, options) {
  if (typeof options === 'string') options = { filename: options };
  return createScript(code, options).runInThisContext(options);
}

function compileFunction(code, params, options = {}) {
  validateString(code, 'code');
  if (params !== undefined) {
    validateArray(params, 'params');
    params.forEach((param, i) => validateString(param, `params[${i}]`));
  }
  validateObject(options, 'options');
  const {
    filename = '',
    columnOffset = 0,
    lineOffset = 0,
    cachedData,
    produceCachedData = false,
    parsingContext,
    contextExtensions = [],
  } = options;
  validateString(filename, 'options.filename');
  validateInt32(columnOffset, 'options.columnOffset');
  validateInt32(lineOffset, 'options.lineOffset');
  validateCachedData(cachedData, 'options.cachedData');
  validateBoolean(produceCachedData, 'options.produceCachedData');
  if (parsingContext !== undefined &&
      (parsingContext === null || typeof parsingContext !== 'object' ||
       !bindingIsContext(parsingContext))) {
    throw new ERR_INVALID_ARG_TYPE('options.parsingContext', 'Context', parsingContext);
  }
  validateArray(contextExtensions, 'options.contextExtensions');
  contextExtensions.forEach((extension, i) => {
    validateObject(extension, `options.contextExtensions[${i}]`);
  });
  return bindingCompileFunction(code, filename, params === undefined ? [] : params,
                                lineOffset, columnOffset, parsingContext, contextExtensions);
}

function measureMemory() {
  throw new ERR_METHOD_NOT_IMPLEMENTED('measureMemory()');
}

const constants = Object.freeze(Object.setPrototypeOf({
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
}, null));

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};
