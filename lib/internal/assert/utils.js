// assert.ok's failure message: the source text of the failing call, read from
// the caller's file ("The expression evaluated to a falsy value: ...").
'use strict';

const { isErrorStackTraceLimitWritable } = require('internal/errors');
const { AssertionError } = require('internal/assert/assertion_error');

// filename+line+column -> message (or undefined when the source is unusable).
const errorCache = new Map();

// The structured call site of the caller of `fn`, using V8's
// Error.prepareStackTrace protocol.
function getCallSite(fn) {
  const savedPrepare = Error.prepareStackTrace;
  const limitWritable = isErrorStackTraceLimitWritable();
  const savedLimit = Error.stackTraceLimit;
  try {
    if (limitWritable) Error.stackTraceLimit = 1;
    Error.prepareStackTrace = (_, frames) => frames;
    const holder = {};
    Error.captureStackTrace(holder, fn);
    const frames = holder.stack;
    return Array.isArray(frames) ? frames[0] : undefined;
  } finally {
    Error.prepareStackTrace = savedPrepare;
    if (limitWritable) Error.stackTraceLimit = savedLimit;
  }
}

const identStart = /[\p{ID_Start}$_]/u;
const identPart = /[\p{ID_Continue}$_\u200c\u200d]/u;

// Index just past the string/template/comment that starts at i, or -1.
function skipLiteral(code, i) {
  const c = code[i];
  if (c === '"' || c === "'") {
    for (let j = i + 1; j < code.length; j++) {
      if (code[j] === '\\') j++;
      else if (code[j] === c) return j + 1;
      else if (code[j] === '\n') return -1;
    }
    return -1;
  }
  if (c === '`') {
    for (let j = i + 1; j < code.length; j++) {
      if (code[j] === '\\') {
        j++;
      } else if (code[j] === '`') {
        return j + 1;
      } else if (code[j] === '$' && code[j + 1] === '{') {
        const end = matchBracket(code, j + 1);
        if (end === -1) return -1;
        j = end - 1;
      }
    }
    return -1;
  }
  if (c === '/' && code[i + 1] === '/') {
    const nl = code.indexOf('\n', i);
    return nl === -1 ? code.length : nl;
  }
  if (c === '/' && code[i + 1] === '*') {
    const end = code.indexOf('*/', i + 2);
    return end === -1 ? -1 : end + 2;
  }
  return i;
}

