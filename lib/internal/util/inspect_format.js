'use strict';

// printf-like formatting behind util.format and util.formatWithOptions.

const { getProxyDetails } = internalBinding('util');
const { formatNumber, formatBigInt } = require('internal/util/inspect_helpers');

const hasOwn = Object.prototype.hasOwnProperty;
const JSONStringify = JSON.stringify;

let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule;
}

function noColor(str) {
  return str;
}

// True when `%s` should inspect the object rather than call its toString:
// the toString it would use comes from a built-in class.
function hasBuiltInToString(value) {
  const proxyTarget = getProxyDetails(value, false);
  if (proxyTarget !== undefined) {
    if (proxyTarget === null) return true;
    value = proxyTarget;
  }
  if (typeof value.toString !== 'function') return true;
  if (hasOwn.call(value, 'toString')) return false;
  let pointer = value;
  do {
    pointer = Object.getPrototypeOf(pointer);
  } while (!hasOwn.call(pointer, 'toString'));
  const descriptor = Object.getOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined &&
    typeof descriptor.value === 'function' &&
    lazyInspect().builtInObjects.has(descriptor.value.name);
}

let circularErrorMessage;
function firstErrorLine(error) {
  return String(error.message).split('\n', 1)[0];
}

function tryStringify(arg) {
  try {
    return JSONStringify(arg);
  } catch (err) {
    if (circularErrorMessage === undefined) {
      try {
        const a = {};
        a.a = a;
        JSONStringify(a);
      } catch (circularError) {
        circularErrorMessage = firstErrorLine(circularError);
      }
    }
    if (err.name === 'TypeError' && firstErrorLine(err) === circularErrorMessage) {
      return '[Circular]';
    }
    throw err;
  }
}

const kNotASpecifier = Symbol('kNotASpecifier');

// The text for one `%x` specifier and its argument.
function formatSpecifier(code, arg, inspectOptions) {
  const { inspect } = lazyInspect();
  switch (code) {
    case 115: // 's'
      if (typeof arg === 'number') return formatNumber(noColor, arg, false);
      if (typeof arg === 'bigint') return formatBigInt(noColor, arg, false);
      if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) {
        return String(arg);
      }
      return inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
    case 106: // 'j'
      return tryStringify(arg);
    case 100: // 'd'
      if (typeof arg === 'bigint') return formatBigInt(noColor, arg, false);
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(noColor, Number(arg), false);
    case 79: // 'O'
      return inspect(arg, inspectOptions);
    case 111: // 'o'
      return inspect(arg, { ...inspectOptions, showHidden: true, showProxy: true, depth: 4 });
    case 105: // 'i'
      if (typeof arg === 'bigint') return formatBigInt(noColor, arg, false);
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(noColor, Number.parseInt(arg), false);
    case 102: // 'f'
      if (typeof arg === 'symbol') return 'NaN';
      return formatNumber(noColor, Number.parseFloat(arg), false);
    case 99: // 'c': CSS is ignored outside browsers.
      return '';
    default:
      return kNotASpecifier;
  }
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';

  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const nextChar = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        if (nextChar === 37) {
          str += first.slice(lastPos, i);
          lastPos = i + 1;
          continue;
        }
        const formatted = formatSpecifier(nextChar, args[a + 1], inspectOptions);
        if (formatted === kNotASpecifier) continue;
        a++;
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += formatted;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }

  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? lazyInspect().inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

module.exports = { formatWithOptionsInternal };
