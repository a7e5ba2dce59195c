'use strict';

// The public util module. Most of it is implemented elsewhere (inspect/format,
// deep equality, promisify, parseArgs, types); this file assembles Node 20's
// surface and keeps the legacy is* helpers.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
  ErrnoException,
  ExceptionWithHostPort,
} = require('internal/errors');
const { format, formatWithOptions, inspect } = require('internal/util/inspect');
const { isDeepStrictEqual } = require('internal/util/comparisons');
const {
  validateBoolean,
  validateNumber,
  validateOneOf,
  validateString,
} = require('internal/validators');
const {
  callbackify,
  defineLazyProperties,
  deprecate,
  getSystemErrorMap,
  getSystemErrorName: internalErrorName,
  inherits,
  promisify,
  shouldColorize,
  stripVTControlCharacters,
  toUSVString,
} = require('internal/util');
const { debuglog } = require('internal/util/debuglog');
const types = require('util/types');

// ---------------------------------------------------------------------------
// Legacy type checks (documentation-only deprecated in Node 20)

const isArray = Array.isArray;

function isBoolean(arg) {
  return typeof arg === 'boolean';
}

function isNull(arg) {
  return arg === null;
}

function isNullOrUndefined(arg) {
  return arg === null || arg === undefined;
}

function isNumber(arg) {
  return typeof arg === 'number';
}

function isString(arg) {
  return typeof arg === 'string';
}

function isSymbol(arg) {
  return typeof arg === 'symbol';
}

function isUndefined(arg) {
  return arg === undefined;
}

function isObject(arg) {
  return arg !== null && typeof arg === 'object';
}

function isError(e) {
  return Object.prototype.toString.call(e) === '[object Error]' || e instanceof Error;
}

function isFunction(arg) {
  return typeof arg === 'function';
}

function isPrimitive(arg) {
  return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
}

function isBuffer(arg) {
  return require('buffer').Buffer.isBuffer(arg);
}

// ---------------------------------------------------------------------------
// util.log and util._extend

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
                'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function pad2(n) {
  return `${n}`.padStart(2, '0');
}

// "26 Feb 16:19:34"
function timestamp() {
  const d = new Date();
  const time = `${pad2(d.getHours())}:${pad2(d.getMinutes())}:${pad2(d.getSeconds())}`;
  return `${d.getDate()} ${months[d.getMonth()]} ${time}`;
}

function log(...args) {
  console.log('%s - %s', timestamp(), format(...args));
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  for (let i = keys.length - 1; i >= 0; i--) target[keys[i]] = source[keys[i]];
  return target;
}

// Like Node, the errno is checked as getSystemErrorName() checks it.
function _errnoException(...args) {
  getSystemErrorName(args[0]);
  return new ErrnoException(...args);
}

function _exceptionWithHostPort(...args) {
  getSystemErrorName(args[0]);
  return new ExceptionWithHostPort(...args);
}

// ---------------------------------------------------------------------------
// System errors

function getSystemErrorName(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
  return internalErrorName(err);
}

// ---------------------------------------------------------------------------
// styleText

function escapeStyleCode(code) {
  return `\u001b[${code}m`;
}

function isStreamLike(stream) {
  if (stream === null || typeof stream !== 'object') return false;
  if (typeof globalThis.ReadableStream === 'function' &&
      stream instanceof globalThis.ReadableStream) return true;
  if (typeof globalThis.WritableStream === 'function' &&
      stream instanceof globalThis.WritableStream) return true;
  // Node streams, old style included: an EventEmitter that reads or writes.
  return typeof stream.on === 'function' &&
    (typeof stream.pipe === 'function' || typeof stream.write === 'function');
}

function styleCodes(key) {
  const codes = inspect.colors[key];
  if (codes == null) validateOneOf(key, 'format', Object.keys(inspect.colors));
  return codes;
}

function styleText(format, text, { validateStream = true, stream = process.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');

  if (validateStream && !isStreamLike(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'],
                                   stream);
  }

  if (Array.isArray(format)) {
    let left = '';
    let right = '';
    for (const key of format) {
      const codes = styleCodes(key);
      left += escapeStyleCode(codes[0]);
      right = `${escapeStyleCode(codes[1])}${right}`;
    }
    return `${left}${text}${right}`;
  }

  const codes = styleCodes(format);
  // Colours are dropped only after the arguments were found valid.
  if (validateStream && !shouldColorize(stream)) return text;
  return `${escapeStyleCode(codes[0])}${text}${escapeStyleCode(codes[1])}`;
}

// ---------------------------------------------------------------------------
// parseEnv: the dotenv format of `--env-file`.

function parseEnv(content) {
  validateString(content, 'content');
  return require('internal/util/parse_env').parseEnv(content);
}

module.exports = {
  _errnoException,
  _exceptionWithHostPort,
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray,
  isBoolean,
  isBuffer,
  isDeepStrictEqual,
  isNull,
  isNullOrUndefined,
  isNumber,
  isString,
  isSymbol,
  isUndefined,
  isRegExp: types.isRegExp,
  isObject,
  isDate: types.isDate,
  isError,
  isFunction,
  isPrimitive,
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
};

defineLazyProperties(module.exports, 'internal/abort_controller',
                     ['transferableAbortSignal', 'transferableAbortController']);
defineLazyProperties(module.exports, 'internal/util', ['aborted']);
module.exports.types = types;
module.exports.parseEnv = parseEnv;
defineLazyProperties(module.exports, 'internal/util/parse_args', ['parseArgs']);
defineLazyProperties(module.exports, 'internal/encoding', ['TextDecoder', 'TextEncoder']);
defineLazyProperties(module.exports, 'internal/mime', ['MIMEType', 'MIMEParams']);
