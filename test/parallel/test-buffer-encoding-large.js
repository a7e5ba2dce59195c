'use strict';
// Long strings take the vectorized UTF-8 and base64 paths: their results must equal
// a one-character-at-a-time reference, lone surrogates and junk characters included.
require('../common');
const assert = require('node:assert');

function referenceUtf8(str) {
  const out = [];
  for (let i = 0; i < str.length; i++) {
    let c = str.charCodeAt(i);
    const next = str.charCodeAt(i + 1);
    if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      c = 0xfffd;
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

const pieces = ['a', 'Z', ' ', 'é', '\u07ff', '\u0800', '€', '\uffff', '😀', '\ud800', '\udc00',
                'ÿ', '\x7f', 'plain ascii text '];
for (let seed = 0; seed < 30; seed++) {
  let str = '';
  for (let i = 0; str.length < 300 + seed * 97; i++) {
    str += pieces[((i * 2654435761 + seed * 40503) >>> 7) % (seed % 3 === 0 ? 3 : pieces.length)];
  }
  const expected = referenceUtf8(str);
  assert.strictEqual(Buffer.byteLength(str), expected.length);
  assert.deepStrictEqual([...Buffer.from(str)], expected);
  const big = Buffer.alloc(expected.length * 2);
  assert.strictEqual(big.write(str), expected.length);
  assert.deepStrictEqual([...big.subarray(0, expected.length)], expected);
  // Too little room: whole characters only.
  const small = Buffer.alloc(expected.length - 1);
  const written = small.write(str);
  assert.ok(written <= expected.length - 1 && written >= expected.length - 4);
  assert.deepStrictEqual([...small.subarray(0, written)], expected.slice(0, written));
}
// A one-byte (Latin-1) string.
const latin1 = 'ascii ÿé\x80 '.repeat(100);
assert.deepStrictEqual([...Buffer.from(latin1)], referenceUtf8(latin1));

// base64 of every length around the vector block sizes, both alphabets.
for (let length = 0; length < 300; length += 7) {
  const bytes = Buffer.alloc(length);
  for (let i = 0; i < length; i++) bytes[i] = (i * 131 + length) & 0xff;
  const b64 = bytes.toString('base64');
  const url = bytes.toString('base64url');
  assert.deepStrictEqual(Buffer.from(b64, 'base64'), bytes);
  assert.deepStrictEqual(Buffer.from(url, 'base64'), bytes);
  assert.deepStrictEqual(Buffer.from(url, 'base64url'), bytes);
  // Whitespace and junk are skipped wherever they are.
  const noisy = b64.replace(/(.{37})/g, '$1\n *');
  assert.deepStrictEqual(Buffer.from(noisy, 'base64'), bytes);
  assert.strictEqual(url, b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''));
}
