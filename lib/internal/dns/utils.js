'use strict';

// Shared by dns and dns/promises: argument checks for lookup, the default result
// order, the error code constants, and ResolverBase (a c-ares channel: servers,
// local address, cancel) with the default resolver behind dns.resolve*().

const {
  codes: {
    ERR_DNS_SET_SERVERS_FAILED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_IP_ADDRESS,
  },
} = require('internal/errors');
const {
  validateArray,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateNumber,
  validateOneOf,
  validateString,
} = require('internal/validators');
const { isIP } = require('internal/net');

let cares;
function binding() {
  cares ??= internalBinding('cares_wrap');
  return cares;
}

const validFamilies = [0, 4, 6];
const validOrders = ['verbatim', 'ipv4first', 'ipv6first'];

// --dns-result-order sets the default (Node 20's is 'verbatim').
let defaultResultOrder = require('internal/options').getOptionValue('--dns-result-order');
if (!validOrders.includes(defaultResultOrder)) defaultResultOrder = 'verbatim';

function getDefaultResultOrder() {
  return defaultResultOrder;
}

function setDefaultResultOrder(value) {
  validateOneOf(value, 'dnsOrder', validOrders);
  defaultResultOrder = value;
}

function orderConstant(order) {
  const b = binding();
  if (order === 'ipv4first') return b.DNS_ORDER_IPV4_FIRST;
  if (order === 'ipv6first') return b.DNS_ORDER_IPV6_FIRST;
  return b.DNS_ORDER_VERBATIM;
}

function validateHints(hints) {
  const b = binding();
  if ((hints & ~(b.AI_ADDRCONFIG | b.AI_ALL | b.AI_V4MAPPED)) !== 0) {
    throw new ERR_INVALID_ARG_VALUE('hints', hints);
  }
}

// lookup(hostname, options) arguments -> { family, hints, all, order }.
// `callback` is validated first when given (the callback API).
function parseLookupOptions(hostname, options, callback, withCallback) {
  let hints = 0;
  let family = 0;
  let all = false;
  let order = defaultResultOrder;
  if (hostname) validateString(hostname, 'hostname');

  if (typeof options === 'function' && withCallback) {
    // lookup(hostname, callback)
  } else if (typeof options === 'number') {
    if (withCallback) validateFunction(callback, 'callback');
    validateOneOf(options, 'family', validFamilies);
    family = options;
  } else if (options !== undefined && typeof options !== 'object') {
    if (withCallback) validateFunction(callback, 'callback');
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  } else {
    if (withCallback) validateFunction(callback, 'callback');
    if (options?.hints != null) {
      validateNumber(options.hints, 'options.hints');
      hints = options.hints >>> 0;
      validateHints(hints);
    }
    if (options?.family != null) {
      switch (options.family) {
        case 'IPv4': family = 4; break;
        case 'IPv6': family = 6; break;
        default:
          validateOneOf(options.family, 'options.family', validFamilies);
          family = options.family;
      }
    }
    if (options?.all != null) {
      validateBoolean(options.all, 'options.all');
      all = options.all;
    }
    if (options?.verbatim != null) {
      validateBoolean(options.verbatim, 'options.verbatim');
      order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options?.order != null) {
      validateOneOf(options.order, 'options.order', validOrders);
      order = options.order;
    }
  }
  return { hints, family, all, order };
}

let warnedInvalidHostname = false;
function emitInvalidHostnameWarning(hostname) {
  if (warnedInvalidHostname) return;
  warnedInvalidHostname = true;
  process.emitWarning(
    `The provided hostname "${hostname}" is not a valid hostname, and is supported in the dns ` +
    'module solely for compatibility.',
    'DeprecationWarning',
    'DEP0118',
  );
}

// Error codes of the dns module (c-ares's names).
const errorCodes = {
  NODATA: 'ENODATA',
  FORMERR: 'EFORMERR',
  SERVFAIL: 'ESERVFAIL',
  NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED',
  BADQUERY: 'EBADQUERY',
  BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY',
  BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED',
  TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF',
  FILE: 'EFILE',
  NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION',
  BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS',
  NONAME: 'ENONAME',
  BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS',
  CANCELLED: 'ECANCELLED',
};

const IANA_DNS_PORT = 53;
const IPv6RE = /^\[([^[\]]*)\]/;
const addrSplitRE = /(^.+?)(?::(\d+))?$/;

function validateTimeout(options) {
  const { timeout = -1 } = { ...options };
  validateInt32(timeout, 'options.timeout', -1);
  return timeout;
}

function validateTries(options) {
  const { tries = 4 } = { ...options };
  validateInt32(tries, 'options.tries', 1);
  return tries;
}

// "host", "host:port", "[v6]" or "[v6]:port" -> [family, host, port].
function parseServer(server, index) {
  validateString(server, `servers[${index}]`);
  let family = isIP(server);
  if (family !== 0) return [family, server, IANA_DNS_PORT];

  const bracketed = IPv6RE.exec(server);
  if (bracketed) {
    family = isIP(bracketed[1]);
    if (family !== 0) {
      const port = Number.parseInt(server.replace(addrSplitRE, '$2')) || IANA_DNS_PORT;
      return [family, bracketed[1], port];
    }
  }

  const split = addrSplitRE.exec(server);
  if (split) {
    family = isIP(split[1]);
    if (family !== 0) return [family, split[1], Number.parseInt(split[2] || IANA_DNS_PORT)];
  }
  throw new ERR_INVALID_IP_ADDRESS(server);
}

