'use strict';

// The WHATWG URL class and Node's URL helpers (fileURLToPath, pathToFileURL,
// urlToHttpOptions, domainToASCII/Unicode). Parsing is done in C++ by the url
// binding (src/url/); UTS #46 stays in internal/url/idna.js.

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
const {
  URLSearchParams, parseFormUrlencoded, setSearchParamsList, setSearchParamsURL, kOnUpdate,
} = require('internal/url/search_params');
// UTS #46 (internal/url/idna) is loaded only when a non-ASCII domain first needs it.
let idna;
function lazyIdna() {
  idna ??= require('internal/url/idna');
  return idna;
}
function domainToUnicodeInternal(domain) {
  return lazyIdna().domainToUnicodeInternal(domain);
}

const binding = internalBinding('url');
const { urlComponents, parse, update } = binding;
// Non-ASCII domains (and xn-- labels) come back here for UTS #46.
binding.setDomainFunctions((domain) => lazyIdna().domainToASCIIInternal(domain, false),
                           domainToUnicodeInternal);

// Setter numbers of src/url/url_parser.h.
const kProtocol = 0;
const kUsername = 1;
const kPassword = 2;
const kHost = 3;
const kHostname = 4;
const kPort = 5;
const kPathname = 6;
const kSearch = 7;
const kHash = 8;

// Scheme types of src/url/url_parser.h.
const kHttp = 1;
const kHttps = 2;
const kFile = 6;

let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule;
}

// The origin of an http(s) URL inside a blob: URL's path, or 'null'.
function blobOrigin(path) {
  const href = path[0] === '/' ? undefined : parse(path);
  if (href === undefined) return 'null';
  const type = urlComponents[8];
  if (type !== kHttp && type !== kHttps) return 'null';
  return href.slice(0, urlComponents[0]) + '//' + href.slice(urlComponents[2],
                                                              urlComponents[5]);
}

let isURLInstance;

// A URL is its href plus the offsets of its components (see src/bindings/url.cc);
// -1 marks an absent port, query or fragment.
// The constructor's error is raised from C++ in Node: its name and stack carry no [code]
// (`TypeError: Invalid URL`), unlike the href setter's ERR_INVALID_URL.
function invalidURLError(input, base) {
  const err = new TypeError('Invalid URL');
  err.code = 'ERR_INVALID_URL';
  err.input = input;
  if (base !== undefined) err.base = base;
  Error.captureStackTrace(err, invalidURLError);
  return err;
}

