'use strict';

// Percent-encode sets of the URL Standard and the UTF-8 percent-encoder/decoder.
// A set is a predicate on a code point: true means "encode it".

const hex = [];
for (let i = 0; i < 256; i++) hex.push('%' + (i < 16 ? '0' : '') + i.toString(16).toUpperCase());

function c0Control(c) {
  return c < 0x20 || c > 0x7e;
}

function fragment(c) {
  return c0Control(c) || c === 0x20 || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x60;
}

function query(c) {
  return c0Control(c) || c === 0x20 || c === 0x22 || c === 0x23 || c === 0x3c || c === 0x3e;
}

function specialQuery(c) {
  return query(c) || c === 0x27;
}

// Node 20 (ada 2.9) predates the addition of ^ to the path set.
function path(c) {
  return query(c) || c === 0x3f || c === 0x60 || c === 0x7b || c === 0x7d;
}

function userinfo(c) {
  return path(c) || c === 0x2f || c === 0x3a || c === 0x3b || c === 0x3d || c === 0x40 ||
    (c >= 0x5b && c <= 0x5e) || c === 0x7c;
}

function component(c) {
  return userinfo(c) || (c >= 0x24 && c <= 0x26) || c === 0x2b || c === 0x2c;
}

function formUrlencoded(c) {
  return component(c) || c === 0x21 || (c >= 0x27 && c <= 0x29) || c === 0x7e;
}

// UTF-8 bytes of one code point, each percent-encoded.
function encodeCodePoint(cp) {
  if (cp < 0x80) return hex[cp];
  if (cp < 0x800) return hex[0xc0 | (cp >> 6)] + hex[0x80 | (cp & 0x3f)];
  if (cp < 0x10000) {
    return hex[0xe0 | (cp >> 12)] + hex[0x80 | ((cp >> 6) & 0x3f)] + hex[0x80 | (cp & 0x3f)];
  }
  return hex[0xf0 | (cp >> 18)] + hex[0x80 | ((cp >> 12) & 0x3f)] +
    hex[0x80 | ((cp >> 6) & 0x3f)] + hex[0x80 | (cp & 0x3f)];
}

// Encodes every code point of str in the set. Lone surrogates become U+FFFD.
function encode(str, set, spaceAsPlus = false) {
  let out = '';
  let start = 0;
  for (let i = 0; i < str.length; i++) {
    let cp = str.charCodeAt(i);
    if (cp < 0x80 && !set(cp)) continue;
    if (spaceAsPlus && cp === 0x20) {
      out += str.slice(start, i) + '+';
      start = i + 1;
      continue;
    }
    if (cp < 0x80) {
      out += str.slice(start, i) + hex[cp];
      start = i + 1;
      continue;
    }
    const end = i;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < str.length) {
      const next = str.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else {
        cp = 0xfffd;
      }
    } else if (cp >= 0xd800 && cp <= 0xdfff) {
      cp = 0xfffd;
    }
    out += str.slice(start, end) + encodeCodePoint(cp);
    start = i + 1;
  }
  return start === 0 ? str : out + str.slice(start);
}

function hexValue(c) {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x37;
  if (c >= 0x61 && c <= 0x66) return c - 0x57;
  return -1;
}

// Percent-decodes a string: code points are UTF-8 encoded, %XX becomes byte XX.
function decodeToBytes(str) {
  const bytes = [];
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    if (c === 0x25 && i + 2 < str.length) {
      const h = hexValue(str.charCodeAt(i + 1));
      const l = hexValue(str.charCodeAt(i + 2));
      if (h >= 0 && l >= 0) {
        bytes.push(h * 16 + l);
        i += 2;
        continue;
      }
    }
    if (c < 0x80) {
      bytes.push(c);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < str.length) {
      const next = str.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
      } else {
        c = 0xfffd;
      }
    } else if (c >= 0xd800 && c <= 0xdfff) {
      c = 0xfffd;
    }
    if (c < 0x800) {
      bytes.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    } else if (c < 0x10000) {
      bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    } else {
      bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f),
                 0x80 | (c & 0x3f));
    }
  }
  return bytes;
}

// UTF-8 decode with replacement (the WHATWG decoder: one U+FFFD per maximal
// ill-formed subsequence), ignoring no BOM.
function utf8Decode(bytes, start = 0, end = bytes.length) {
  let out = '';
  let i = start;
  while (i < end) {
    const b = bytes[i];
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    let need = 0;
    let cp = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1; cp = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2; cp = b & 0xf;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3; cp = b & 0x7;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      out += '\ufffd';
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const nb = j < end ? bytes[j] : -1;
      if (nb < lower || nb > upper) {
        ok = false;
        break;
      }
      lower = 0x80;
      upper = 0xbf;
      cp = (cp << 6) | (nb & 0x3f);
    }
    if (!ok) {
      out += '\ufffd';
      i = j;
      continue;
    }
    out += String.fromCodePoint(cp);
    i = j;
  }
  return out;
}

function decode(str) {
  if (str.indexOf('%') === -1) return str;
  return utf8Decode(decodeToBytes(str));
}

module.exports = {
  c0Control,
  fragment,
  query,
  specialQuery,
  path,
  userinfo,
  component,
  formUrlencoded,
  encode,
  encodeCodePoint,
  decodeToBytes,
  utf8Decode,
  decode,
  hexValue,
  hexTable: hex,
};
