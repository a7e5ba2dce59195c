'use strict';

// JSON.parse with the SyntaxError messages of the V8 in Node 20 ("Unexpected token 'x', "[x"
// is not valid JSON", "Expected ',' or '}' after property value in JSON at position 7"). The
// embedded V8 words them the old way ("Unexpected token x in JSON at position 1"), and packages'
// tests compare these messages. Parsing stays native: only when it throws a SyntaxError is the
// text scanned again here, the way Node's V8 scans it, to find the words for the error.

const NativeJSONParse = JSON.parse;
const NativeSyntaxError = SyntaxError;
const ErrorCaptureStackTrace = Error.captureStackTrace;
const ObjectDefineProperty = Object.defineProperty;
const RegExpPrototypeTest = RegExp.prototype.test;
const ReflectApply = Reflect.apply;
const errorsBinding = internalBinding('errors');

const kOldMessage = /^Unexpected end of JSON input$| in JSON at position \d+$/;

// Tokens, named after the first character of what they start.
const EOS = 0;
const STRING = 1;
const NUMBER = 2;
const LITERAL = 3;
const WHITESPACE = 4;
const COLON = 5;
const COMMA = 6;
const LBRACK = 7;
const RBRACK = 8;
const LBRACE = 9;
const RBRACE = 10;
const ILLEGAL = 11;

// Whole texts that V8 names instead of quoting the offending character.
const kSpecialTexts = ['[object Object]', 'undefined', 'Infinity', 'NaN'];

// Source text longer than this is quoted only around the error, with this much on each side.
const kContext = 10;

class ScanError {
  constructor(message, position) {
    this.message = message;
    this.position = position;
  }
}

function tokenOf(code) {
  switch (code) {
    case -1: return EOS;
    case 0x22: return STRING;
    case 0x74: case 0x66: case 0x6e: return LITERAL; // t f n
    case 0x20: case 0x09: case 0x0a: case 0x0d: return WHITESPACE;
    case 0x3a: return COLON;
    case 0x2c: return COMMA;
    case 0x5b: return LBRACK;
    case 0x5d: return RBRACK;
    case 0x7b: return LBRACE;
    case 0x7d: return RBRACE;
    default:
      if (code === 0x2d || (code >= 0x30 && code <= 0x39)) return NUMBER;
      return ILLEGAL;
  }
}

function isDigit(code) {
  return code >= 0x30 && code <= 0x39;
}

function isHexDigit(code) {
  return isDigit(code) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x66);
}

// Characters that continue a number after its digits: V8 only ends a number that is
// followed by none of them without looking at fraction and exponent.
function isNumberPart(code) {
  return isDigit(code) || code === 0x2e || code === 0x65 || code === 0x45 ||
    code === 0x2b || code === 0x2d;
}

