'use strict';

// Helpers shared by querystring and the legacy url module: the %XX table, the
// hex-digit table and encodeStr, which UTF-8 percent-encodes every code unit
// that its table does not leave alone.

const { codes: { ERR_INVALID_URI } } = require('internal/errors');

const hexTable = new Array(256);
for (let i = 0; i < 256; ++i) {
  hexTable[i] = '%' + ((i < 16 ? '0' : '') + i.toString(16)).toUpperCase();
}

const isHexTable = new Int8Array(256);
for (const c of '0123456789ABCDEFabcdef') isHexTable[c.charCodeAt(0)] = 1;

// Builds a 128-entry table: 1 for the ASCII characters that stay as they are.
function makeNoEscapeTable(chars) {
  const table = new Int8Array(128);
  for (let c = 0x30; c <= 0x39; c++) table[c] = 1;
  for (let c = 0x41; c <= 0x5a; c++) table[c] = 1;
  for (let c = 0x61; c <= 0x7a; c++) table[c] = 1;
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}

// A lone surrogate is paired with whatever follows it, as Node does; one at the
// very end throws ERR_INVALID_URI.
function encodeStr(str, noEscapeTable, table) {
  const len = str.length;
  if (len === 0) return '';
  let out = '';
  let lastPos = 0;
  for (let i = 0; i < len; i++) {
    let c = str.charCodeAt(i);
    if (c < 0x80) {
      if (noEscapeTable[c] !== 1) {
        if (lastPos < i) out += str.slice(lastPos, i);
        lastPos = i + 1;
        out += table[c];
      }
      continue;
    }
    if (lastPos < i) out += str.slice(lastPos, i);
    if (c < 0x800) {
      lastPos = i + 1;
      out += table[0xc0 | (c >> 6)] + table[0x80 | (c & 0x3f)];
      continue;
    }
    if (c < 0xd800 || c >= 0xe000) {
      lastPos = i + 1;
      out += table[0xe0 | (c >> 12)] + table[0x80 | ((c >> 6) & 0x3f)] +
        table[0x80 | (c & 0x3f)];
      continue;
    }
    ++i;
    if (i >= len) throw new ERR_INVALID_URI();
    const c2 = str.charCodeAt(i) & 0x3ff;
    lastPos = i + 1;
    c = 0x10000 + (((c & 0x3ff) << 10) | c2);
    out += table[0xf0 | (c >> 18)] + table[0x80 | ((c >> 12) & 0x3f)] +
      table[0x80 | ((c >> 6) & 0x3f)] + table[0x80 | (c & 0x3f)];
  }
  if (lastPos === 0) return str;
  if (lastPos < len) return out + str.slice(lastPos);
  return out;
}

module.exports = { encodeStr, hexTable, isHexTable, makeNoEscapeTable };