// Whether a '/' at i starts a regular expression (by the previous token).
function slashStartsRegExp(code, i) {
  let j = i - 1;
  while (j >= 0 && /\s/.test(code[j])) j--;
  if (j < 0) return true;
  const prev = code[j];
  if (/[(,=:[!&|?{};+\-*%<>~^]/.test(prev)) return true;
  if (identPart.test(prev)) {
    let k = j;
    while (k >= 0 && identPart.test(code[k])) k--;
    const word = code.slice(k + 1, j + 1);
    return ['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void',
      'throw', 'case', 'do', 'else', 'yield', 'await'].includes(word);
  }
  return false;
}

function skipRegExp(code, i) {
  let inClass = false;
  for (let j = i + 1; j < code.length; j++) {
    const c = code[j];
    if (c === '\\') j++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) {
      j++;
      while (j < code.length && identPart.test(code[j])) j++;
      return j;
    } else if (c === '\n') {
      return -1;
    }
  }
  return -1;
}

// Index just past the bracket matching the one at `open`, or -1.
function matchBracket(code, open) {
  const closing = { '(': ')', '[': ']', '{': '}' };
  const stack = [closing[code[open]]];
  for (let i = open + 1; i < code.length; i++) {
    const c = code[i];
    const skipped = skipLiteral(code, i);
    if (skipped === -1) return -1;
    if (skipped !== i) {
      i = skipped - 1;
      continue;
    }
    if (c === '/' && slashStartsRegExp(code, i)) {
      const end = skipRegExp(code, i);
      if (end === -1) return -1;
      i = end - 1;
    } else if (c in closing) {
      stack.push(closing[c]);
    } else if (c === ')' || c === ']' || c === '}') {
      if (stack.pop() !== c) return -1;
      if (stack.length === 0) return i + 1;
    }
  }
  return -1;
}

// Finds the call expression around `offset` (where V8 puts the call's
// position: the callee name) and returns [start, text].
function findCallExpression(code, offset) {
  // Back over the member chain: `assert.strict.ok`, `t . ok`, `a?.b`.
  let start = offset;
  while (start < code.length && identPart.test(code[start])) start++;
  let nameEnd = start;
  start = offset;
  for (;;) {
    let j = start - 1;
    while (j >= 0 && (code[j] === ' ' || code[j] === '\t' || code[j] === '\n')) j--;
    if (j >= 0 && code[j] === '.') {
      j--;
      if (j >= 0 && code[j] === '?') j--;
      while (j >= 0 && (code[j] === ' ' || code[j] === '\t' || code[j] === '\n')) j--;
      let k = j;
      while (k >= 0 && identPart.test(code[k])) k--;
      if (k === j || !identStart.test(code[k + 1])) break;
      start = k + 1;
    } else {
      break;
    }
  }
  // Forward to the argument list.
  let i = nameEnd;
  while (i < code.length && /\s/.test(code[i])) i++;
  if (code[i] === '?' && code[i + 1] === '.') i += 2;
  while (i < code.length && /\s/.test(code[i])) i++;
  if (code[i] !== '(') throw new Error('no call');
  const end = matchBracket(code, i);
  if (end === -1) throw new Error('no call');
  nameEnd = end;
  return [start, code.slice(start, nameEnd)];
}

// Control characters in the source are shown escaped.
function escapeControl(str) {
  // eslint-disable-next-line no-control-regex
  return str.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g, (c) => {
    return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
}

function readSource(filename) {
  let path = filename;
  if (path.startsWith('file://')) {
    path = decodeURIComponent(new URL(path).pathname);
  }
  return internalBinding('fs').readFileUtf8(path, 0 /* O_RDONLY */);
}

function getErrMessage(message, fn) {
  const call = getCallSite(fn);
  if (call === undefined) return message;
  let filename;
  let line;
  let column;
  try {
    filename = call.getFileName();
    line = call.getLineNumber() - 1;
    column = call.getColumnNumber() - 1;
  } catch {
    return message;
  }

  let code;
  let identifier;
  if (filename) {
    identifier = `${filename}${line}${column}`;
    if (errorCache.has(identifier)) return errorCache.get(identifier);
    // Sources of the built-in library are not on disk.
    if (filename.startsWith('node:')) {
      errorCache.set(identifier, undefined);
      return;
    }
  } else {
    const fnObj = call.getFunction?.();
    if (!fnObj) return message;
    code = String(fnObj);
    identifier = `${code}${line}${column}`;
    if (errorCache.has(identifier)) return errorCache.get(identifier);
  }

  try {
    if (code === undefined) code = readSource(filename);
    // Start at the line of the call.
    let lineStart = 0;
    for (let i = 0; i < line; i++) {
      const nl = code.indexOf('\n', lineStart);
      if (nl === -1) throw new Error('line');
      lineStart = nl + 1;
    }
    code = code.slice(lineStart);
    let text;
    [column, text] = findCallExpression(code, column);
    text = escapeControl(text);
    // Re-indent continuation lines relative to the call's column.
    if (text.includes('\n')) {
      text = text.replace(/\r\n/g, '\n');
      const lines = text.split('\n');
      text = lines.shift();
      for (const frame of lines) {
        let pos = 0;
        while (pos < column && (frame[pos] === ' ' || frame[pos] === '\t')) pos++;
        text += `\n  ${frame.slice(pos)}`;
      }
    }
    message = `The expression evaluated to a falsy value:\n\n  ${text}\n`;
    errorCache.set(identifier, message);
    return message;
  } catch {
    errorCache.set(identifier, undefined);
    return undefined;
  }
}

function isError(value) {
  return value instanceof Error ||
    Object.prototype.toString.call(value) === '[object Error]';
}

function innerOk(fn, argLen, value, message) {
  if (!value) {
    let generatedMessage = false;
    if (argLen === 0) {
      generatedMessage = true;
      message = 'No value argument passed to `assert.ok()`';
    } else if (message == null) {
      generatedMessage = true;
      message = getErrMessage(message, fn);
    } else if (isError(message)) {
      throw message;
    }
    const err = new AssertionError({
      actual: value,
      expected: true,
      message,
      operator: '==',
      stackStartFn: fn,
    });
    err.generatedMessage = generatedMessage;
    throw err;
  }
}

module.exports = { innerOk };