class URL {
  #href = '';
  #protocolEnd = 0;
  #usernameEnd = 0;
  #hostStart = 0;
  #hostEnd = 0;
  #port = -1;
  #pathnameStart = 0;
  #searchStart = -1;
  #hashStart = -1;
  #schemeType = 0;
  #searchParams;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = `${input}`;
    let href;
    if (base === undefined) {
      href = parse(input);
    } else {
      base = `${base}`;
      href = parse(input, base);
    }
    if (href === undefined) {
      throw invalidURLError(toUSVString(input), base === undefined ? undefined : toUSVString(base));
    }
    this.#setHref(href);
  }

  #setHref(href) {
    this.#href = href;
    const c = urlComponents;
    this.#protocolEnd = c[0];
    this.#usernameEnd = c[1];
    this.#hostStart = c[2];
    this.#hostEnd = c[3];
    this.#port = c[4];
    this.#pathnameStart = c[5];
    this.#searchStart = c[6];
    this.#hashStart = c[7];
    this.#schemeType = c[8];
  }

  #set(setter, value) {
    this.#setHref(update(this.#href, setter, `${value}`));
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
    input = `${input}`;
    if (base === undefined) return binding.canParse(input);
    return binding.canParse(input, `${base}`);
  }

  static createObjectURL(obj) {
    return require('internal/blob').createObjectURL(obj);
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    require('internal/blob').revokeObjectURL(url);
  }

  toString() {
    return this.#href;
  }

  get href() {
    return this.#href;
  }

  set href(value) {
    value = `${value}`;
    const href = parse(value);
    if (href === undefined) throw new ERR_INVALID_URL(toUSVString(value));
    this.#setHref(href);
    this.#updateSearchParams();
  }

  get origin() {
    const type = this.#schemeType;
    if (type === kFile) return 'null';
    if (type !== 0) return this.#href.slice(0, this.#protocolEnd) + '//' + this.host;
    if (this.#protocolEnd === 5 && this.#href.startsWith('blob:')) {
      return blobOrigin(this.pathname);
    }
    return 'null';
  }

  get protocol() {
    return this.#href.slice(0, this.#protocolEnd);
  }

  set protocol(value) {
    this.#set(kProtocol, value);
  }

  get username() {
    const start = this.#protocolEnd + 2;
    return this.#usernameEnd > start ? this.#href.slice(start, this.#usernameEnd) : '';
  }

  set username(value) {
    this.#set(kUsername, value);
  }

  get password() {
    return this.#hostStart - this.#usernameEnd > 1 ?
      this.#href.slice(this.#usernameEnd + 1, this.#hostStart - 1) : '';
  }

  set password(value) {
    this.#set(kPassword, value);
  }

  get host() {
    return this.#href.slice(this.#hostStart, this.#port === -1 ? this.#hostEnd :
      this.#pathnameStart);
  }

  set host(value) {
    this.#set(kHost, value);
  }

  get hostname() {
    return this.#href.slice(this.#hostStart, this.#hostEnd);
  }

  set hostname(value) {
    this.#set(kHostname, value);
  }

  get port() {
    return this.#port === -1 ? '' : `${this.#port}`;
  }

  set port(value) {
    this.#set(kPort, value);
  }

  get pathname() {
    const end = this.#searchStart !== -1 ? this.#searchStart :
      this.#hashStart !== -1 ? this.#hashStart : this.#href.length;
    return this.#href.slice(this.#pathnameStart, end);
  }

  set pathname(value) {
    this.#set(kPathname, value);
  }

  get search() {
    const start = this.#searchStart;
    if (start === -1) return '';
    const end = this.#hashStart === -1 ? this.#href.length : this.#hashStart;
    return end - start > 1 ? this.#href.slice(start, end) : '';
  }

  set search(value) {
    this.#set(kSearch, value);
    this.#updateSearchParams();
  }

  get searchParams() {
    if (this.#searchParams === undefined) {
      const params = new URLSearchParams();
      setSearchParamsURL(params, this);
      this.#searchParams = params;
      this.#updateSearchParams();
    }
    return this.#searchParams;
  }

  get hash() {
    const start = this.#hashStart;
    return start === -1 || this.#href.length - start <= 1 ? '' : this.#href.slice(start);
  }

  set hash(value) {
    this.#set(kHash, value);
  }

  toJSON() {
    return this.#href;
  }

  #updateSearchParams() {
    if (this.#searchParams === undefined) return;
    const start = this.#searchStart;
    if (start === -1) {
      setSearchParamsList(this.#searchParams, []);
      return;
    }
    const end = this.#hashStart === -1 ? this.#href.length : this.#hashStart;
    const query = this.#href.slice(start + 1, end);
    setSearchParamsList(this.#searchParams, parseFormUrlencoded(query));
  }

  // Called by the URLSearchParams of this URL after it changed.
  [kOnUpdate](serialized) {
    this.#setHref(update(this.#href, kSearch, serialized));
  }

  static {
    isURLInstance = (self) => #href in self;
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
  return binding.domainToASCII(`${domain}`);
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  const host = binding.domainToASCII(`${domain}`);
  if (host === '' || host[0] === '[') return host;
  return domainToUnicodeInternal(host) ?? '';
}

// url.format() of a WHATWG URL's href, with parts left out or the host in Unicode.
function formatURL(href, fragment, unicode, search, auth) {
  return binding.format(`${href}`, fragment, unicode, search, auth);
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
  formatURL,
};
