'use strict';

// Pure string helpers for util.inspect: quoting and escaping, number
// formatting, display width, and the layout of formatted entries into lines.

const { isAsyncFunction, isGeneratorFunction } = internalBinding('types');

const hasOwn = Object.prototype.hasOwnProperty;
const functionToString = Function.prototype.toString;
const classRegExp = /^(\s+[^(]*?)\s*{/;
const stripCommentsRegExp = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;

// Escapes for C0/C1 control characters, the backslash and the single quote.
const escapes = [];
for (let code = 0; code < 0xa0; code++) {
  if (code < 0x20 || (code >= 0x7f && code < 0xa0)) {
    escapes[code] = `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
  }
}
escapes[0x08] = '\\b';
escapes[0x09] = '\\t';
escapes[0x0a] = '\\n';
escapes[0x0c] = '\\f';
escapes[0x0d] = '\\r';
escapes[0x27] = "\\'";
escapes[0x5c] = '\\\\';

// Everything that needs an escape, including lone surrogates.
const needsEscapeQuote =
  /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const needsEscapeNoQuote =
  /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const escapeAllQuote = new RegExp(needsEscapeQuote.source, 'g');
const escapeAllNoQuote = new RegExp(needsEscapeNoQuote.source, 'g');

function escapeChar(ch) {
  const code = ch.charCodeAt(0);
  return escapes[code] !== undefined ? escapes[code] : `\\u${code.toString(16)}`;
}

// Escapes a string without adding quotes (used for symbol and hidden keys).
function escapeNoQuotes(str) {
  return str.replace(escapeAllQuote, escapeChar);
}

// Quotes a string like Node: single quotes unless the string contains one, in
// which case double quotes, then backticks, then escaped single quotes.
function strEscape(str) {
  let quote = "'";
  if (str.includes("'")) {
    if (!str.includes('"')) {
      quote = '"';
    } else if (!str.includes('`') && !str.includes('${')) {
      quote = '`';
    }
  }
  const test = quote === "'" ? needsEscapeQuote : needsEscapeNoQuote;
  if (test.test(str)) {
    str = str.replace(quote === "'" ? escapeAllQuote : escapeAllNoQuote, escapeChar);
  }
  return `${quote}${str}${quote}`;
}

function addNumericSeparator(intString) {
  const start = intString[0] === '-' ? 1 : 0;
  let result = '';
  let i = intString.length;
  for (; i >= start + 4; i -= 3) {
    result = `_${intString.slice(i - 3, i)}${result}`;
  }
  return i === intString.length ? intString : `${intString.slice(0, i)}${result}`;
}

function addNumericSeparatorEnd(fraction) {
  let result = '';
  let i = 0;
  for (; i < fraction.length - 3; i += 3) {
    result += `${fraction.slice(i, i + 3)}_`;
  }
  return i === 0 ? fraction : `${result}${fraction.slice(i)}`;
}

function formatNumber(stylize, number, numericSeparator) {
  if (!numericSeparator) {
    if (Object.is(number, -0)) return stylize('-0', 'number');
    return stylize(`${number}`, 'number');
  }
  const integer = Math.trunc(number);
  // Math.trunc(-0.5) is -0, whose String() loses the sign.
  const intString = Object.is(integer, -0) ? '-0' : String(integer);
  if (integer === number) {
    if (!Number.isFinite(number) || intString.includes('e')) {
      return stylize(intString, 'number');
    }
    return stylize(addNumericSeparator(intString), 'number');
  }
  if (Number.isNaN(number)) return stylize(intString, 'number');
  const fraction = String(number).slice(intString.length + 1);
  return stylize(
    `${addNumericSeparator(intString)}.${addNumericSeparatorEnd(fraction)}`,
    'number');
}

function formatBigInt(stylize, bigint, numericSeparator) {
  const str = String(bigint);
  if (!numericSeparator) return stylize(`${str}n`, 'bigint');
  return stylize(`${addNumericSeparator(str)}n`, 'bigint');
}

// ANSI escape sequences (CSI and OSC), as recognised by Node.
const ansiPattern =
  '[\\u001B\\u009B][[\\]()#;?]*' +
  '(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*' +
  '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
  '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
  '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?[\\dA-PR-TZcf-ntqry=><~]))';
const ansiRegExp = new RegExp(ansiPattern, 'g');

function stripVTControlCharacters(str) {
  return str.replace(ansiRegExp, '');
}

function isFullWidthCodePoint(code) {
  return code >= 0x1100 && (
    code <= 0x115f ||
    code === 0x2329 || code === 0x232a ||
    (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) ||
    (code >= 0x3250 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0xa4c6) ||
    (code >= 0xa960 && code <= 0xa97c) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe10 && code <= 0xfe19) ||
    (code >= 0xfe30 && code <= 0xfe6b) ||
    (code >= 0xff01 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1b000 && code <= 0x1b001) ||
    (code >= 0x1f200 && code <= 0x1f251) ||
    (code >= 0x1f300 && code <= 0x1f64f) ||
    (code >= 0x20000 && code <= 0x3fffd));
}

function isZeroWidthCodePoint(code) {
  return code <= 0x1f ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x300 && code <= 0x36f) ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0xfe20 && code <= 0xfe2f) ||
    (code >= 0xe0100 && code <= 0xe01ef);
}

