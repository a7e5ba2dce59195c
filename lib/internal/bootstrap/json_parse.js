'use strict';

// JSON.parse with the error messages of Node 20's V8 (11.3): `Unexpected token '}', "{"a":}"
// is not valid JSON`, `Expected ',' or ']' after array element in JSON at position 3`...
// V8 10.2 parses; only when it throws a SyntaxError is the input scanned again here, the
// way V8 11.3's parser walks it, to find the error it would have reported.

const V8JSONParse = JSON.parse;
const { setErrorSourceArrow } = internalBinding('errors');
const ReflectApply = Reflect.apply;
const StringPrototypeSlice = String.prototype.slice;
const StringPrototypeCharCodeAt = String.prototype.charCodeAt;
const ArrayPrototypeJoin = Array.prototype.join;
const ArrayPrototypeFilter = Array.prototype.filter;
const StringPrototypeSplit = String.prototype.split;
const StringPrototypeIncludes = String.prototype.includes;
const ObjectDefineProperty = Object.defineProperty;

const kMaxContextCharacters = 10;
const kMinOriginalSourceLengthForContext = kMaxContextCharacters * 2 + 1;
const kSpecialStrings = ['NaN', 'Infinity', 'undefined', '[object Object]'];

class JsonError {
  constructor(message, position) {
    this.message = message;
    this.position = position;
  }
}

const isWhitespace = (c) => c === 0x20 || c === 0x09 || c === 0x0A || c === 0x0D;
const isDigit = (c) => c >= 0x30 && c <= 0x39;
const isHexDigit = (c) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

class Scanner {
  constructor(source) {
    this.source = source;
    this.length = source.length;
    this.pos = 0;
  }

  code(pos = this.pos) {
    return pos < this.length ? ReflectApply(StringPrototypeCharCodeAt, this.source, [pos]) : -1;
  }

  skipWhitespace() {
    while (isWhitespace(this.code())) this.pos++;
  }

  at(message) {
    return new JsonError(`${message} in JSON at position ${this.pos}`, this.pos);
  }

  // The message V8 gives for the token at the cursor when no specific one applies.
  unexpected() {
    const c = this.code();
    if (c === -1) return new JsonError('Unexpected end of JSON input', this.pos);
    if (c === 0x22) return this.at('Unexpected string');
    if (c === 0x2D || isDigit(c)) return this.at('Unexpected number');
    const { source, length, pos } = this;
    const token = source[pos];
    for (const special of kSpecialStrings) {
      if (source === special) return new JsonError(`"${source}" is not valid JSON`, pos);
    }
    if (length < kMinOriginalSourceLengthForContext) {
      return new JsonError(`Unexpected token '${token}', "${source}" is not valid JSON`, pos);
    }
    const slice = (start, end) => ReflectApply(StringPrototypeSlice, source, [start, end]);
    if (pos < kMaxContextCharacters) {
      return new JsonError(`Unexpected token '${token}', "${slice(0, pos + kMaxContextCharacters)}"... ` +
                           'is not valid JSON', pos);
    }
    if (pos < length - kMaxContextCharacters) {
      return new JsonError(`Unexpected token '${token}', ..."` +
                           `${slice(pos - kMaxContextCharacters, pos + kMaxContextCharacters)}"... ` +
                           'is not valid JSON', pos);
    }
    return new JsonError(`Unexpected token '${token}', ..."${slice(pos - kMaxContextCharacters)}" ` +
                         'is not valid JSON', pos);
  }

  parse() {
    this.value();
    this.skipWhitespace();
    if (this.pos < this.length) {
      throw new JsonError(`Unexpected non-whitespace character after JSON at position ${this.pos}`,
                          this.pos);
    }
  }

  value() {
    this.skipWhitespace();
    const c = this.code();
    if (c === 0x22) return this.string();
    if (c === 0x2D || isDigit(c)) return this.number();
    if (c === 0x7B) return this.object();
    if (c === 0x5B) return this.array();
    if (c === 0x74) return this.literal('true');
    if (c === 0x66) return this.literal('false');
    if (c === 0x6E) return this.literal('null');
    throw this.unexpected();
  }

