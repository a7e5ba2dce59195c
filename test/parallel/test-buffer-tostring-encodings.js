'use strict';
require('../common');
const assert = require('node:assert');

const buf = Buffer.from([0x00, 0x41, 0x7f, 0x80, 0xe9, 0xff, 0xfb, 0xef]);
assert.strictEqual(buf.toString('hex'), '00417f80e9fffbef');
assert.strictEqual(buf.toString('base64'), 'AEF/gOn/++8=');
assert.strictEqual(buf.toString('base64url'), 'AEF_gOn_--8');
assert.strictEqual(buf.toString('latin1'), '\x00A\x7f\x80\xe9\xff\xfb\xef');
assert.strictEqual(buf.toString('binary'), '\x00A\x7f\x80\xe9\xff\xfb\xef');
assert.strictEqual(buf.toString('ascii'), '\x00A\x7f\x00\x69\x7f\x7b\x6f');
assert.strictEqual(buf.toString('ucs2'), '\u4100\u807f\uffe9\ueffb');
assert.strictEqual(buf.toString('utf-16le'), '\u4100\u807f\uffe9\ueffb');
// Invalid UTF-8 becomes U+FFFD, one per maximal bad sequence.
assert.strictEqual(buf.toString(), '\x00A\x7f\ufffd\ufffd\ufffd\ufffd\ufffd');
assert.strictEqual(Buffer.from([0xe2, 0x82]).toString(), '\ufffd');
assert.strictEqual(Buffer.from([0xf0, 0x9f, 0x98, 0x80]).toString(), '\u{1F600}');
// An odd trailing byte is dropped in UTF-16.
assert.strictEqual(Buffer.from([0x61, 0, 0x62]).toString('utf16le'), 'a');

// Encoding names are case-insensitive.
assert.strictEqual(buf.toString('HEX'), '00417f80e9fffbef');
assert.strictEqual(buf.toString('Base64'), 'AEF/gOn/++8=');
assert.throws(() => buf.toString('nope'), {
  code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: nope',
});

// start/end arguments are clamped and truncated.
const abc = Buffer.from('abcdef');
assert.strictEqual(abc.toString('utf8', 1, 3), 'bc');
assert.strictEqual(abc.toString('hex', -1, 100), '616263646566');
assert.strictEqual(abc.toString('latin1', '2'), 'cdef');
assert.strictEqual(abc.toString(undefined, 1.7, 3.2), 'bc');
assert.strictEqual(abc.toString('utf8', 4, 2), '');
assert.strictEqual(abc.toString('utf8', 10), '');
assert.strictEqual(abc.toString('utf8', NaN, NaN), '');
assert.strictEqual(abc.toLocaleString(), 'abcdef');

// Decoding the encodings back.
assert.strictEqual(Buffer.from('AEF/gOn/++8', 'base64').toString('hex'), '00417f80e9fffbef');
assert.strictEqual(Buffer.from('AEF_gOn_--8', 'base64url').toString('hex'), '00417f80e9fffbef');
// base64 decoding is lenient: whitespace and bad characters skipped, '=' ends it.
assert.strictEqual(Buffer.from('YW J\njZ*A', 'base64').toString(), 'abcd');
assert.strictEqual(Buffer.from('YQ=YWJj', 'base64').toString(), 'a');
assert.strictEqual(Buffer.from('Y', 'base64').length, 0);
assert.strictEqual(Buffer.from('\u0141QUJD', 'base64').toString('hex'), '010509');
// hex decoding stops at the first pair that is not hex.
assert.strictEqual(Buffer.from('abcz12', 'hex').toString('hex'), 'ab');
assert.strictEqual(Buffer.from('abc', 'hex').toString('hex'), 'ab');
// latin1 and ascii keep the low byte of each UTF-16 unit.
assert.strictEqual(Buffer.from('\u0141€', 'latin1').toString('hex'), '41ac');
assert.strictEqual(Buffer.from('\u0141€', 'ascii').toString('hex'), '41ac');
// Lone surrogates become U+FFFD in UTF-8.
assert.strictEqual(Buffer.from('\ud800x').toString('hex'), 'efbfbd78');

// Round trips of a large buffer through every encoding.
const big = Buffer.alloc(1 << 21);
for (let i = 0; i < big.length; i++) big[i] = (i * 7 + (i >> 8)) & 0xff;
for (const enc of ['hex', 'base64', 'base64url', 'latin1', 'ucs2']) {
  const text = big.toString(enc);
  assert.ok(Buffer.from(text, enc).equals(big), enc);
}
assert.strictEqual(big.toString('ascii').length, big.length);

// byteLength for every encoding and for binary data.
assert.strictEqual(Buffer.byteLength('h€'), 4);
assert.strictEqual(Buffer.byteLength('h€', 'utf16le'), 4);
assert.strictEqual(Buffer.byteLength('h€', 'latin1'), 2);
assert.strictEqual(Buffer.byteLength('abcd', 'hex'), 2);
assert.strictEqual(Buffer.byteLength('abc', 'hex'), 1);
assert.strictEqual(Buffer.byteLength('QUJD', 'base64'), 3);
assert.strictEqual(Buffer.byteLength('QQ==', 'base64'), 1);
assert.strictEqual(Buffer.byteLength('QQ', 'base64url'), 1);
assert.strictEqual(Buffer.byteLength('\ud800'), 3);
assert.strictEqual(Buffer.byteLength('abc', 'bogus'), 3);
assert.strictEqual(Buffer.byteLength(''), 0);
assert.strictEqual(Buffer.byteLength(new ArrayBuffer(7)), 7);
assert.strictEqual(Buffer.byteLength(new Uint32Array(3)), 12);
assert.strictEqual(Buffer.byteLength(new DataView(new ArrayBuffer(5))), 5);
assert.throws(() => Buffer.byteLength(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "string" argument must be of type string or an instance of Buffer or ' +
    'ArrayBuffer. Received type number (5)',
});

// isEncoding.
for (const enc of ['utf8', 'UTF-8', 'ucs2', 'ucs-2', 'utf16le', 'UTF-16LE', 'latin1',
                   'binary', 'ascii', 'hex', 'base64', 'base64url']) {
  assert.strictEqual(Buffer.isEncoding(enc), true, enc);
}
for (const enc of ['', 'utf-16', 'utf32', null, undefined, 1, {}]) {
  assert.strictEqual(Buffer.isEncoding(enc), false, String(enc));
}

// toJSON.
assert.deepStrictEqual(Buffer.from([1, 2]).toJSON(), { type: 'Buffer', data: [1, 2] });
assert.strictEqual(JSON.stringify(Buffer.alloc(0)), '{"type":"Buffer","data":[]}');
assert.deepStrictEqual(Buffer.from(JSON.parse(JSON.stringify(Buffer.from('hi')))),
                       Buffer.from('hi'));
