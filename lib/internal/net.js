'use strict';

// IP address syntax (isIP and friends) and small helpers shared by net, dns, dgram
// and http.

const v4Part = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const v4Str = `(?:${v4Part}\\.){3}${v4Part}`;
const IPv4Reg = new RegExp(`^${v4Str}$`);

const hexPart = '[0-9a-fA-F]{1,4}';
// Every spelling of an IPv6 address: eight groups, or fewer around one '::', the
// last two groups optionally written as an IPv4 address; then an optional zone id.
const v6Str =
  '(?:' +
  `(?:${hexPart}:){7}(?:${hexPart}|:)|` +
  `(?:${hexPart}:){6}(?:${v4Str}|:${hexPart}|:)|` +
  `(?:${hexPart}:){5}(?::${v4Str}|(?::${hexPart}){1,2}|:)|` +
  `(?:${hexPart}:){4}(?:(?::${hexPart}){0,1}:${v4Str}|(?::${hexPart}){1,3}|:)|` +
  `(?:${hexPart}:){3}(?:(?::${hexPart}){0,2}:${v4Str}|(?::${hexPart}){1,4}|:)|` +
  `(?:${hexPart}:){2}(?:(?::${hexPart}){0,3}:${v4Str}|(?::${hexPart}){1,5}|:)|` +
  `(?:${hexPart}:){1}(?:(?::${hexPart}){0,4}:${v4Str}|(?::${hexPart}){1,6}|:)|` +
  `(?::(?:(?::${hexPart}){0,5}:${v4Str}|(?::${hexPart}){1,7}|:))` +
  ')(?:%[0-9a-zA-Z-.:]{1,})?';
const IPv6Reg = new RegExp(`^${v6Str}$`);

function isIPv4(s) {
  return IPv4Reg.test(`${s}`);
}

function isIPv6(s) {
  return IPv6Reg.test(`${s}`);
}

function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

// Unix socket paths (and Windows pipe names) are strings that are not numbers.
function isPipeName(s) {
  return typeof s === 'string' && toNumber(s) === false;
}

function toNumber(x) {
  return (x = Number(x)) >= 0 ? x : false;
}

// Marks an args array that normalizeArgs already produced, so that
// connect(...normalized) does not parse it twice.
const normalizedArgsSymbol = Symbol('normalizedArgs');

// Parses 128-bit (or 32-bit) addresses into BigInts for BlockList comparisons.
// Returns undefined for malformed text.
function parseIPv4(text) {
  if (!isIPv4(text)) return undefined;
  let value = 0n;
  for (const part of text.split('.')) value = (value << 8n) | BigInt(part);
  return value;
}

function parseIPv6(text) {
  if (!isIPv6(text)) return undefined;
  const zone = text.indexOf('%');
  if (zone !== -1) text = text.slice(0, zone);
  // A trailing dotted quad becomes its two hex groups.
  const lastColon = text.lastIndexOf(':');
  if (text.indexOf('.', lastColon) !== -1) {
    const v4 = parseIPv4(text.slice(lastColon + 1));
    text = `${text.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const toGroups = (s) => (s === '' ? [] : s.split(':').map((g) => parseInt(g, 16)));
  let groups;
  const gap = text.indexOf('::');
  if (gap === -1) {
    groups = toGroups(text);
  } else {
    const head = toGroups(text.slice(0, gap));
    const rest = toGroups(text.slice(gap + 2));
    groups = head.concat(new Array(8 - head.length - rest.length).fill(0), rest);
  }
  if (groups.length !== 8) return undefined;
  let value = 0n;
  for (const g of groups) value = (value << 16n) | BigInt(g);
  return value;
}

// connect()/listen() arguments -> [options, callback]:
//   (options[, cb]), (path[, cb]), (port[, host][, cb])
function normalizeArgs(args) {
  let arr;
  if (args.length === 0) {
    arr = [{}, null];
    arr[normalizedArgsSymbol] = true;
    return arr;
  }
  const first = args[0];
  let options = {};
  if (typeof first === 'object' && first !== null) {
    options = first;
  } else if (isPipeName(first)) {
    options.path = first;
  } else {
    options.port = first;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  arr = [options, typeof cb === 'function' ? cb : null];
  arr[normalizedArgsSymbol] = true;
  return arr;
}

// A TCP or Pipe handle for an open file descriptor.
function createHandle(fd, isServer) {
  const { validateInt32 } = require('internal/validators');
  const { codes: { ERR_INVALID_FD_TYPE } } = require('internal/errors');
  validateInt32(fd, 'fd', 0);
  const type = internalBinding('stdio').guessHandleType(fd);
  if (type === 'PIPE') {
    const { Pipe, constants } = internalBinding('pipe_wrap');
    return new Pipe(isServer ? constants.SERVER : constants.SOCKET);
  }
  if (type === 'TCP') {
    const { TCP, constants } = internalBinding('tcp_wrap');
    return new TCP(isServer ? constants.SERVER : constants.SOCKET);
  }
  throw new ERR_INVALID_FD_TYPE(type);
}

module.exports = {
  createHandle,
  normalizeArgs,
  isIP,
  isIPv4,
  isIPv6,
  isPipeName,
  toNumber,
  parseIPv4,
  parseIPv6,
  normalizedArgsSymbol,
  IPv4Reg,
  IPv6Reg,
};
