'use strict';

// net.SocketAddress: an immutable (address, port, family, flowlabel) value.

const {
  codes,
} = require('internal/errors');
const {
  validateObject,
  validateString,
  validatePort,
  validateUint32,
} = require('internal/validators');
const { customInspectSymbol } = require('internal/util');
const { createCloneable, kClone } = require('internal/cloneable');

const { ERR_INVALID_ADDRESS, ERR_INVALID_ARG_VALUE } = codes;

const kAddress = Symbol('kAddress');

let cares;
function canonicalize(address, family) {
  cares ??= internalBinding('cares_wrap');
  const { isIPv4, isIPv6 } = require('internal/net');
  if (family === 'ipv4' ? !isIPv4(address) : !isIPv6(address)) return undefined;
  return cares.canonicalizeIP(address);
}

class SocketAddress {
  static isSocketAddress(value) {
    return value?.[kAddress] !== undefined;
  }

  constructor(options = {}) {
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    const {
      address = (family === 'ipv4' ? '127.0.0.1' : '::'),
      port = 0,
      flowlabel = 0,
    } = options;
    if (typeof family === 'string') family = family.toLowerCase();
    if (family !== 'ipv4' && family !== 'ipv6') {
      throw new ERR_INVALID_ARG_VALUE('options.family', options.family);
    }
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    validateUint32(flowlabel, 'options.flowlabel', false);
    const canonical = canonicalize(address, family);
    if (canonical === undefined) throw new ERR_INVALID_ADDRESS();
    // A cloneable object in place of `this` (internal/cloneable), with the same prototype.
    const self = createCloneable(new.target.prototype);
    self[kAddress] = {
      address: canonical,
      port: port | 0,
      family,
      flowlabel: family === 'ipv6' ? flowlabel | 0 : 0,
    };
    return self;
  }

  [kClone]() {
    return { data: this[kAddress], deserializeInfo: 'internal/socketaddress:ClonedSocketAddress' };
  }

  get address() {
    return this[kAddress].address;
  }

  get port() {
    return this[kAddress].port;
  }

  get family() {
    return this[kAddress].family;
  }

  get flowlabel() {
    return this[kAddress].flowlabel;
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `SocketAddress ${inspect(this.toJSON(), opts)}`;
  }

  toJSON() {
    return {
      address: this.address,
      port: this.port,
      family: this.family,
      flowlabel: this.flowlabel,
    };
  }
}

// The receiving side of a cloned SocketAddress (internal/cloneable).
function ClonedSocketAddress(fields) {
  const address = createCloneable(SocketAddress.prototype);
  address[kAddress] = fields;
  return address;
}

module.exports = { ClonedSocketAddress, SocketAddress, kAddress };
