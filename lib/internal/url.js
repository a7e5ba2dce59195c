'use strict';

// The WHATWG URL class and Node's URL helpers (fileURLToPath, pathToFileURL,
// urlToHttpOptions, domainToASCII/Unicode). Parsing lives in internal/url/parser.js.

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_URL,
    ERR_INVALID_URL_SCHEME,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { toUSVString, customInspectSymbol, kEnumerableProperty, getConstructorOf } =
  require('internal/util');
const parser = require('internal/url/parser');
const { basicParse, serializeURL, serializePath, serializeOrigin, states } = parser;
const percent = require('internal/url/percent');
const {
  URLSearchParams, parseFormUrlencoded, kList, kURLObject, kOnUpdate,
} = require('internal/url/search_params');
const { parseHost } = require('internal/url/host');
const { domainToUnicodeInternal } = require('internal/url/idna');

let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule;
}

function removeTabAndNewline(s) {
  return s.replace(/[\t\n\r]/g, '');
}

function hasOpaquePath(record) {
  return typeof record.path === 'string';
}

function cannotHaveCredentialsOrPort(record) {
  return record.host === null || record.host === '' || record.scheme === 'file';
}

// The Standard (as Node 20 implements it) drops trailing spaces from an opaque
// path once nothing follows it.
function stripTrailingSpacesFromOpaquePath(record) {
  if (!hasOpaquePath(record) || record.fragment !== null || record.query !== null) return;
  record.path = record.path.replace(/ +$/, '');
}

