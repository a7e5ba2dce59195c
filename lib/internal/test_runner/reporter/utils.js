'use strict';

// Pieces the spec and dot reporters share: symbols, colours, indentation and
// the way a failed test and its error are printed.

const { inspect } = require('internal/util/inspect');
const colors = require('internal/util/colors');

const symbols = {
  __proto__: null,
  'test:fail': '\u2716 ',
  'test:pass': '\u2714 ',
  'test:diagnostic': '\u2139 ',
  'test:coverage': '\u2139 ',
  'arrow:right': '\u25B6 ',
  'hyphen:minus': '\uFE63 ',
};

const colorFor = {
  __proto__: null,
  get 'test:fail'() { return colors.red; },
  get 'test:pass'() { return colors.green; },
  get 'test:diagnostic'() { return colors.blue; },
};

function indent(nesting) {
  return '  '.repeat(nesting);
}

// util.inspect that survives a throwing custom inspector.
function inspectSafely(value, options) {
  try {
    return inspect(value, options);
  } catch {
    return inspect(value, { ...options, customInspect: false });
  }
}

function formatError(error, indentation) {
  if (!error) return '';
  const err = error.code === 'ERR_TEST_FAILURE' ? error.cause : error;
  const options = { colors: colors.shouldColorize(process.stdout), breakLength: Infinity };
  const message = inspectSafely(err, options).split(/\r?\n/).join(`\n${indentation}  `);
  return `\n${indentation}  ${message}\n`;
}

function formatTestReport(type, data, prefix = '', indentation = '', hasChildren = false) {
  let color = colorFor[type] ?? colors.white;
  let symbol = symbols[type] ?? ' ';
  const { skip, todo } = data;
  const durationMs = data.details?.duration_ms;
  let title = data.name;
  if (durationMs) title += ` ${colors.gray}(${durationMs}ms)${colors.white}`;
  if (skip !== undefined) {
    title += ` # ${typeof skip === 'string' && skip.length ? skip : 'SKIP'}`;
  } else if (todo !== undefined) {
    title += ` # ${typeof todo === 'string' && todo.length ? todo : 'TODO'}`;
  }
  const error = formatError(data.details?.error, indentation);
  let err = error;
  if (hasChildren) {
    err = !error || data.details?.error?.failureType === 'subtestsFailed' ? '' : `\n${error}`;
  }
  if (skip !== undefined) {
    color = colors.gray;
    symbol = symbols['hyphen:minus'];
  }
  return `${prefix}${indentation}${color}${symbol}${title}${colors.white}${err}`;
}

module.exports = { colorFor, formatError, formatTestReport, indent, inspectSafely, symbols };
