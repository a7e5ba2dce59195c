'use strict';

// net.BlockList: rules (single addresses, ranges, subnets) that addresses are
// checked against. Every address is compared as a 128-bit number, IPv4 as its
// IPv4-mapped IPv6 form (::ffff:a.b.c.d), so IPv4 rules match mapped addresses
// and the other way round, like Node.

const {
  codes: { ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateInt32, validateString } = require('internal/validators');
const { customInspectSymbol } = require('internal/util');
const { SocketAddress } = require('internal/socketaddress');
const { parseIPv4, parseIPv6 } = require('internal/net');
const { createCloneable, kClone } = require('internal/cloneable');

const kMappedPrefix = 0xffffn << 32n;
const kAll = (1n << 128n) - 1n;

function toNumber(socketAddress) {
  if (socketAddress.family === 'ipv4') return kMappedPrefix | parseIPv4(socketAddress.address);
  return parseIPv6(socketAddress.address);
}

function toSocketAddress(value, family, name) {
  if (SocketAddress.isSocketAddress(value)) return value;
  validateString(value, name);
  validateString(family, 'family');
  return new SocketAddress({ address: value, family });
}

const kRules = Symbol('kRules');

// Each rule is a range of those numbers, { text, low, high }, newest first as `rules`
// lists them; plain data, so a clone copies them (Node's clones share one list).
class BlockList {
  constructor() {
    // A cloneable object in place of `this` (internal/cloneable), with the same prototype.
    const self = createCloneable(new.target.prototype);
    self[kRules] = [];
    return self;
  }

  [kClone]() {
    return { data: this[kRules], deserializeInfo: 'internal/blocklist:ClonedBlockList' };
  }

  [customInspectSymbol](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `BlockList ${inspect({ rules: this.rules }, opts)}`;
  }

  addAddress(address, family = 'ipv4') {
    const addr = toSocketAddress(address, family, 'address');
    const value = toNumber(addr);
    const text = `Address: ${label(addr)} ${addr.address}`;
    this[kRules].unshift({ text, low: value, high: value });
  }

  addRange(start, end, family = 'ipv4') {
    const first = toSocketAddress(start, family, 'start');
    const last = toSocketAddress(end, family, 'end');
    const low = toNumber(first);
    const high = toNumber(last);
    if (low > high) throw new ERR_INVALID_ARG_VALUE('start', first, 'must come before end');
    const text = `Range: ${label(first)} ${first.address}-${last.address}`;
    this[kRules].unshift({ text, low, high });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    const net = toSocketAddress(network, family, 'network');
    const v4 = net.family === 'ipv4';
    validateInt32(prefix, 'prefix', 0, v4 ? 32 : 128);
    const bits = BigInt(v4 ? prefix + 96 : prefix);
    const mask = kAll ^ ((1n << (128n - bits)) - 1n);
    const base = toNumber(net) & mask;
    this[kRules].unshift({
      text: `Subnet: ${label(net)} ${net.address}/${prefix}`,
      low: base,
      high: base | (kAll ^ mask),
    });
  }

  check(address, family = 'ipv4') {
    let addr;
    if (SocketAddress.isSocketAddress(address)) {
      addr = address;
    } else {
      validateString(address, 'address');
      validateString(family, 'family');
      try {
        addr = new SocketAddress({ address, family });
      } catch {
        return false;
      }
    }
    const value = toNumber(addr);
    return this[kRules].some((rule) => value >= rule.low && value <= rule.high);
  }

  get rules() {
    return this[kRules].map((rule) => rule.text);
  }
}

function label(socketAddress) {
  return socketAddress.family === 'ipv4' ? 'IPv4' : 'IPv6';
}

// The receiving side of a cloned BlockList (internal/cloneable).
function ClonedBlockList(rules) {
  const list = createCloneable(BlockList.prototype);
  list[kRules] = rules;
  return list;
}

module.exports = { BlockList, ClonedBlockList };
