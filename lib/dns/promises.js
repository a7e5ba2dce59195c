'use strict';

// The `dns/promises` module: lookup() and lookupService() returning promises.

const {
  dnsException,
  codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validatePort, validateString } = require('internal/validators');
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

module.exports = {
  lookup,
  lookupService,
  getDefaultResultOrder,
  setDefaultResultOrder,
  ...errorCodes,
};