  literal(word) {
    for (let i = 0; i < word.length; i++, this.pos++) {
      if (this.code() !== ReflectApply(StringPrototypeCharCodeAt, word, [i])) throw this.unexpected();
    }
  }

  string() {
    this.pos++;
    for (;;) {
      const c = this.code();
      if (c === -1) throw this.at('Unterminated string');
      if (c === 0x22) {
        this.pos++;
        return;
      }
      if (c < 0x20) throw this.at('Bad control character in string literal');
      if (c === 0x5C) {
        this.pos++;
        const e = this.code();
        if (e === -1) throw this.unexpected();
        if (e === 0x75) {
          this.pos++;
          for (let i = 0; i < 4; i++, this.pos++) {
            if (!isHexDigit(this.code())) throw this.at('Bad Unicode escape');
          }
          continue;
        }
        // " \ / b f n r t
        if (e !== 0x22 && e !== 0x5C && e !== 0x2F && e !== 0x62 && e !== 0x66 &&
            e !== 0x6E && e !== 0x72 && e !== 0x74) {
          throw this.at('Bad escaped character');
        }
      }
      this.pos++;
    }
  }

  number() {
    if (this.code() === 0x2D) {
      this.pos++;
      if (!isDigit(this.code())) throw this.at('No number after minus sign');
    }
    if (this.code() === 0x30) {
      this.pos++;
      if (isDigit(this.code())) throw this.unexpected();
    } else {
      while (isDigit(this.code())) this.pos++;
    }
    if (this.code() === 0x2E) {
      this.pos++;
      if (!isDigit(this.code())) throw this.at('Unterminated fractional number');
      while (isDigit(this.code())) this.pos++;
    }
    if (this.code() === 0x65 || this.code() === 0x45) {
      this.pos++;
      if (this.code() === 0x2B || this.code() === 0x2D) this.pos++;
      if (!isDigit(this.code())) throw this.at('Exponent part is missing a number');
      while (isDigit(this.code())) this.pos++;
    }
  }

  object() {
    this.pos++;
    this.skipWhitespace();
    if (this.code() === 0x7D) {
      this.pos++;
      return;
    }
    if (this.code() !== 0x22) throw this.at("Expected property name or '}'");
    // V8 names the missing colon only after the first key.
    let first = true;
    for (;;) {
      this.string();
      this.skipWhitespace();
      if (this.code() !== 0x3A) {
        throw first ? this.at("Expected ':' after property name") : this.unexpected();
      }
      first = false;
      this.pos++;
      this.value();
      this.skipWhitespace();
      const c = this.code();
      if (c === 0x7D) {
        this.pos++;
        return;
      }
      if (c !== 0x2C) throw this.at("Expected ',' or '}' after property value");
      this.pos++;
      this.skipWhitespace();
      if (this.code() !== 0x22) throw this.at('Expected double-quoted property name');
    }
  }

  array() {
    this.pos++;
    this.skipWhitespace();
    if (this.code() === 0x5D) {
      this.pos++;
      return;
    }
    for (;;) {
      this.value();
      this.skipWhitespace();
      const c = this.code();
      if (c === 0x5D) {
        this.pos++;
        return;
      }
      if (c !== 0x2C) throw this.at("Expected ',' or ']' after array element");
      this.pos++;
    }
  }
}

// The error V8 11.3 reports for `source` ({ message, position }), or undefined when it is
// valid JSON.
function findJsonError(source) {
  try {
    new Scanner(source).parse();
  } catch (err) {
    if (err instanceof JsonError) return err;
    throw err;
  }
  return undefined;
}

