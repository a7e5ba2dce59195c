'use strict';

// The deprecated punycode module: the punycode.js 2.1.0 API. Node 20 warns
// (DEP0040) only under --pending-deprecation.

const punycode = require('internal/url/punycode');
const { isPendingDeprecation } = require('internal/util');

if (isPendingDeprecation()) {
  process.emitWarning(
    'The `punycode` module is deprecated. Please use a userland alternative instead.',
    'DeprecationWarning',
    'DEP0040');
}

const separators = /[\x2E\u3002\uFF0E\uFF61]/g;

// Applies fn to each label of a domain or of the domain part of an email address.
function mapDomain(domain, fn) {
  const parts = domain.split('@');
  let result = '';
  if (parts.length > 1) {
    result = parts[0] + '@';
    domain = parts[1];
  }
  domain = domain.replace(separators, '\x2E');
  return result + domain.split('.').map(fn).join('.');
}

function toUnicode(input) {
  return mapDomain(input, (label) => {
    return /^xn--/.test(label) ? punycode.decode(label.slice(4).toLowerCase()) : label;
  });
}

function toASCII(input) {
  return mapDomain(input, (label) => {
    return /[^\0-\x7F]/.test(label) ? 'xn--' + punycode.encode(label) : label;
  });
}

module.exports = {
  version: '2.1.0',
  ucs2: {
    decode: punycode.ucs2decode,
    encode: function ucs2encode(array) {
      return String.fromCodePoint(...array);
    },
  },
  decode: punycode.decode,
  encode: punycode.encode,
  toASCII,
  toUnicode,
};
