'use strict';
// TextDecoder('utf-8'): replacement of invalid sequences, fatal, BOM handling and
// streaming across chunk boundaries.
require('../common');
const assert = require('node:assert');

const bytes = (...b) => new Uint8Array(b);
const codes = (s) => [...s].map((c) => c.codePointAt(0));

const d = new TextDecoder();
assert.strictEqual(d.encoding, 'utf-8');
assert.strictEqual(d.fatal, false);
assert.strictEqual(d.ignoreBOM, false);
assert.strictEqual(d.decode(), '');
assert.strictEqual(d.decode(undefined), '');
assert.strictEqual(d.decode(bytes(0x61, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80)), 'a€😀');
// Every kind of input: ArrayBuffer, SharedArrayBuffer, DataView, other typed arrays.
const hi = Buffer.from('héllo');
assert.strictEqual(d.decode(hi.buffer.slice(hi.byteOffset, hi.byteOffset + hi.length)), 'héllo');
const shared = new SharedArrayBuffer(2);
new Uint8Array(shared).set([0x68, 0x69]);
assert.strictEqual(d.decode(shared), 'hi');
assert.strictEqual(d.decode(new DataView(hi.buffer, hi.byteOffset + 1, 2)), 'é');
assert.strictEqual(d.decode(new Uint16Array([0x6968])), 'hi');
assert.strictEqual(d.decode(Buffer.from('abc').subarray(1)), 'bc');
const long = 'ascii only '.repeat(5000) + 'and then ünïcödé';
assert.strictEqual(d.decode(Buffer.from(long)), long);

// WHATWG replacement: one U+FFFD per maximal invalid subpart.
assert.deepStrictEqual(codes(d.decode(bytes(0xf0, 0x90, 0x41, 0xed, 0xa0, 0x80, 0xc0, 0x80))),
                       [0xfffd, 0x41, 0xfffd, 0xfffd, 0xfffd, 0xfffd, 0xfffd]);
assert.deepStrictEqual(codes(d.decode(bytes(0xe2, 0x82))), [0xfffd]);
assert.deepStrictEqual(codes(d.decode(bytes(0xff, 0x41, 0xf4, 0x90, 0x80, 0x80))),
                       [0xfffd, 0x41, 0xfffd, 0xfffd, 0xfffd, 0xfffd]);

// The BOM is dropped unless ignoreBOM is set; only at the start.
assert.strictEqual(d.decode(bytes(0xef, 0xbb, 0xbf, 0x41)), 'A');
assert.strictEqual(d.decode(bytes(0x41, 0xef, 0xbb, 0xbf)), 'A\ufeff');
assert.strictEqual(d.decode(bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf)), '\ufeff');
const keep = new TextDecoder('utf-8', { ignoreBOM: true });
assert.strictEqual(keep.ignoreBOM, true);
assert.strictEqual(keep.decode(bytes(0xef, 0xbb, 0xbf, 0x41)), '\ufeffA');

// fatal: invalid input throws a TypeError with a code (and nothing else).
const fatal = new TextDecoder('utf-8', { fatal: true });
assert.strictEqual(fatal.fatal, true);
assert.strictEqual(fatal.decode(bytes(0xc3, 0xa9)), 'é');
for (const input of [bytes(0xff), bytes(0xe2, 0x82), bytes(0xed, 0xa0, 0x80), bytes(0xc0, 0x80)]) {
  assert.throws(() => fatal.decode(input), (err) => {
    assert.strictEqual(err.constructor, TypeError);
    assert.strictEqual(err.code, 'ERR_ENCODING_INVALID_ENCODED_DATA');
    assert.strictEqual(err.message, 'The encoded data was not valid for encoding utf-8');
    assert.deepStrictEqual(Object.keys(err), ['code']);
    assert.strictEqual(err.stack.split('\n')[0],
                       'TypeError: The encoded data was not valid for encoding utf-8');
    return true;
  });
}
assert.strictEqual(fatal.decode(bytes(0x42)), 'B');

// Streaming: characters and the BOM split across chunks.
{
  const s = new TextDecoder();
  const out = [
    s.decode(bytes(0xef, 0xbb), { stream: true }),
    s.decode(bytes(0xbf, 0x41, 0xe2), { stream: true }),
    s.decode(bytes(0x82), { stream: true }),
    s.decode(bytes(0xac)),
  ];
  assert.deepStrictEqual(out, ['', 'A', '', '€']);
  // After a stream the BOM check is armed again only once the stream ends.
  assert.strictEqual(s.decode(bytes(0xef, 0xbb, 0xbf, 0x41), { stream: true }), 'A');
  assert.strictEqual(s.decode(bytes(0xef, 0xbb, 0xbf, 0x41)), '\ufeffA');
  assert.strictEqual(s.decode(bytes(0xef, 0xbb, 0xbf, 0x41)), 'A');
}
{
  // An incomplete sequence at the end of the stream becomes U+FFFD.
  const s = new TextDecoder();
  assert.strictEqual(s.decode(bytes(0xf0, 0x9f), { stream: true }), '');
  assert.strictEqual(s.decode(bytes(0x98), { stream: true }), '');
  assert.strictEqual(s.decode(), '\ufffd');
  assert.strictEqual(s.decode(bytes(0xf0, 0x9f), { stream: true }), '');
  assert.strictEqual(s.decode(bytes(0x98, 0x80)), '😀');
  // An invalid byte ends the pending sequence.
  assert.strictEqual(s.decode(bytes(0xe2), { stream: true }), '');
  assert.deepStrictEqual(codes(s.decode(bytes(0x41))), [0xfffd, 0x41]);
}
{
  // Every split point of a mixed text gives the same string.
  const text = 'a€😀é\u0800\uffff𐀀z';
  const buf = Buffer.from(text);
  for (let i = 0; i <= buf.length; i++) {
    const s = new TextDecoder();
    const got = s.decode(buf.subarray(0, i), { stream: true }) + s.decode(buf.subarray(i));
    assert.strictEqual(got, text);
  }
  // And byte by byte.
  const s = new TextDecoder();
  let got = '';
  for (const b of buf) got += s.decode(bytes(b), { stream: true });
  got += s.decode();
  assert.strictEqual(got, text);
}
{
  // fatal in a stream: the error comes when the stream cannot continue; the state
  // is reset afterwards.
  const s = new TextDecoder('utf-8', { fatal: true });
  assert.strictEqual(s.decode(bytes(0xe2), { stream: true }), '');
  assert.throws(() => s.decode(bytes(0x41), { stream: true }), {
    code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
  });
  assert.strictEqual(s.decode(bytes(0x42)), 'B');
  assert.strictEqual(s.decode(bytes(0xe2, 0x82), { stream: true }), '');
  assert.throws(() => s.decode(), { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });
}
// options === null: decode() does not flush (Node's behaviour once streaming).
{
  const s = new TextDecoder();
  assert.strictEqual(s.decode(bytes(0xe2), { stream: true }), '');
  assert.strictEqual(s.decode(bytes(0x82), null), '');
  assert.strictEqual(s.decode(bytes(0xac)), '€');
}