// Number of terminal columns `str` occupies.
function getStringWidth(str, removeControlChars = true) {
  if (removeControlChars) str = stripVTControlCharacters(str);
  str = str.normalize('NFC');
  let width = 0;
  for (const ch of str) {
    const code = ch.codePointAt(0);
    if (isFullWidthCodePoint(code)) {
      width += 2;
    } else if (!isZeroWidthCodePoint(code)) {
      width++;
    }
  }
  return width;
}

function visibleLength(ctx, str) {
  return ctx.colors ? stripVTControlCharacters(str).length : str.length;
}

// `Foo [tag] ` / `[Foo: null prototype] ` prefix before braces.
function getPrefix(constructor, tag, fallback, size = '') {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) {
      return `[${fallback}${size}: null prototype] [${tag}] `;
    }
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) {
    return `${constructor}${size} [${tag}] `;
  }
  return `${constructor}${size} `;
}

function moreItems(remaining) {
  return `... ${remaining} more item${remaining > 1 ? 's' : ''}`;
}

// Lays out many short array entries in aligned columns (compact mode).
function groupArrayElements(ctx, output, value) {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  // The trailing "... more items" entry takes no part in the layout.
  if (ctx.maxArrayLength < output.length) outputLength--;
  const separatorSpace = 2; // ", "
  const dataLen = new Array(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = visibleLength(ctx, output[i]);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // Group only when three entries fit beside each other and no entry is far
  // longer than the others.
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const approxCharHeights = 2.5;
    const averageBias = Math.sqrt(actualMax - totalLength / output.length);
    const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    const columns = Math.min(
      Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15);
    if (columns <= 1) return output;

    const maxLineLength = [];
    for (let col = 0; col < columns; col++) {
      let lineLength = 0;
      for (let j = col; j < output.length; j += columns) {
        if (dataLen[j] > lineLength) lineLength = dataLen[j];
      }
      maxLineLength.push(lineLength + separatorSpace);
    }
    // Numbers are right-aligned, everything else left-aligned.
    let padStart = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
          padStart = false;
          break;
        }
      }
    }
    const grouped = [];
    for (let i = 0; i < outputLength; i += columns) {
      const max = Math.min(i + columns, outputLength);
      let line = '';
      let j = i;
      for (; j < max - 1; j++) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
        line += padStart ? `${output[j]}, `.padStart(padding, ' ') :
          `${output[j]}, `.padEnd(padding, ' ');
      }
      if (padStart) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j] -
          separatorSpace;
        line += output[j].padStart(padding, ' ');
      } else {
        line += output[j];
      }
      grouped.push(line);
    }
    if (ctx.maxArrayLength < output.length) {
      grouped.push(output[outputLength]);
    }
    output = grouped;
  }
  return output;
}

function isBelowBreakLength(ctx, output, start, base) {
  // Count the entries and their separators, then the entries themselves.
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += visibleLength(ctx, output[i]);
    if (totalLength > ctx.breakLength) return false;
  }
  return base === '' || !base.includes('\n');
}

const kObjectType = 0;
const kArrayType = 1;
const kArrayExtrasType = 2;

