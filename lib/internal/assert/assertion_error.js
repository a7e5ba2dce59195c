// AssertionError: the error assert throws, with Node's generated messages
// ("Expected values to be strictly equal:" and a +/- line diff of the two
// inspected values).
'use strict';

const { isErrorStackTraceLimitWritable } = require('internal/errors');
const { validateObject } = require('internal/validators');

let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule;
}

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Short primitives are shown as `a !== b` instead of a diff.
const kMaxShortLength = 12;

// Colors of the diff, set per error when stderr is a color terminal.
let blue = '';
let green = '';
let red = '';
let white = '';

function setColors() {
  const stderr = globalThis.process?.stderr;
  if (stderr?.isTTY && typeof stderr.hasColors === 'function' && stderr.hasColors()) {
    blue = '\u001b[34m';
    green = '\u001b[32m';
    white = '\u001b[39m';
    red = '\u001b[31m';
  } else {
    blue = '';
    green = '';
    white = '';
    red = '';
  }
}

function removeColors(str) {
  // eslint-disable-next-line no-control-regex
  return str.replace(/\u001b\[\d\d?m/g, '');
}

// A copy of an Error without its stack, so the stack does not end up in the diff.
function copyError(source) {
  const target = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(target, 'message', { __proto__: null, value: source.message });
  return target;
}

function inspectValue(val) {
  return lazyInspect().inspect(val, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

function isObjectLike(value) {
  return typeof value === 'object' && value !== null;
}

// Keeps at most 47 lines of a long inspection.
function truncateLines(lines) {
  if (lines.length > 50) {
    lines[46] = `${blue}...${white}`;
    lines.length = 47;
  }
  return lines;
}

// For a one-line pair: `a !== b` when both are short primitives, or a caret
// under the first differing column when the pair fits a terminal line.
function singleLineSummary(actual, expected, actualLine, expectedLine, operator, header) {
  const colors = lazyInspect().inspect.defaultOptions?.colors;
  const actualRaw = colors ? removeColors(actualLine) : actualLine;
  const expectedRaw = colors ? removeColors(expectedLine) : expectedLine;
  const inputLength = actualRaw.length + expectedRaw.length;
  if (inputLength <= kMaxShortLength) {
    if (!isObjectLike(actual) && !isObjectLike(expected) && (actual !== 0 || expected !== 0)) {
      return { message: `${header}\n\n${actualLine} !== ${expectedLine}\n` };
    }
    return { skipFromEnd: 0, indicator: '' };
  }
  if (operator !== 'strictEqualObject') {
    const stderr = globalThis.process?.stderr;
    const maxLength = stderr?.isTTY ? stderr.columns : 80;
    if (inputLength < maxLength) {
      let i = 0;
      while (actualRaw[i] === expectedRaw[i]) i++;
      if (i > 2) return { skipFromEnd: 0, indicator: `\n  ${' '.repeat(i)}^` };
      // The count of equal leading characters also counts against the
      // identical trailing lines shown below.
      return { skipFromEnd: i, indicator: '' };
    }
  }
  return { skipFromEnd: 0, indicator: '' };
}

// Builds the "+ actual - expected" diff of two inspected values.
// A custom message takes the place of the header line.
function createErrDiff(actual, expected, operator, customMessage) {
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');

  if (operator === 'strictEqual' &&
      ((isObjectLike(actual) && isObjectLike(expected)) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }

  const header = customMessage ? String(customMessage) : kReadableOperator[operator];
  let counter = 0;
  let indicator = '';
  if (actualLines.length === 1 && expectedLines.length === 1 &&
      actualLines[0] !== expectedLines[0]) {
    const summary = singleLineSummary(actual, expected, actualLines[0], expectedLines[0],
                                      operator, header);
    if (summary.message !== undefined) return summary.message;
    counter = summary.skipFromEnd;
    indicator = summary.indicator;
  }

  // Drop the identical trailing lines; keep up to three of them for context.
  let end = '';
  let other = '';
  let skipped = false;
  let a = actualLines[actualLines.length - 1];
  let b = expectedLines[expectedLines.length - 1];
  while (a === b) {
    if (counter++ < 3) {
      end = `\n  ${a}${end}`;
    } else {
      other = a;
    }
    actualLines.pop();
    expectedLines.pop();
    if (actualLines.length === 0 || expectedLines.length === 0) break;
    a = actualLines[actualLines.length - 1];
    b = expectedLines[expectedLines.length - 1];
  }

  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    // Everything matched: the values are equal in structure but not identical.
    const lines = truncateLines(actualInspected.split('\n'));
    return `${kReadableOperator.notIdentical}\n\n${lines.join('\n')}\n`;
  }

  if (counter >= 5) {
    end = `\n${blue}...${white}${end}`;
    skipped = true;
  }
  if (other !== '') {
    end = `\n  ${other}${end}`;
    other = '';
  }

  const msg = `${header}\n${green}+ actual${white} ${red}- expected${white}`;
  const skippedMsg = ` ${blue}...${white} Lines skipped`;

  // `longer` holds the side with more lines; past the shorter side's end its
  // lines are all additions (+) or removals (-).
  let longer = actualLines;
  let longerSign = `${green}+${white}`;
  let shorterLength = expectedLines.length;
  if (actualLines.length < maxLines) {
    longer = expectedLines;
    longerSign = `${red}-${white}`;
    shorterLength = actualLines.length;
  }

  let res = '';
  let printedLines = 0;
  let identical = 0;

  // Before a diverging line, shows the run of identical lines that preceded
  // it: the first two were printed already; show up to three more, or the
  // last two after a `...`.
  function flushIdentical(lines, i) {
    if (identical > 2) {
      if (identical > 3) {
        if (identical > 4) {
          if (identical === 5) {
            res += `\n  ${lines[i - 3]}`;
            printedLines++;
          } else {
            res += `\n${blue}...${white}`;
            skipped = true;
          }
        }
        res += `\n  ${lines[i - 2]}`;
        printedLines++;
      }
      res += `\n  ${lines[i - 1]}`;
      printedLines++;
    }
    identical = 0;
  }

  for (let i = 0; i < maxLines; i++) {
    if (shorterLength < i + 1) {
      flushIdentical(longer, i);
      if (longer === actualLines) {
        res += `\n${longerSign} ${longer[i]}`;
      } else {
        other += `\n${longerSign} ${longer[i]}`;
      }
      printedLines++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      let diverging = actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      // A line that differs only by the expected trailing comma is the same
      // line; print it with the comma so the output stays readable.
      if (diverging && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        diverging = false;
        actualLine += ',';
      }
      if (diverging) {
        flushIdentical(actualLines, i);
        // Expected lines are held back so a block reads +++--- not +-+-+-.
        res += `\n${green}+${white} ${actualLine}`;
        other += `\n${red}-${white} ${expectedLine}`;
        printedLines += 2;
      } else {
        res += other;
        other = '';
        identical++;
        if (identical <= 2) {
          res += `\n  ${actualLine}`;
          printedLines++;
        }
      }
    }
    // Keep the message to about fifty lines.
    if (printedLines > 50 && i < maxLines - 2) {
      return `${msg}${skippedMsg}\n${res}\n${blue}...${white}${other}\n${blue}...${white}`;
    }
  }

  return `${msg}${skipped ? skippedMsg : ''}\n${res}${other}${end}${indicator}`;
}

// Message for notStrictEqual / notDeepStrictEqual: shows the single value.
function createNotEqualMessage(actual, operator) {
  let base = kReadableOperator[operator];
  const lines = truncateLines(inspectValue(actual).split('\n'));
  if (operator === 'notStrictEqual' &&
      (isObjectLike(actual) || typeof actual === 'function')) {
    base = kReadableOperator.notStrictEqualObject;
  }
  if (lines.length === 1) {
    return `${base}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  }
  return `${base}\n\n${lines.join('\n')}\n`;
}

// Message for the loose and custom operators: `actual op expected` or the
// two values around "should (not) loosely deep-equal".
function createOperatorMessage(actual, expected, operator) {
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const knownOperator = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${knownOperator}\n\n${res}`;
    if (res.length > 1024) res = `${res.slice(0, 1021)}...`;
    return res;
  }
  if (res.length > 512) res = `${res.slice(0, 509)}...`;
  if (other.length > 512) other = `${other.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    res = `${knownOperator}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else {
    const newOp = kReadableOperator[`${operator}Unequal`];
    if (newOp) {
      res = `${newOp}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
    } else {
      other = ` ${operator} ${other}`;
    }
  }
  return `${res}${other}`;
}

function generateMessage(actual, expected, operator) {
  setColors();
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    return createNotEqualMessage(actual, operator);
  }
  return createOperatorMessage(actual, expected, operator);
}

// Long strings are cut when the error itself is inspected.
function addEllipsis(string) {
  const lines = string.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  } else if (string.length > 512) {
    // Node 20 keeps the part after the first 512 characters.
    return `${string.slice(512)}...`;
  }
  return string;
}

class AssertionError extends Error {
  constructor(options) {
    validateObject(options, 'options');
    const { message, operator, stackStartFn, details } = options;
    let { actual, expected } = options;
    // Errors on both sides are shown (and kept) without their stacks.
    const diffOperator = operator === 'deepStrictEqual' || operator === 'strictEqual';
    if (message == null && isObjectLike(actual) && isObjectLike(expected) &&
        'stack' in actual && actual instanceof Error &&
        'stack' in expected && expected instanceof Error) {
      actual = copyError(actual);
      expected = copyError(expected);
    }

    const limitWritable = isErrorStackTraceLimitWritable();
    const limit = Error.stackTraceLimit;
    if (limitWritable) Error.stackTraceLimit = 0;
    try {
      if (diffOperator) {
        setColors();
        super(createErrDiff(actual, expected, operator, message));
      } else if (message != null) {
        super(String(message));
      } else {
        super(generateMessage(actual, expected, operator));
      }
    } finally {
      if (limitWritable) Error.stackTraceLimit = limit;
    }

    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      __proto__: null,
      value: 'AssertionError [ERR_ASSERTION]',
      enumerable: false,
      writable: true,
      configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    Error.captureStackTrace(this, stackStartFn);
    // Format the stack now, while the name still carries the code.
    this.stack; // eslint-disable-line no-unused-expressions
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [Symbol.for('nodejs.util.inspect.custom')](recurseTimes, ctx) {
    const tmpActual = this.actual;
    const tmpExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = addEllipsis(this.actual);
    if (typeof this.expected === 'string') this.expected = addEllipsis(this.expected);
    // actual and expected are shown at the minimum depth; the message already
    // holds the combined view.
    const result = lazyInspect().inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = tmpActual;
    this.expected = tmpExpected;
    return result;
  }
}

module.exports = { AssertionError, kReadableOperator };