class URL {
  #record;
  #searchParams;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    let baseRecord = null;
    if (base !== undefined) {
      base = toUSVString(base);
      baseRecord = basicParse(base);
      if (baseRecord === null) throw new ERR_INVALID_URL(input, base);
    }
    const record = basicParse(input, baseRecord);
    if (record === null) throw new ERR_INVALID_URL(input, base);
    this.#record = record;
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    try {
      return base === undefined ? new URL(input) : new URL(input, base);
    } catch {
      return null;
    }
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    let baseRecord = null;
    if (base !== undefined) {
      baseRecord = basicParse(toUSVString(base));
      if (baseRecord === null) return false;
    }
    return basicParse(input, baseRecord) !== null;
  }

  static createObjectURL(obj) {
    const Blob = globalThis.Blob;
    if (typeof Blob !== 'function' || !(obj instanceof Blob)) {
      throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
    }
    const { codes: { ERR_METHOD_NOT_IMPLEMENTED } } = require('internal/errors');
    throw new ERR_METHOD_NOT_IMPLEMENTED('createObjectURL()');
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
  }

  toString() {
    return serializeURL(this.#record);
  }

  get href() {
    return serializeURL(this.#record);
  }

  set href(value) {
    value = toUSVString(value);
    const record = basicParse(value);
    if (record === null) throw new ERR_INVALID_URL(value);
    this.#record = record;
    this.#updateSearchParams();
  }

  get origin() {
    return serializeOrigin(this.#record);
  }

  get protocol() {
    return this.#record.scheme + ':';
  }

  set protocol(value) {
    basicParse(toUSVString(value) + ':', null, this.#record, states.SCHEME_START);
  }

  get username() {
    return this.#record.username;
  }

  set username(value) {
    value = toUSVString(value);
    if (cannotHaveCredentialsOrPort(this.#record)) return;
    this.#record.username = percent.encode(value, percent.userinfo);
  }

  get password() {
    return this.#record.password;
  }

  set password(value) {
    value = toUSVString(value);
    if (cannotHaveCredentialsOrPort(this.#record)) return;
    this.#record.password = percent.encode(value, percent.userinfo);
  }

  get host() {
    const { host, port } = this.#record;
    if (host === null) return '';
    return port === null ? host : `${host}:${port}`;
  }

  set host(value) {
    value = toUSVString(value);
    if (hasOpaquePath(this.#record)) return;
    this.#setWithOverride(value, states.HOST);
  }

  get hostname() {
    return this.#record.host ?? '';
  }

  set hostname(value) {
    value = toUSVString(value);
    if (hasOpaquePath(this.#record)) return;
    this.#setWithOverride(value, states.HOSTNAME);
  }

  get port() {
    const { port } = this.#record;
    return port === null ? '' : String(port);
  }

  set port(value) {
    value = removeTabAndNewline(toUSVString(value));
    if (cannotHaveCredentialsOrPort(this.#record)) return;
    if (value === '') {
      this.#record.port = null;
      return;
    }
    this.#setWithOverride(value, states.PORT);
  }

  get pathname() {
    return serializePath(this.#record);
  }

  set pathname(value) {
    value = toUSVString(value);
    if (hasOpaquePath(this.#record)) return;
    this.#record.path = [];
    basicParse(value, null, this.#record, states.PATH_START);
  }

  get search() {
    const { query } = this.#record;
    return query === null || query === '' ? '' : '?' + query;
  }

  set search(value) {
    value = toUSVString(value);
    const record = this.#record;
    if (value === '') {
      record.query = null;
      stripTrailingSpacesFromOpaquePath(record);
      this.#updateSearchParams();
      return;
    }
    const input = value[0] === '?' ? value.slice(1) : value;
    record.query = '';
    basicParse(input, null, record, states.QUERY);
    this.#updateSearchParams();
  }

  get searchParams() {
    if (this.#searchParams === undefined) {
      const params = new URLSearchParams();
      params[kURLObject] = this;
      this.#searchParams = params;
      this.#updateSearchParams();
    }
    return this.#searchParams;
  }

  get hash() {
    const { fragment } = this.#record;
    return fragment === null || fragment === '' ? '' : '#' + fragment;
  }

  set hash(value) {
    value = toUSVString(value);
    const record = this.#record;
    if (value === '') {
      record.fragment = null;
      stripTrailingSpacesFromOpaquePath(record);
      return;
    }
    const input = value[0] === '#' ? value.slice(1) : value;
    record.fragment = '';
    basicParse(input, null, record, states.FRAGMENT);
  }

  toJSON() {
    return serializeURL(this.#record);
  }

  #setWithOverride(value, state) {
    basicParse(value, null, this.#record, state);
  }

  #updateSearchParams() {
    if (this.#searchParams === undefined) return;
    const { query } = this.#record;
    this.#searchParams[kList] = query === null ? [] : parseFormUrlencoded(query);
  }

  // Called by the URLSearchParams of this URL after it changed.
  [kOnUpdate](serialized) {
    this.#record.query = serialized === '' ? null : serialized;
    if (serialized === '') stripTrailingSpacesFromOpaquePath(this.#record);
  }

  static isURL(self) {
    return #record in self;
  }

  [customInspectSymbol](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const constructor = getConstructorOf(this) || URL;
    const obj = { __proto__: { constructor } };
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    return `${constructor.name} ${lazyInspect().inspect(obj, opts)}`;
  }
}

const isURLInstance = URL.isURL;
delete URL.isURL;

Object.defineProperty(URL.prototype, Symbol.toStringTag, {
  value: 'URL', writable: false, enumerable: false, configurable: true,
});
Object.defineProperty(URL.prototype, kOnUpdate, { enumerable: false });
Object.defineProperty(URL.prototype, customInspectSymbol, { enumerable: false });
for (const name of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host',
                    'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash',
                    'toJSON']) {
  Object.defineProperty(URL.prototype, name, kEnumerableProperty);
}
for (const name of ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']) {
  Object.defineProperty(URL, name, kEnumerableProperty);
}

// Node's duck-typed check: a WHATWG URL-like object, not a legacy url.parse() result.
function isURL(self) {
  return Boolean(self?.href && self.protocol && self.auth === undefined &&
                 self.path === undefined);
}

function fileURLToPath(path) {
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  if (path.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = path.pathname;
  for (let n = 0; n < pathname.length; n++) {
    if (pathname[n] === '%') {
      const third = pathname.codePointAt(n + 2) | 0x20;
      if (pathname[n + 1] === '2' && third === 102) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
      }
    }
  }
  return decodeURIComponent(pathname);
}

function encodePathChars(filepath) {
  if (filepath.includes('%')) filepath = filepath.replace(/%/g, '%25');
  if (filepath.includes('\\')) filepath = filepath.replace(/\\/g, '%5C');
  if (filepath.includes('\n')) filepath = filepath.replace(/\n/g, '%0A');
  if (filepath.includes('\r')) filepath = filepath.replace(/\r/g, '%0D');
  if (filepath.includes('\t')) filepath = filepath.replace(/\t/g, '%09');
  return filepath;
}

function pathToFileURL(filepath) {
  if (typeof filepath !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  const pathModule = require('path');
  let resolved = pathModule.resolve(filepath);
  if (filepath.charCodeAt(filepath.length - 1) === 47 &&
      resolved[resolved.length - 1] !== pathModule.sep) {
    resolved += '/';
  }
  const url = new URL('file://');
  url.pathname = encodePathChars(resolved);
  return url;
}

function urlToHttpOptions(url) {
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: typeof hostname === 'string' && hostname.startsWith('[') ?
      hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

// Node parses the domain as the host of a special URL; failures give ''.
function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const host = parseHost(`${domain}`, false);
  return host === null ? '' : host;
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const host = parseHost(`${domain}`, false);
  if (host === null) return '';
  if (host[0] === '[') return host;
  const unicode = domainToUnicodeInternal(host);
  return unicode === null ? '' : unicode;
}

module.exports = {
  URL,
  URLSearchParams,
  isURL,
  isURLInstance,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
  domainToASCII,
  domainToUnicode,
};