// Joins the formatted entries into one string, on one line when they fit.
function reduceToSingleString(ctx, output, base, braces, extrasType,
                              recurseTimes, value) {
  if (ctx.compact !== true) {
    if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
      const entries = output.length;
      if (extrasType === kArrayExtrasType && entries > 6) {
        output = groupArrayElements(ctx, output, value);
      }
      // Up to `compact` inner levels may share a line with their parent.
      if (ctx.currentDepth - recurseTimes < ctx.compact &&
          entries === output.length) {
        const start = output.length + ctx.indentationLvl +
          braces[0].length + base.length + 10;
        if (isBelowBreakLength(ctx, output, start, base)) {
          const joined = output.join(', ');
          if (!joined.includes('\n')) {
            return `${base ? `${base} ` : ''}${braces[0]} ${joined} ${braces[1]}`;
          }
        }
      }
    }
    const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
    return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ` +
      `${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
  }
  if (isBelowBreakLength(ctx, output, 0, base)) {
    return `${braces[0]}${base ? ` ${base}` : ''} ${output.join(', ')} ${braces[1]}`;
  }
  const indentation = ' '.repeat(ctx.indentationLvl);
  const ln = base === '' && braces[0].length === 1 ?
    ' ' : `${base ? ` ${base}` : ''}\n${indentation}  `;
  return `${braces[0]}${ln}${output.join(`,\n${indentation}  `)} ${braces[1]}`;
}

// [open, close] SGR codes of each colour and modifier.
const colors = Object.assign({ __proto__: null }, {
  reset: [0, 0],
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  blink: [5, 25],
  inverse: [7, 27],
  hidden: [8, 28],
  strikethrough: [9, 29],
  doubleunderline: [21, 24],
  black: [30, 39],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
  white: [37, 39],
  bgBlack: [40, 49],
  bgRed: [41, 49],
  bgGreen: [42, 49],
  bgYellow: [43, 49],
  bgBlue: [44, 49],
  bgMagenta: [45, 49],
  bgCyan: [46, 49],
  bgWhite: [47, 49],
  framed: [51, 54],
  overlined: [53, 55],
  gray: [90, 39],
  redBright: [91, 39],
  greenBright: [92, 39],
  yellowBright: [93, 39],
  blueBright: [94, 39],
  magentaBright: [95, 39],
  cyanBright: [96, 39],
  whiteBright: [97, 39],
  bgGray: [100, 49],
  bgRedBright: [101, 49],
  bgGreenBright: [102, 49],
  bgYellowBright: [103, 49],
  bgBlueBright: [104, 49],
  bgMagentaBright: [105, 49],
  bgCyanBright: [106, 49],
  bgWhiteBright: [107, 49],
});

function defineColorAlias(target, alias) {
  Object.defineProperty(colors, alias, {
    __proto__: null,
    get() {
      return this[target];
    },
    set(value) {
      this[target] = value;
    },
    configurable: true,
    enumerable: false,
  });
}

defineColorAlias('gray', 'grey');
defineColorAlias('gray', 'blackBright');
defineColorAlias('bgGray', 'bgGrey');
defineColorAlias('bgGray', 'bgBlackBright');
defineColorAlias('dim', 'faint');
defineColorAlias('strikethrough', 'crossedout');
defineColorAlias('strikethrough', 'strikeThrough');
defineColorAlias('strikethrough', 'crossedOut');
defineColorAlias('hidden', 'conceal');
defineColorAlias('inverse', 'swapColors');
defineColorAlias('inverse', 'swapcolors');
defineColorAlias('doubleunderline', 'doubleUnderline');

// Which colour each kind of output gets.
const styles = Object.assign({ __proto__: null }, {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

// `[Function: f]`, `[class A extends B]` and friends.
function getFunctionBase(value, constructor, tag) {
  const source = functionToString.call(value);
  if (source.startsWith('class') && source.endsWith('}')) {
    const body = source.slice(5, -1);
    const bracketIndex = body.indexOf('{');
    if (bracketIndex !== -1 &&
        (!body.slice(0, bracketIndex).includes('(') ||
         classRegExp.exec(body.replace(stripCommentsRegExp, '')) !== null)) {
      return getClassBase(value, constructor, tag);
    }
  }
  let type = 'Function';
  if (isGeneratorFunction(value)) type = `Generator${type}`;
  if (isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  if (value.name === '') {
    base += ' (anonymous)';
  } else {
    base += `: ${value.name}`;
  }
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function getClassBase(value, constructor, tag) {
  const name = (hasOwn.call(value, 'name') && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = Object.getPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

module.exports = {
  colors,
  styles,
  getFunctionBase,
  kObjectType,
  kArrayType,
  kArrayExtrasType,
  strEscape,
  escapeNoQuotes,
  formatNumber,
  formatBigInt,
  stripVTControlCharacters,
  getStringWidth,
  isFullWidthCodePoint,
  isZeroWidthCodePoint,
  getPrefix,
  moreItems,
  groupArrayElements,
  isBelowBreakLength,
  reduceToSingleString,
};
