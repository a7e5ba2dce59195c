'use strict';

// The URL Standard's basic URL parser: a state machine over the input's code
// points producing a URL record, with the state overrides that the URL setters
// use, and the URL serializer. Behaviour follows Node 20 (ada 2.9) where the
// Standard has since changed (opaque paths keep their spaces; ^ is not in the
// path percent-encode set).

const percent = require('internal/url/percent');
const { parseHost } = require('internal/url/host');

const specialSchemes = { __proto__: null, 'ftp': 21, 'file': null, 'http': 80, 'https': 443,
                         'ws': 80, 'wss': 443 };

function isSpecialScheme(scheme) {
  return scheme in specialSchemes;
}

function defaultPort(scheme) {
  const port = specialSchemes[scheme];
  return port === undefined ? null : port;
}

const S = {
  SCHEME_START: 1, SCHEME: 2, NO_SCHEME: 3, SPECIAL_RELATIVE_OR_AUTHORITY: 4,
  PATH_OR_AUTHORITY: 5, RELATIVE: 6, RELATIVE_SLASH: 7, SPECIAL_AUTHORITY_SLASHES: 8,
  SPECIAL_AUTHORITY_IGNORE_SLASHES: 9, AUTHORITY: 10, HOST: 11, HOSTNAME: 12, PORT: 13,
  FILE: 14, FILE_SLASH: 15, FILE_HOST: 16, PATH_START: 17, PATH: 18, OPAQUE_PATH: 19,
  QUERY: 20, FRAGMENT: 21,
};

class URLRecord {
  constructor() {
    this.scheme = '';
    this.username = '';
    this.password = '';
    this.host = null;
    this.port = null;
    // An array of segments, or a string for an opaque path.
    this.path = [];
    this.query = null;
    this.fragment = null;
  }
}

