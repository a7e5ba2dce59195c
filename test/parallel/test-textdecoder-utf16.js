'use strict';
// TextDecoder('utf-16le') and ('utf-16be'): surrogates, odd bytes, BOM, streaming, fatal.
require('../common');
const assert = require('node:assert');

const bytes = (...b) => new Uint8Array(b);
const codes = (s) => [...s].map((c) => c.codePointAt(0));

for (const label of ['utf-16le', 'utf-16', 'UTF-16LE', 'ucs-2', 'unicode', 'csunicode']) {
  assert.strictEqual(new TextDecoder(label).encoding, 'utf-16le');
}
assert.strictEqual(new TextDecoder('unicodefffe').encoding, 'utf-16be');

const le = new TextDecoder('utf-16le');
assert.strictEqual(le.decode(bytes(0x41, 0, 0x3d, 0xd8, 0x00, 0xde)), 'A😀');
assert.strictEqual(le.decode(Buffer.from('héllo wörld', 'utf16le')), 'héllo wörld');
// A lone surrogate or an odd last byte becomes U+FFFD.
assert.deepStrictEqual(codes(le.decode(bytes(0x00, 0xd8, 0x41, 0))), [0xfffd, 0x41]);
assert.deepStrictEqual(codes(le.decode(bytes(0x00, 0xdc, 0x41, 0))), [0xfffd, 0x41]);
assert.deepStrictEqual(codes(le.decode(bytes(0x41, 0, 0x42))), [0x41, 0xfffd]);
assert.deepStrictEqual(codes(le.decode(bytes(0x41))), [0xfffd]);
// BOM
assert.strictEqual(le.decode(bytes(0xff, 0xfe)), '');
assert.strictEqual(le.decode(bytes(0xff, 0xfe, 0x41, 0)), 'A');
assert.strictEqual(new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes(0xff, 0xfe, 0x41, 0)),
                   '\ufeffA');

// Streaming across a code unit and a surrogate pair.
{
  const s = new TextDecoder('utf-16le');
  const out = [
    s.decode(bytes(0xff, 0xfe, 0x41), { stream: true }),
    s.decode(bytes(0, 0x3d, 0xd8), { stream: true }),
    s.decode(bytes(0x00, 0xde)),
  ];
  assert.deepStrictEqual(out, ['', 'A', '😀']);
}

const be = new TextDecoder('utf-16be');
assert.strictEqual(be.encoding, 'utf-16be');
assert.strictEqual(be.decode(bytes(0xfe, 0xff, 0, 0x41, 0xd8, 0x3d, 0xde, 0x00)), 'A😀');

// fatal
const fatal = new TextDecoder('utf-16le', { fatal: true });
for (const input of [bytes(0x00, 0xd8, 0x41, 0), bytes(0x41)]) {
  assert.throws(() => fatal.decode(input), {
    name: 'TypeError',
    code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
    message: 'The encoded data was not valid for encoding utf-16le',
  });
}
assert.strictEqual(fatal.decode(bytes(0x42, 0)), 'B');
assert.strictEqual(fatal.decode(bytes(0x42), { stream: true }), '');
assert.strictEqual(fatal.decode(bytes(0)), 'B');

// The converter path checks the input and the options.
assert.throws(() => le.decode('abc'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "input" argument must be an instance of SharedArrayBuffer, ArrayBuffer or ' +
    'ArrayBufferView.',
});
assert.throws(() => le.decode(new Uint8Array(2), 5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (5)',
});