// Returns { message, position } of the error Node's JSON.parse gives for `source`, or
// undefined when it is valid.
function scanSyntaxError(source) {
  const length = source.length;
  let pos = 0;

  const codeAt = (i) => (i < length ? source.charCodeAt(i) : -1);

  function fail(token, template) {
    if (template !== undefined) throw new ScanError(`${template} at position ${pos}`, pos);
    switch (token) {
      case EOS: throw new ScanError('Unexpected end of JSON input', pos);
      case NUMBER: throw new ScanError(`Unexpected number in JSON at position ${pos}`, pos);
      case STRING: throw new ScanError(`Unexpected string in JSON at position ${pos}`, pos);
    }
    if (kSpecialTexts.includes(source)) throw new ScanError(`"${source}" is not valid JSON`, pos);
    const char = source[pos];
    let quoted;
    if (length < 2 * kContext + 1) {
      quoted = `"${source}"`;
    } else if (pos < kContext) {
      quoted = `"${source.slice(0, pos + kContext)}"...`;
    } else if (pos < length - kContext) {
      quoted = `..."${source.slice(pos - kContext, pos + kContext)}"...`;
    } else {
      quoted = `..."${source.slice(pos - kContext)}"`;
    }
    throw new ScanError(`Unexpected token '${char}', ${quoted} is not valid JSON`, pos);
  }

  function peek() {
    let code = codeAt(pos);
    while (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d) code = codeAt(++pos);
    return code > 0xff ? ILLEGAL : tokenOf(code);
  }

  function expect(token, template) {
    const next = peek();
    if (next !== token) fail(next, template);
    pos++;
  }

  function scanLiteral(word) {
    if (source.startsWith(word, pos)) {
      pos += word.length;
      return;
    }
    const end = Math.min(pos + word.length, length);
    for (let i = 1, at = pos + 1; at < end; i++, at++) {
      if (source.charCodeAt(at) !== word.charCodeAt(i)) {
        pos = at;
        const code = source.charCodeAt(at);
        fail(code > 0xff ? ILLEGAL : tokenOf(code));
      }
    }
    pos = length;
    fail(EOS);
  }

  // From the opening quote to past the closing one.
  function scanString() {
    pos++;
    for (;;) {
      const code = codeAt(pos);
      if (code === -1) fail(ILLEGAL, 'Unterminated string in JSON');
      if (code === 0x22) {
        pos++;
        return;
      }
      if (code === 0x5c) {
        const escaped = codeAt(++pos);
        if (escaped === -1) fail(EOS);
        if (escaped > 0xff) fail(ILLEGAL);
        switch (escaped) {
          case 0x22: case 0x5c: case 0x2f: case 0x62: case 0x66: case 0x6e: case 0x72: case 0x74:
            break;
          case 0x75: // u
            for (let i = 0; i < 4; i++) {
              if (!isHexDigit(codeAt(++pos))) fail(ILLEGAL, 'Bad Unicode escape in JSON');
            }
            break;
          default:
            fail(ILLEGAL, 'Bad escaped character in JSON');
        }
      } else if (code < 0x20) {
        fail(ILLEGAL, 'Bad control character in string literal in JSON');
      }
      pos++;
    }
  }

  function scanNumber() {
    const negative = codeAt(pos) === 0x2d;
    if (negative) pos++;
    if (codeAt(pos) === 0x30) {
      const next = codeAt(++pos);
      if (isDigit(next)) fail(NUMBER);
      if (!isNumberPart(next) && !negative) return;
    } else {
      const start = pos;
      while (isDigit(codeAt(pos))) pos++;
      if (pos === start) fail(ILLEGAL, 'No number after minus sign in JSON');
    }
    if (codeAt(pos) === 0x2e) {
      if (!isDigit(codeAt(++pos))) fail(ILLEGAL, 'Unterminated fractional number in JSON');
      while (isDigit(codeAt(pos))) pos++;
    }
    if ((codeAt(pos) | 0x20) === 0x65) {
      let next = codeAt(++pos);
      if (next === 0x2b || next === 0x2d) next = codeAt(++pos);
      if (!isDigit(next)) fail(ILLEGAL, 'Exponent part is missing a number in JSON');
      while (isDigit(codeAt(pos))) pos++;
    }
  }

  // Containers being filled, innermost last; nesting depth is not limited by the JS stack.
  const open = [];
  try {
    for (;;) {
      const token = peek();
      switch (token) {
        case STRING:
          scanString();
          break;
        case NUMBER:
          scanNumber();
          break;
        case LITERAL: {
          const code = source.charCodeAt(pos);
          scanLiteral(code === 0x74 ? 'true' : code === 0x66 ? 'false' : 'null');
          break;
        }
        case LBRACE:
          pos++;
          if (peek() === RBRACE) {
            pos++;
            break;
          }
          if (peek() !== STRING) fail(peek(), "Expected property name or '}' in JSON");
          scanString();
          expect(COLON, "Expected ':' after property name in JSON");
          open.push(LBRACE);
          continue;
        case LBRACK:
          pos++;
          if (peek() === RBRACK) {
            pos++;
            break;
          }
          open.push(LBRACK);
          continue;
        default:
          fail(token);
      }
      // A value ended: close the containers it completes.
      let more = false;
      while (open.length > 0 && !more) {
        const next = peek();
        if (next === COMMA) {
          pos++;
          if (open[open.length - 1] === LBRACE) {
            if (peek() !== STRING) fail(peek(), 'Expected double-quoted property name in JSON');
            scanString();
            expect(COLON);
          }
          more = true;
        } else if (open[open.length - 1] === LBRACK) {
          expect(RBRACK, "Expected ',' or ']' after array element in JSON");
          open.pop();
        } else {
          expect(RBRACE, "Expected ',' or '}' after property value in JSON");
          open.pop();
        }
      }
      if (!more) break;
    }
    const rest = peek();
    if (rest !== EOS) fail(rest, 'Unexpected non-whitespace character after JSON');
  } catch (err) {
    if (err instanceof ScanError) return err;
    throw err;
  }
  return undefined;
}