function isAlpha(c) {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isDigit(c) {
  return c >= 0x30 && c <= 0x39;
}

// "c" is one code point as a string ('' at the end).
function isWindowsDriveLetter(s, normalizedOnly = false) {
  if (s.length !== 2 || !isAlpha(s.charCodeAt(0))) return false;
  return s[1] === ':' || (!normalizedOnly && s[1] === '|');
}

function startsWithWindowsDriveLetter(cps, pointer) {
  if (cps.length - pointer < 2) return false;
  if (!isWindowsDriveLetter(cps[pointer] + cps[pointer + 1])) return false;
  if (cps.length - pointer === 2) return true;
  const third = cps[pointer + 2];
  return third === '/' || third === '\\' || third === '?' || third === '#';
}

function isSingleDot(s) {
  return s === '.' || s.toLowerCase() === '%2e';
}

function isDoubleDot(s) {
  switch (s.toLowerCase()) {
    case '..': case '.%2e': case '%2e.': case '%2e%2e': return true;
    default: return false;
  }
}

function shortenPath(url) {
  const path = url.path;
  if (url.scheme === 'file' && path.length === 1 && isWindowsDriveLetter(path[0], true)) return;
  path.pop();
}

function includesCredentials(url) {
  return url.username !== '' || url.password !== '';
}

function trimControlAndSpace(input) {
  let start = 0;
  let end = input.length;
  while (start < end && input.charCodeAt(start) <= 0x20) start++;
  while (end > start && input.charCodeAt(end - 1) <= 0x20) end--;
  return start === 0 && end === input.length ? input : input.slice(start, end);
}

function removeTabAndNewline(input) {
  return /[\t\n\r]/.test(input) ? input.replace(/[\t\n\r]/g, '') : input;
}

const FAILURE = null;

// Returns the URL record, or null on failure. With a state override it changes
// `url` in place and returns url (or null when the parser reports failure).
function basicParse(input, base = null, url = null, stateOverride = 0) {
  if (url === null) {
    url = new URLRecord();
    input = trimControlAndSpace(input);
  }
  input = removeTabAndNewline(input);
  const cps = Array.from(input);
  const special = () => isSpecialScheme(url.scheme);
  let state = stateOverride || S.SCHEME_START;
  let buffer = '';
  let atSignSeen = false;
  let insideBrackets = false;
  let passwordTokenSeen = false;

  for (let pointer = 0; pointer <= cps.length; pointer++) {
    const c = pointer < cps.length ? cps[pointer] : '';
    const cc = c === '' ? -1 : c.codePointAt(0);
    switch (state) {
      case S.SCHEME_START:
        if (isAlpha(cc)) {
          buffer += c.toLowerCase();
          state = S.SCHEME;
        } else if (!stateOverride) {
          state = S.NO_SCHEME;
          pointer--;
        } else {
          return FAILURE;
        }
        break;

      case S.SCHEME:
        if (isAlpha(cc) || isDigit(cc) || c === '+' || c === '-' || c === '.') {
          buffer += c.toLowerCase();
        } else if (c === ':') {
          if (stateOverride) {
            if (special() !== isSpecialScheme(buffer)) return url;
            if ((includesCredentials(url) || url.port !== null) && buffer === 'file') return url;
            if (url.scheme === 'file' && url.host === '') return url;
          }
          url.scheme = buffer;
          if (stateOverride) {
            if (url.port === defaultPort(url.scheme)) url.port = null;
            return url;
          }
          buffer = '';
          if (url.scheme === 'file') {
            state = S.FILE;
          } else if (special() && base !== null && base.scheme === url.scheme) {
            state = S.SPECIAL_RELATIVE_OR_AUTHORITY;
          } else if (special()) {
            state = S.SPECIAL_AUTHORITY_SLASHES;
          } else if (cps[pointer + 1] === '/') {
            state = S.PATH_OR_AUTHORITY;
            pointer++;
          } else {
            url.path = '';
            state = S.OPAQUE_PATH;
          }
        } else if (!stateOverride) {
          buffer = '';
          state = S.NO_SCHEME;
          pointer = -1;
        } else {
          return FAILURE;
        }
        break;

      case S.NO_SCHEME:
        if (base === null || (typeof base.path === 'string' && c !== '#')) {
          return FAILURE;
        } else if (typeof base.path === 'string' && c === '#') {
          url.scheme = base.scheme;
          url.path = base.path;
          url.query = base.query;
          url.fragment = '';
          state = S.FRAGMENT;
        } else if (base.scheme !== 'file') {
          state = S.RELATIVE;
          pointer--;
        } else {
          state = S.FILE;
          pointer--;
        }
        break;

      case S.SPECIAL_RELATIVE_OR_AUTHORITY:
        if (c === '/' && cps[pointer + 1] === '/') {
          state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer++;
        } else {
          state = S.RELATIVE;
          pointer--;
        }
        break;

      case S.PATH_OR_AUTHORITY:
        if (c === '/') {
          state = S.AUTHORITY;
        } else {
          state = S.PATH;
          pointer--;
        }
        break;

      case S.RELATIVE:
        url.scheme = base.scheme;
        if (c === '/' || (special() && c === '\\')) {
          state = S.RELATIVE_SLASH;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === '?') {
            url.query = '';
            state = S.QUERY;
          } else if (c === '#') {
            url.fragment = '';
            state = S.FRAGMENT;
          } else if (c !== '') {
            url.query = null;
            shortenPath(url);
            state = S.PATH;
            pointer--;
          }
        }
        break;

      case S.RELATIVE_SLASH:
        if (special() && (c === '/' || c === '\\')) {
          state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
        } else if (c === '/') {
          state = S.AUTHORITY;
        } else {
          url.username = base.username;
          url.password = base.password;
          url.host = base.host;
          url.port = base.port;
          state = S.PATH;
          pointer--;
        }
        break;

      case S.SPECIAL_AUTHORITY_SLASHES:
        if (c === '/' && cps[pointer + 1] === '/') {
          state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer++;
        } else {
          state = S.SPECIAL_AUTHORITY_IGNORE_SLASHES;
          pointer--;
        }
        break;

      case S.SPECIAL_AUTHORITY_IGNORE_SLASHES:
        if (c !== '/' && c !== '\\') {
          state = S.AUTHORITY;
          pointer--;
        }
        break;

      case S.AUTHORITY:
        if (c === '@') {
          if (atSignSeen) buffer = '%40' + buffer;
          atSignSeen = true;
          for (const bc of buffer) {
            if (bc === ':' && !passwordTokenSeen) {
              passwordTokenSeen = true;
              continue;
            }
            const encoded = percent.encode(bc, percent.userinfo);
            if (passwordTokenSeen) url.password += encoded;
            else url.username += encoded;
          }
          buffer = '';
        } else if (c === '' || c === '/' || c === '?' || c === '#' ||
                   (special() && c === '\\')) {
          if (atSignSeen && buffer === '') return FAILURE;
          pointer -= Array.from(buffer).length + 1;
          buffer = '';
          state = S.HOST;
        } else {
          buffer += c;
        }
        break;

      case S.HOST:
      case S.HOSTNAME:
        if (stateOverride && url.scheme === 'file') {
          pointer--;
          state = S.FILE_HOST;
        } else if (c === ':' && !insideBrackets) {
          if (buffer === '') {
            // ada lets a non-special URL's host setter take ":port" with an empty host.
            if (stateOverride === S.HOST && !special()) {
              url.host = '';
              state = S.PORT;
              break;
            }
            return FAILURE;
          }
          if (stateOverride === S.HOSTNAME) return FAILURE;
          const host = parseHost(buffer, !special());
          if (host === null) return FAILURE;
          url.host = host;
          buffer = '';
          state = S.PORT;
        } else if (c === '' || c === '/' || c === '?' || c === '#' ||
                   (special() && c === '\\')) {
          pointer--;
          if (special() && buffer === '') return FAILURE;
          if (stateOverride && buffer === '' &&
              (includesCredentials(url) || url.port !== null)) {
            return FAILURE;
          }
          const host = parseHost(buffer, !special());
          if (host === null) return FAILURE;
          url.host = host;
          buffer = '';
          state = S.PATH_START;
          if (stateOverride) return url;
        } else {
          if (c === '[') insideBrackets = true;
          if (c === ']') insideBrackets = false;
          buffer += c;
        }
        break;

      case S.PORT:
        if (isDigit(cc)) {
          buffer += c;
        } else if (c === '' || c === '/' || c === '?' || c === '#' ||
                   (special() && c === '\\') || stateOverride) {
          if (buffer !== '') {
            const port = parseInt(buffer, 10);
            if (port > 65535) return FAILURE;
            url.port = port === defaultPort(url.scheme) ? null : port;
            buffer = '';
          }
          if (stateOverride) return url;
          state = S.PATH_START;
          pointer--;
        } else {
          return FAILURE;
        }
        break;

      case S.FILE:
        url.scheme = 'file';
        url.host = '';
        if (c === '/' || c === '\\') {
          state = S.FILE_SLASH;
        } else if (base !== null && base.scheme === 'file') {
          url.host = base.host;
          url.path = base.path.slice();
          url.query = base.query;
          if (c === '?') {
            url.query = '';
            state = S.QUERY;
          } else if (c === '#') {
            url.fragment = '';
            state = S.FRAGMENT;
          } else if (c !== '') {
            url.query = null;
            if (!startsWithWindowsDriveLetter(cps, pointer)) shortenPath(url);
            else url.path = [];
            state = S.PATH;
            pointer--;
          }
        } else {
          state = S.PATH;
          pointer--;
        }
        break;

      case S.FILE_SLASH:
        if (c === '/' || c === '\\') {
          state = S.FILE_HOST;
        } else {
          if (base !== null && base.scheme === 'file') {
            url.host = base.host;
            if (!startsWithWindowsDriveLetter(cps, pointer) && base.path.length > 0 &&
                isWindowsDriveLetter(base.path[0], true)) {
              url.path.push(base.path[0]);
            }
          }
          state = S.PATH;
          pointer--;
        }
        break;

      case S.FILE_HOST:
        if (c === '' || c === '/' || c === '\\' || c === '?' || c === '#') {
          pointer--;
          if (!stateOverride && isWindowsDriveLetter(buffer)) {
            state = S.PATH;
          } else if (buffer === '') {
            url.host = '';
            if (stateOverride) return url;
            state = S.PATH_START;
          } else {
            let host = parseHost(buffer, !special());
            if (host === null) return FAILURE;
            if (host === 'localhost') host = '';
            url.host = host;
            if (stateOverride) return url;
            buffer = '';
            state = S.PATH_START;
          }
        } else {
          buffer += c;
        }
        break;

      case S.PATH_START:
        if (special()) {
          state = S.PATH;
          if (c !== '/' && c !== '\\') pointer--;
        } else if (!stateOverride && c === '?') {
          url.query = '';
          state = S.QUERY;
        } else if (!stateOverride && c === '#') {
          url.fragment = '';
          state = S.FRAGMENT;
        } else if (c !== '') {
          state = S.PATH;
          if (c !== '/') pointer--;
        } else if (stateOverride && url.host === null) {
          url.path.push('');
        }
        break;

      case S.PATH:
        if (c === '' || c === '/' || (special() && c === '\\') ||
            (!stateOverride && (c === '?' || c === '#'))) {
          const slash = c === '/' || (special() && c === '\\');
          if (isDoubleDot(buffer)) {
            // ada (Node 20) leaves a non-special URL's path empty when ".." at
            // the end finds it empty already.
            const wasEmpty = url.path.length === 0;
            shortenPath(url);
            if (!slash && !(wasEmpty && !special())) url.path.push('');
          } else if (isSingleDot(buffer) && !slash) {
            url.path.push('');
          } else if (!isSingleDot(buffer)) {
            if (url.scheme === 'file' && url.path.length === 0 && isWindowsDriveLetter(buffer)) {
              buffer = buffer[0] + ':';
            }
            url.path.push(buffer);
          }
          buffer = '';
          if (c === '?') {
            url.query = '';
            state = S.QUERY;
          } else if (c === '#') {
            url.fragment = '';
            state = S.FRAGMENT;
          }
        } else {
          buffer += percent.encode(c, percent.path);
        }
        break;

      case S.OPAQUE_PATH:
        if (c === '?') {
          url.query = '';
          state = S.QUERY;
        } else if (c === '#') {
          url.fragment = '';
          state = S.FRAGMENT;
        } else if (c !== '') {
          url.path += percent.encode(c, percent.c0Control);
        }
        break;

      case S.QUERY:
        if ((!stateOverride && c === '#') || c === '') {
          url.query += percent.encode(buffer, special() ? percent.specialQuery : percent.query);
          buffer = '';
          if (c === '#') {
            url.fragment = '';
            state = S.FRAGMENT;
          }
        } else {
          buffer += c;
        }
        break;

      case S.FRAGMENT:
        if (c !== '') url.fragment += percent.encode(c, percent.fragment);
        break;
    }
  }
  return url;
}

