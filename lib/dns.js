'use strict';

// The `dns` module: lookup()/lookupService() through the system resolver
// (getaddrinfo/getnameinfo on libuv's thread pool), like Node.

const {
  dnsException,
  codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateFunction, validatePort, validateString } = require('internal/validators');
const { isIP } = require('internal/net');
const {
  binding,
  errorCodes,
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

module.exports = {
  lookup,
  lookupService,
  getDefaultResultOrder,
  setDefaultResultOrder,
  ADDRCONFIG: binding().AI_ADDRCONFIG,
  V4MAPPED: binding().AI_V4MAPPED,
  ALL: binding().AI_ALL,
  ...errorCodes,
};

Object.defineProperties(module.exports, {
  promises: {
    __proto__: null,
    get: () => require('dns/promises'),
    enumerable: true,
    configurable: true,
  },
});