// The arrow an uncaught JSON.parse error prints, as Node's: the line of the JSON text that
// holds the error (V8 names that script <anonymous_script>) and a caret under it.
function sourceArrow(source, position) {
  let lineNumber = 1;
  let lineStart = 0;
  for (let i = 0; i < position; i++) {
    const c = ReflectApply(StringPrototypeCharCodeAt, source, [i]);
    if (c === 0x0A || c === 0x2028 || c === 0x2029 ||
        (c === 0x0D && ReflectApply(StringPrototypeCharCodeAt, source, [i + 1]) !== 0x0A)) {
      lineNumber++;
      lineStart = i + 1;
    }
  }
  let lineEnd = lineStart;
  while (lineEnd < source.length) {
    const c = ReflectApply(StringPrototypeCharCodeAt, source, [lineEnd]);
    if (c === 0x0A || c === 0x0D || c === 0x2028 || c === 0x2029) break;
    lineEnd++;
  }
  const line = ReflectApply(StringPrototypeSlice, source, [lineStart, lineEnd]);
  const column = position - lineStart;
  const arrow = `<anonymous_script>:${lineNumber}\n${line}\n`;
  // At the end of the text (an unexpected end) there is nothing to underline.
  if (column >= line.length) return arrow;
  let underline = '';
  for (let i = 0; i < column; i++) underline += line[i] === '\t' ? '\t' : ' ';
  return `${arrow}${underline}^\n`;
}

// The receiver goes to V8's parse too: its frame reads `JSON.parse` or `parse` as in Node.
// The fast path is V8's parse alone (it converts `text` itself); only a SyntaxError
// costs more.
function parse(text, reviver) {
  try {
    return ReflectApply(V8JSONParse, this, [text, reviver]);
  } catch (err) {
    throw nodeJsonError(err, text, true);
  }
}

// For require() of a .json file, which rethrows the error with the file's name in front:
// an uncaught one then points at that rethrow, as in Node, not into the JSON text.
function parseWithoutSourceArrow(text) {
  try {
    return V8JSONParse(text);
  } catch (err) {
    throw nodeJsonError(err, text, false);
  }
}

// V8 10.2's SyntaxError for `text`, reworded (and its source arrow set) as Node 20's.
function nodeJsonError(err, text, withArrow) {
  if (!(err instanceof SyntaxError)) return err;
  const source = `${text}`;
  let found;
  try {
    found = findJsonError(source);
  } catch {
    // Nesting too deep for the scanner: keep V8's own message.
  }
  if (found === undefined) return err;
  const { message, position } = found;
  // Read the stack before the message changes: V8 formats it on first access.
  const stack = err.stack;
  const oldHeader = `SyntaxError: ${err.message}`;
  ObjectDefineProperty(err, 'message', {
    value: message, writable: true, enumerable: false, configurable: true,
  });
  // The stack: V8's header gets the new message, and this wrapper's frames go. Like V8's
  // own, the header is formatted on first access, so a message changed before then
  // shows in it.
  if (typeof stack === 'string' && ReflectApply(StringPrototypeIncludes, stack, [oldHeader])) {
    const rest = ReflectApply(StringPrototypeSlice, stack, [oldHeader.length]);
    const lines = ReflectApply(StringPrototypeSplit, rest, ['\n']);
    const frames = ReflectApply(ArrayPrototypeJoin, ReflectApply(ArrayPrototypeFilter, lines, [
      (line) => !ReflectApply(StringPrototypeIncludes, line, ['internal/bootstrap/json_parse']),
    ]), ['\n']);
    const setStack = (value) => ObjectDefineProperty(err, 'stack', {
      value, writable: true, enumerable: false, configurable: true,
    });
    ObjectDefineProperty(err, 'stack', {
      get() {
        const value = `${err.name}: ${err.message}${frames}`;
        setStack(value);
        return value;
      },
      set: setStack,
      enumerable: false,
      configurable: true,
    });
  }
  if (withArrow) setErrorSourceArrow(err, sourceArrow(source, position));
  return err;
}

ObjectDefineProperty(JSON, 'parse', {
  value: parse, writable: true, enumerable: false, configurable: true,
});

module.exports = { parseWithoutSourceArrow };