function serializePath(url) {
  if (typeof url.path === 'string') return url.path;
  let out = '';
  for (const segment of url.path) out += '/' + segment;
  return out;
}

function serializeURL(url, excludeFragment = false) {
  let out = url.scheme + ':';
  if (url.host !== null) {
    out += '//';
    if (includesCredentials(url)) {
      out += url.username;
      if (url.password !== '') out += ':' + url.password;
      out += '@';
    }
    out += url.host;
    if (url.port !== null) out += ':' + url.port;
  }
  if (url.host === null && typeof url.path !== 'string' && url.path.length > 1 &&
      url.path[0] === '') {
    out += '/.';
  }
  out += serializePath(url);
  if (url.query !== null) out += '?' + url.query;
  if (!excludeFragment && url.fragment !== null) out += '#' + url.fragment;
  return out;
}

function serializeOrigin(url) {
  switch (url.scheme) {
    case 'blob': {
      if (typeof url.path !== 'string') return 'null';
      const inner = basicParse(url.path);
      if (inner !== null && (inner.scheme === 'http' || inner.scheme === 'https')) {
        return serializeOrigin(inner);
      }
      return 'null';
    }
    case 'ftp': case 'http': case 'https': case 'ws': case 'wss':
      return url.scheme + '://' + url.host + (url.port === null ? '' : ':' + url.port);
    default:
      return 'null';
  }
}

function cloneRecord(url) {
  const copy = new URLRecord();
  Object.assign(copy, url);
  if (typeof url.path !== 'string') copy.path = url.path.slice();
  return copy;
}

module.exports = {
  URLRecord,
  basicParse,
  serializeURL,
  serializePath,
  serializeOrigin,
  cloneRecord,
  includesCredentials,
  isSpecialScheme,
  defaultPort,
  states: S,
};