// Errors Node raises from C++ for setLocalAddress: a TypeError with a code but no
// "[code]" in its message.
function invalidLocalAddress(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_VALUE';
  return err;
}

// What dns.Resolver and dns.promises.Resolver share: the channel and its settings.
class ResolverBase {
  constructor(options = undefined) {
    const timeout = validateTimeout(options);
    const tries = validateTries(options);
    this._handle = new (binding().ChannelWrap)(timeout, tries);
  }

  cancel() {
    this._handle.cancel();
  }

  getServers() {
    return this._handle.getServers().map(([host, port]) => {
      if (!port || port === IANA_DNS_PORT) return host;
      return `${isIP(host) === 6 ? `[${host}]` : host}:${port}`;
    });
  }

  setServers(servers) {
    validateArray(servers, 'servers');
    const previous = this._handle.getServers()
      .map(([host, port]) => [isIP(host), host, port]);
    const list = servers.map(parseServer);
    const status = this._handle.setServers(list);
    if (status !== 0) {
      // c-ares may have dropped the old list: put it back.
      this._handle.setServers(previous);
      throw new ERR_DNS_SET_SERVERS_FAILED(binding().aresStrerror(status), servers);
    }
  }

  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    let v4;
    let v6;
    const first = isIP(ipv4);
    if (first === 4) v4 = ipv4;
    else if (first === 6) v6 = ipv4;
    else throw invalidLocalAddress('Invalid IP address.');
    if (ipv6 !== undefined) {
      const second = isIP(ipv6);
      if (second === first) {
        throw invalidLocalAddress(`Cannot specify two IPv${first} addresses.`);
      }
      if (second === 4) v4 = ipv6;
      else if (second === 6) v6 = ipv6;
      else throw invalidLocalAddress('Invalid IP address.');
    }
    this._handle.setLocalAddress(v4, v6);
  }
}

// The resolver behind dns.resolve*() and dns.promises.resolve*(). The first one is
// made on first use (a channel reads /etc/resolv.conf); dns.setServers() puts another
// in its place.
let initialResolver = null;
let defaultResolver = null;  // null: the initial one

function getInitialResolver() {
  initialResolver ??= new ResolverBase();
  return initialResolver;
}

function getDefaultResolver() {
  return defaultResolver ?? getInitialResolver();
}

function setDefaultResolver(resolver) {
  defaultResolver = resolver;
}

const resolverKeys = [
  'getServers',
  'resolve',
  'resolve4',
  'resolve6',
  'resolveAny',
  'resolveCaa',
  'resolveCname',
  'resolveMx',
  'resolveNaptr',
  'resolveNs',
  'resolvePtr',
  'resolveSoa',
  'resolveSrv',
  'resolveTxt',
  'reverse',
];

// Puts the methods of `proto` on `target`, bound to the current default resolver
// (like Function.prototype.bind, but the initial resolver is only made when called).
function bindDefaultResolver(target, proto) {
  const resolver = defaultResolver;
  const getResolver = resolver === null ? getInitialResolver : () => resolver;
  for (const key of resolverKeys) {
    const method = proto[key];
    const bound = function(...args) {
      return Reflect.apply(method, getResolver(), args);
    };
    Object.defineProperties(bound, {
      name: { __proto__: null, value: `bound ${method.name}`, configurable: true },
      length: { __proto__: null, value: method.length, configurable: true },
    });
    target[key] = bound;
  }
}

// The query methods every Resolver class has, in Node's order: [method, rrtype, binding
// query]. defineResolverMethods puts makeQuery(query) on proto under each method name and
// returns the rrtype -> method map that resolve(hostname, rrtype) uses.
const resolverMethods = [
  ['resolveAny', 'ANY', 'queryAny'],
  ['resolve4', 'A', 'queryA'],
  ['resolve6', 'AAAA', 'queryAaaa'],
  ['resolveCaa', 'CAA', 'queryCaa'],
  ['resolveCname', 'CNAME', 'queryCname'],
  ['resolveMx', 'MX', 'queryMx'],
  ['resolveNs', 'NS', 'queryNs'],
  ['resolveTxt', 'TXT', 'queryTxt'],
  ['resolveSrv', 'SRV', 'querySrv'],
  ['resolvePtr', 'PTR', 'queryPtr'],
  ['resolveNaptr', 'NAPTR', 'queryNaptr'],
  ['resolveSoa', 'SOA', 'querySoa'],
];

function defineResolverMethods(proto, makeQuery) {
  const byRrtype = { __proto__: null };
  for (const [method, rrtype, query] of resolverMethods) {
    proto[method] = byRrtype[rrtype] = makeQuery(query);
  }
  proto.reverse = makeQuery('getHostByAddr');
  return byRrtype;
}

module.exports = {
  binding,
  defineResolverMethods,
  bindDefaultResolver,
  errorCodes,
  getDefaultResolver,
  ResolverBase,
  setDefaultResolver,
  emitInvalidHostnameWarning,
  getDefaultResultOrder,
  setDefaultResultOrder,
  orderConstant,
  parseLookupOptions,
};
