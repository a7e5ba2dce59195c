'use strict';

// The `dns` module: lookup()/lookupService() through the system resolver
// (getaddrinfo/getnameinfo on libuv's thread pool), and resolve*()/Resolver through
// c-ares (DNS queries sent by rt itself), like Node.

const {
  dnsException,
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateFunction, validatePort, validateString } = require('internal/validators');
const { isIP } = require('internal/net');
const {
  defineResolverMethods,
  binding,
  bindDefaultResolver,
  errorCodes,
  ResolverBase,
  setDefaultResolver,
  emitInvalidHostnameWarning,
  getDefaultResultOrder,
  setDefaultResultOrder,
  orderConstant,
  parseLookupOptions,
} = require('internal/dns/utils');
const { customPromisifyArgs } = require('internal/util');

let toASCII;
function asciiHostname(hostname) {
  toASCII ??= require('punycode').toASCII;
  return toASCII(hostname);
}

function onlookup(err, addresses) {
  if (err) {
    this.callback(dnsException(err, 'getaddrinfo', this.hostname));
    return;
  }
  this.callback(null, addresses[0], this.family || isIP(addresses[0]));
}

function onlookupall(err, addresses) {
  if (err) {
    this.callback(dnsException(err, 'getaddrinfo', this.hostname));
    return;
  }
  const family = this.family;
  const list = addresses.map((address) => ({ address, family: family || isIP(address) }));
  this.callback(null, list);
}

// lookup(hostname[, options], callback)
function lookup(hostname, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  } else if (options !== undefined && options !== null && typeof options !== 'object' &&
             typeof options !== 'number') {
    validateFunction(arguments.length === 2 ? options : callback, 'callback');
  }
  const { hints, family, all, order } = parseLookupOptions(hostname, options, callback, true);

  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    if (all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    return {};
  }

  const matchedFamily = isIP(hostname);
  if (matchedFamily) {
    if (all) process.nextTick(callback, null, [{ address: hostname, family: matchedFamily }]);
    else process.nextTick(callback, null, hostname, matchedFamily);
    return {};
  }

  const cares = binding();
  const req = new cares.GetAddrInfoReqWrap();
  req.callback = callback;
  req.family = family;
  req.hostname = hostname;
  req.oncomplete = all ? onlookupall : onlookup;
  const err = cares.getaddrinfo(req, asciiHostname(hostname), family, hints,
                                orderConstant(order));
  if (err) {
    process.nextTick(callback, dnsException(err, 'getaddrinfo', hostname));
    return {};
  }
  return req;
}
Object.defineProperty(lookup, customPromisifyArgs, {
  __proto__: null, value: ['address', 'family'], enumerable: false,
});

function onlookupservice(err, hostname, service) {
  if (err) {
    this.callback(dnsException(err, 'getnameinfo', this.hostname));
    return;
  }
  this.callback(null, hostname, service);
}

// lookupService(address, port, callback)
function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  validateFunction(callback, 'callback');
  port = +port;
  const cares = binding();
  const req = new cares.GetNameInfoReqWrap();
  req.callback = callback;
  req.hostname = address;
  req.port = port;
  req.oncomplete = onlookupservice;
  const err = cares.getnameinfo(req, address, port);
  if (err) throw dnsException(err, 'getnameinfo', address);
  return req;
}
Object.defineProperty(lookupService, customPromisifyArgs, {
  __proto__: null, value: ['hostname', 'service'], enumerable: false,
});

function onresolve(err, result, ttls) {
  if (ttls && this.ttl) result = result.map((address, index) => ({ address, ttl: ttls[index] }));
  if (err) this.callback(dnsException(err, this.bindingName, this.hostname));
  else this.callback(null, result);
}

// The resolveXxx(name[, options], callback) method that sends a query through
// the channel's `bindingName` (queryA, queryMx, getHostByAddr, ...).
function resolver(bindingName) {
  function query(name, /* options, */ callback) {
    let options;
    if (arguments.length > 2) {
      options = callback;
      callback = arguments[2];
    }
    validateString(name, 'name');
    validateFunction(callback, 'callback');
    const req = new (binding().QueryReqWrap)();
    req.bindingName = bindingName;
    req.callback = callback;
    req.hostname = name;
    req.oncomplete = onresolve;
    req.ttl = !!(options && options.ttl);
    const err = this._handle[bindingName](req, asciiHostname(name));
    if (err) throw dnsException(err, bindingName, name);
    return req;
  }
  Object.defineProperty(query, 'name', { __proto__: null, value: bindingName });
  return query;
}

class Resolver extends ResolverBase {}

const resolveMap = defineResolverMethods(Resolver.prototype, resolver);
Resolver.prototype.resolve = resolve;

// resolve(hostname[, rrtype], callback)
function resolve(hostname, rrtype, callback) {
  let method;
  if (typeof rrtype === 'string') {
    method = resolveMap[rrtype];
  } else if (typeof rrtype === 'function') {
    method = resolveMap.A;
    callback = rrtype;
  } else {
    throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
  }
  if (typeof method !== 'function') throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  return Reflect.apply(method, this, [hostname, callback]);
}

let promises = null;  // dns/promises, once reached through dns.promises

// dns.setServers(): a new default resolver, for dns and dns.promises alike.
function defaultResolverSetServers(servers) {
  const resolver = new Resolver();
  resolver.setServers(servers);
  setDefaultResolver(resolver);
  bindDefaultResolver(module.exports, Resolver.prototype);
  if (promises !== null) bindDefaultResolver(promises, promises.Resolver.prototype);
}

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: defaultResolverSetServers,
  ADDRCONFIG: binding().AI_ADDRCONFIG,
  ALL: binding().AI_ALL,
  V4MAPPED: binding().AI_V4MAPPED,
  ...errorCodes,
};
bindDefaultResolver(module.exports, Resolver.prototype);

Object.defineProperties(module.exports, {
  promises: {
    __proto__: null,
    get() {
      promises ??= require('dns/promises');
      return promises;
    },
    enumerable: true,
    configurable: true,
  },
});
