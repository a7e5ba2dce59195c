'use strict';

// The TAP version 13 reporter: an async generator from test events to text.

const { inspectSafely } = require('internal/test_runner/reporter/utils');
const { isError } = require('internal/util');

const kLineBreak = /\r?\n/;
const kFrameStart = /^ {4}at /;
const kUnwrapErrors = new Set(['testCodeFailure', 'hookFailed', 'uncaughtException',
                               'unhandledRejection']);
const inspectOptions = { colors: false, breakLength: Infinity };

function indent(nesting) {
  return '    '.repeat(nesting);
}

function tapEscape(input) {
  return input
    .replaceAll('\b', '\\b')
    .replaceAll('\f', '\\f')
    .replaceAll('\t', '\\t')
    .replaceAll('\n', '\\n')
    .replaceAll('\r', '\\r')
    .replaceAll('\v', '\\v')
    .replaceAll('\\', '\\\\')
    .replaceAll('#', '\\#');
}

function isAssertionLike(value) {
  return value !== null && typeof value === 'object' && 'expected' in value && 'actual' in value;
}

function testLine(nesting, testNumber, status, name, skip, todo) {
  let line = `${indent(nesting)}${status} ${testNumber}`;
  if (name) line += ` - ${tapEscape(`${name}`)}`;
  if (skip !== undefined) {
    line += ` # SKIP${typeof skip === 'string' && skip.length ? ` ${tapEscape(skip)}` : ''}`;
  } else if (todo !== undefined) {
    line += ` # TODO${typeof todo === 'string' && todo.length ? ` ${tapEscape(todo)}` : ''}`;
  }
  return `${line}\n`;
}

function details(nesting, data, location) {
  const { error, duration_ms: durationMs } = data;
  const pad = indent(nesting);
  let out = `${pad}  ---\n`;
  out += toYaml(pad, 'duration_ms', durationMs);
  out += toYaml(pad, 'type', data.type);
  if (location) out += toYaml(pad, 'location', location);
  if (error) out += toYaml(pad, null, error, new Set());
  out += `${pad}  ...\n`;
  return out;
}

function errorYaml(pad, value, seen) {
  const { code, failureType, message, expected, actual, operator, stack, name, cause } = value;
  let errMessage = message ?? '<unknown error>';
  let errName = name;
  let errStack = stack;
  let errCode = code;
  let errExpected = expected;
  let errActual = actual;
  let errOperator = operator;
  let assertion = isAssertionLike(value);
  if (code === 'ERR_TEST_FAILURE' && kUnwrapErrors.has(failureType)) {
    errStack = cause?.stack ?? errStack;
    errCode = cause?.code ?? errCode;
    errName = cause?.name ?? errName;
    if (isAssertionLike(cause)) {
      errExpected = cause.expected;
      errActual = cause.actual;
      errOperator = cause.operator ?? errOperator;
      assertion = true;
    }
    if (failureType === 'testCodeFailure') errMessage = cause?.message ?? errMessage;
  }
  let out = toYaml(pad, 'error', errMessage, seen);
  if (errCode) out += toYaml(pad, 'code', errCode, seen);
  if (errName && errName !== 'Error') out += toYaml(pad, 'name', errName, seen);
  if (assertion) {
    out += toYaml(pad, 'expected', errExpected, seen);
    out += toYaml(pad, 'actual', errActual, seen);
    if (errOperator) out += toYaml(pad, 'operator', errOperator, seen);
  }
  if (typeof errStack === 'string') {
    const frames = [];
    for (const frame of errStack.split(kLineBreak)) {
      const rest = frame.replace(kFrameStart, '');
      if (rest.length > 0 && rest.length !== frame.length) frames.push(rest);
    }
    if (frames.length > 0) {
      const sep = `\n${pad}    `;
      out += `${pad}  stack: |-${sep}${frames.join(sep)}\n`;
    }
  }
  return out;
}

// A small YAML writer for the details block; errors get TAP's special fields.
function toYaml(pad, name, value, seen) {
  if (value === undefined) return '';
  const prefix = `${pad}  ${name}:`;
  if (value === null) return `${prefix} ~\n`;
  if (typeof value !== 'object') {
    if (typeof value !== 'string') return `${prefix} ${inspectSafely(value, inspectOptions)}\n`;
    const lines = value.split(kLineBreak);
    if (lines.length === 1) return `${prefix} ${inspectSafely(value, inspectOptions)}\n`;
    let out = `${prefix} |-\n`;
    for (const line of lines) out += `${pad}    ${line}\n`;
    return out;
  }
  seen.add(value);
  const errorLike = isError(value);
  let out = '';
  let propsPad = pad;
  if (name != null) {
    out += `${prefix}\n`;
    propsPad += '  ';
  }
  for (const [key, item] of Object.entries(value)) {
    if (errorLike && (key === 'cause' || key === 'code')) continue;
    if (seen.has(item)) {
      out += `${propsPad}  ${key}: <Circular>\n`;
      continue;
    }
    out += toYaml(propsPad, key, item, seen);
  }
  if (errorLike) out += errorYaml(pad, value, seen);
  return out;
}

async function* tapReporter(source) {
  yield 'TAP version 13\n';
  for await (const { type, data } of source) {
    switch (type) {
      case 'test:fail': {
        yield testLine(data.nesting, data.testNumber, 'not ok', data.name, data.skip, data.todo);
        const location = data.file ? `${data.file}:${data.line}:${data.column}` : null;
        yield details(data.nesting, data.details, location);
        break;
      }
      case 'test:pass':
        yield testLine(data.nesting, data.testNumber, 'ok', data.name, data.skip, data.todo);
        yield details(data.nesting, data.details, null);
        break;
      case 'test:plan':
        yield `${indent(data.nesting)}1..${data.count}\n`;
        break;
      case 'test:start':
        yield `${indent(data.nesting)}# Subtest: ${tapEscape(data.name)}\n`;
        break;
      case 'test:stderr':
      case 'test:stdout': {
        for (const line of data.message.split(kLineBreak)) {
          if (line.length > 0) yield `# ${tapEscape(line)}\n`;
        }
        break;
      }
      case 'test:diagnostic':
        yield `${indent(data.nesting)}# ${tapEscape(data.message)}\n`;
        break;
    }
  }
}

module.exports = tapReporter;
