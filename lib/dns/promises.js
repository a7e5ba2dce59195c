'use strict';

// The `dns/promises` module: lookup(), lookupService(), resolve*() and Resolver
// returning promises.

const {
  dnsException,
  codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validatePort, validateString } = require('internal/validators');
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

function onlookup(err, addresses) {
  if (err) {
    this.reject(dnsException(err, 'getaddrinfo', this.hostname));
    return;
  }
  const family = this.family || isIP(addresses[0]);
  this.resolve({ address: addresses[0], family });
}

function onlookupall(err, addresses) {
  if (err) {
    this.reject(dnsException(err, 'getaddrinfo', this.hostname));
    return;
  }
  const family = this.family;
  this.resolve(addresses.map((address) => ({ address, family: family || isIP(address) })));
}

function lookup(hostname, options) {
  const { hints, family, all, order } = parseLookupOptions(hostname, options, undefined, false);

  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    return Promise.resolve(all ? [] : { address: null, family: family === 6 ? 6 : 4 });
  }
  const matchedFamily = isIP(hostname);
  if (matchedFamily !== 0) {
    const result = { address: hostname, family: matchedFamily };
    return Promise.resolve(all ? [result] : result);
  }

  return new Promise((resolve, reject) => {
    const cares = binding();
    const req = new cares.GetAddrInfoReqWrap();
    req.family = family;
    req.hostname = hostname;
    req.oncomplete = all ? onlookupall : onlookup;
    req.resolve = resolve;
    req.reject = reject;
    const err = cares.getaddrinfo(req, require('punycode').toASCII(hostname), family, hints,
                                  orderConstant(order));
    if (err) reject(dnsException(err, 'getaddrinfo', hostname));
  });
}

function onlookupservice(err, hostname, service) {
  if (err) {
    this.reject(dnsException(err, 'getnameinfo', this.host));
    return;
  }
  this.resolve({ hostname, service });
}

function lookupService(address, port) {
  if (arguments.length !== 2) throw new ERR_MISSING_ARGS('address', 'port');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  validatePort(port);
  port = +port;
  return new Promise((resolve, reject) => {
    const cares = binding();
    const req = new cares.GetNameInfoReqWrap();
    req.host = address;
    req.port = port;
    req.oncomplete = onlookupservice;
    req.resolve = resolve;
    req.reject = reject;
    const err = cares.getnameinfo(req, address, port);
    if (err) reject(dnsException(err, 'getnameinfo', address));
  });
}

function onresolve(err, result, ttls) {
  if (err) {
    this.reject(dnsException(err, this.bindingName, this.hostname));
    return;
  }
  if (ttls && this.ttl) result = result.map((address, index) => ({ address, ttl: ttls[index] }));
  this.resolve(result);
}

function createResolverPromise(resolver, bindingName, hostname, ttl) {
  return new Promise((resolve, reject) => {
    const req = new (binding().QueryReqWrap)();
    req.bindingName = bindingName;
    req.hostname = hostname;
    req.oncomplete = onresolve;
    req.resolve = resolve;
    req.reject = reject;
    req.ttl = ttl;
    const err = resolver._handle[bindingName](req, require('punycode').toASCII(hostname));
    if (err) reject(dnsException(err, bindingName, hostname));
  });
}

// The resolveXxx(name[, options]) method that sends a query through the channel's
// `bindingName` (queryA, queryMx, getHostByAddr, ...).
function resolver(bindingName) {
  function query(name, options) {
    validateString(name, 'name');
    const ttl = !!(options && options.ttl);
    return createResolverPromise(this, bindingName, name, ttl);
  }
  Object.defineProperty(query, 'name', { __proto__: null, value: bindingName });
  return query;
}

class Resolver extends ResolverBase {}

const resolveMap = defineResolverMethods(Resolver.prototype, resolver);
Resolver.prototype.resolve = resolve;

// resolve(hostname[, rrtype])
function resolve(hostname, rrtype) {
  let method;
  if (rrtype !== undefined) {
    validateString(rrtype, 'rrtype');
    method = resolveMap[rrtype];
    if (typeof method !== 'function') throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
  } else {
    method = resolveMap.A;
  }
  return Reflect.apply(method, this, [hostname]);
}

// dns.promises.setServers(): a new default resolver for dns.promises (the callback
// functions of dns keep theirs, as in Node).
function defaultResolverSetServers(servers) {
  const resolver = new Resolver();
  resolver.setServers(servers);
  setDefaultResolver(resolver);
  bindDefaultResolver(module.exports, Resolver.prototype);
}

module.exports = {
  lookup,
  lookupService,
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: defaultResolverSetServers,
  ...errorCodes,
};
bindDefaultResolver(module.exports, Resolver.prototype);
