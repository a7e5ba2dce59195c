'use strict';

// Shared by dns and dns/promises: argument checks for lookup, the default result
// order, and the error code constants.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const {
  validateBoolean,
  validateFunction,
  validateNumber,
  validateOneOf,
  validateString,
} = require('internal/validators');

let cares;
function binding() {
  cares ??= internalBinding('cares_wrap');
  return cares;
}

const validFamilies = [0, 4, 6];
const validOrders = ['verbatim', 'ipv4first', 'ipv6first'];

let defaultResultOrder = 'verbatim';

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

module.exports = {
  binding,
  errorCodes,
  emitInvalidHostnameWarning,
  getDefaultResultOrder,
  setDefaultResultOrder,
  orderConstant,
  parseLookupOptions,
};