// The stack of the rewritten error reads as Node's does: its first frame is the native
// JSON.parse, and this wrapper does not appear.
function replaceStack(err) {
  const holder = {};
  ErrorCaptureStackTrace(holder, parse);
  ObjectDefineProperty(err, 'stack', {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() {
      holder.name = err.name;
      holder.message = err.message;
      let stack = holder.stack;
      const limit = Error.stackTraceLimit;
      const header = `${err.name}: ${err.message}`;
      if (typeof Error.prepareStackTrace !== 'function' && typeof limit === 'number' &&
          limit > 0 && typeof stack === 'string' && stack.startsWith(header)) {
        const frames = stack.slice(header.length).split('\n    at ');
        frames[0] = '\n    at JSON.parse (<anonymous>)';
        if (frames.length > limit) frames.length = limit;
        stack = header + frames.join('\n    at ');
      }
      ObjectDefineProperty(err, 'stack', {
        __proto__: null, value: stack, writable: true, enumerable: false, configurable: true,
      });
      return stack;
    },
    set(value) {
      ObjectDefineProperty(err, 'stack', {
        __proto__: null, value, writable: true, enumerable: false, configurable: true,
      });
    },
  });
}

// An uncaught error shows the line of the JSON text with a caret under the error, as
// "<anonymous_script>:LINE", the way Node's V8 places it.
function recordSourceArrow(err, source, position) {
  let line = 1;
  let lineStart = 0;
  const lineBreak = /\r\n?|[\n\u2028\u2029]/g;
  let match;
  while ((match = lineBreak.exec(source)) !== null && match.index < position) {
    line++;
    lineStart = match.index + match[0].length;
  }
  const rest = source.slice(lineStart);
  const end = rest.search(/[\r\n\u2028\u2029]/);
  const sourceLine = end === -1 ? rest : rest.slice(0, end);
  // Node draws no caret line for a position past the end of the line (end of input).
  let underline = '';
  if (position - lineStart < sourceLine.length) {
    for (let i = 0; i < position - lineStart; i++) underline += sourceLine[i] === '\t' ? '\t' : ' ';
    underline += '^\n';
  }
  errorsBinding.setNativeErrorSourceArrow(
    err, `<anonymous_script>:${line}\n${sourceLine}\n${underline}`);
}

const { parse } = {
  parse(text, reviver) {
    // Converted once here, so that a toString with side effects runs once.
    const source = typeof text === 'string' ? text : `${text}`;
    try {
      return ReflectApply(NativeJSONParse, undefined, [source, reviver]);
    } catch (err) {
      if (err instanceof NativeSyntaxError &&
          ReflectApply(RegExpPrototypeTest, kOldMessage, [err.message])) {
        // A SyntaxError thrown by the reviver leaves the text valid and is passed on as is.
        const found = scanSyntaxError(source);
        if (found !== undefined) {
          err.message = found.message;
          replaceStack(err);
          recordSourceArrow(err, source, found.position);
        }
      }
      throw err;
    }
  },
};

module.exports = { parse, scanSyntaxError };
