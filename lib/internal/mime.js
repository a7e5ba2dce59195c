'use strict';

// util.MIMEType and util.MIMEParams: the WHATWG MIME Sniffing Standard's parser
// and serializer, with Node 20's errors (ERR_INVALID_MIME_SYNTAX) and shapes.

const {
  codes: { ERR_INVALID_MIME_SYNTAX },
} = require('internal/errors');

const kToken = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
const kQuotedStringCodePoints = /[^\t\u0020-\u007E\u0080-\u00FF]/;
const kHttpWhitespace = '\t\n\r ';

function isWhitespace(ch) {
  return kHttpWhitespace.includes(ch);
}

// Index of the first character of str that matches `invalid`, or -1.
function firstInvalid(str, invalid) {
  const match = invalid.exec(str);
  return match === null ? -1 : match.index;
}

function validateToken(production, value, shown = value) {
  if (value.length === 0) throw new ERR_INVALID_MIME_SYNTAX(production, shown, -1);
  const index = firstInvalid(value, kToken);
  if (index !== -1) throw new ERR_INVALID_MIME_SYNTAX(production, shown, index);
}

function serializeValue(value) {
  if (value.length > 0 && firstInvalid(value, kToken) === -1) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

class MIMEParams {
  #data = new Map();

  // A private method, so that a foreign receiver fails V8's brand check
  // ("Receiver must be an instance of class MIMEParams") like Node's.
  #map() {
    return this.#data;
  }

  delete(name) {
    this.#map().delete(name);
  }

  get(name) {
    const value = this.#map().get(name);
    return value === undefined ? null : value;
  }

  has(name) {
    return this.#map().has(name);
  }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    validateToken('parameter name', name);
    const index = firstInvalid(value, kQuotedStringCodePoints);
    if (index !== -1) throw new ERR_INVALID_MIME_SYNTAX('parameter value', value, index);
    this.#map().set(name, value);
  }

  entries() {
    return this.#map().entries();
  }

  keys() {
    return this.#map().keys();
  }

  values() {
    return this.#map().values();
  }

  toString() {
    let out = '';
    for (const [name, value] of this.#map()) {
      if (out.length > 0) out += ';';
      out += `${name}=${serializeValue(value)}`;
    }
    return out;
  }

  toJSON() {
    return this.toString();
  }

  // The parameters part of a MIME type string, from `position` (just after the
  // subtype): invalid or repeated parameters are skipped, names lower-cased.
  static parseInto(params, str, position) {
    const data = params.#data;
    const length = str.length;
    while (position < length) {
      position++;  // The ';'.
      while (position < length && isWhitespace(str[position])) position++;
      let nameEnd = position;
      while (nameEnd < length && str[nameEnd] !== ';' && str[nameEnd] !== '=') nameEnd++;
      const name = str.slice(position, nameEnd).toLowerCase();
      position = nameEnd;
      if (position < length && str[position] === ';') continue;
      if (position >= length) break;
      position++;  // The '='.
      let value;
      if (str[position] === '"') {
        value = '';
        position++;
        while (position < length) {
          const ch = str[position];
          if (ch === '"') {
            position++;
            break;
          }
          if (ch === '\\') {
            position++;
            if (position >= length) {
              value += '\\';
              break;
            }
          }
          value += str[position];
          position++;
        }
        while (position < length && str[position] !== ';') position++;
      } else {
        let valueEnd = position;
        while (valueEnd < length && str[valueEnd] !== ';') valueEnd++;
        let trimmed = valueEnd;
        while (trimmed > position && isWhitespace(str[trimmed - 1])) trimmed--;
        value = str.slice(position, trimmed);
        position = valueEnd;
        if (value.length === 0) continue;
      }
      if (name.length > 0 && firstInvalid(name, kToken) === -1 &&
          firstInvalid(value, kQuotedStringCodePoints) === -1 && !data.has(name)) {
        data.set(name, value);
      }
    }
  }
}

MIMEParams.prototype[Symbol.iterator] = MIMEParams.prototype.entries;
const parseParams = MIMEParams.parseInto;
delete MIMEParams.parseInto;

class MIMEType {
  #type;
  #subtype;
  #parameters;

  constructor(string) {
    string = `${string}`;
    let start = 0;
    while (start < string.length && isWhitespace(string[start])) start++;
    let end = string.length;
    while (end > start && isWhitespace(string[end - 1])) end--;
    const str = string.slice(0, end);

    const slash = str.indexOf('/', start);
    const type = slash === -1 ? '' : str.slice(start, slash);
    if (slash === -1 || type.length === 0) throw new ERR_INVALID_MIME_SYNTAX('type', string, -1);
    validateToken('type', type, string);

    let subtypeEnd = str.indexOf(';', slash + 1);
    if (subtypeEnd === -1) subtypeEnd = str.length;
    let trimmed = subtypeEnd;
    while (trimmed > slash + 1 && isWhitespace(str[trimmed - 1])) trimmed--;
    const subtype = str.slice(slash + 1, trimmed);
    validateToken('subtype', subtype, string);

    this.#type = type.toLowerCase();
    this.#subtype = subtype.toLowerCase();
    this.#parameters = new MIMEParams();
    parseParams(this.#parameters, str, subtypeEnd);
  }

  get type() {
    return this.#type;
  }

  set type(value) {
    value = `${value}`;
    validateToken('type', value);
    this.#type = value.toLowerCase();
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(value) {
    value = `${value}`;
    validateToken('subtype', value);
    this.#subtype = value.toLowerCase();
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#parameters;
  }

  toString() {
    const params = this.#parameters.toString();
    return params.length > 0 ? `${this.essence};${params}` : this.essence;
  }

  toJSON() {
    return this.toString();
  }
}

module.exports = { MIMEParams, MIMEType };
