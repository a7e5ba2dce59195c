'use strict';
// TextDecoder for windows-1252 (Node 20 decodes it byte for byte until the decoder
// streams) and the ICU-backed single- and multi-byte encodings.
require('../common');
const assert = require('node:assert');

const bytes = (...b) => new Uint8Array(b);
const codes = (s) => [...s].map((c) => c.codePointAt(0));

{
  const d = new TextDecoder('latin1');
  assert.strictEqual(d.encoding, 'windows-1252');
  assert.deepStrictEqual(codes(d.decode(bytes(0x41, 0x80, 0x81, 0x9f, 0xe9, 0xff))),
                         [0x41, 0x80, 0x81, 0x9f, 0xe9, 0xff]);
  assert.strictEqual(d.decode(bytes(0xef, 0xbb, 0xbf, 0x41)), 'ï»¿A');
  assert.strictEqual(d.decode(new Uint16Array([0x4142])), 'BA');
  assert.strictEqual(d.decode(), '');
  // Options are not looked at on this path.
  assert.strictEqual(d.decode(bytes(0x41), 5), 'A');
  assert.throws(() => d.decode('abc'), {
    name: 'TypeError',
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "input" argument must be an instance of ArrayBuffer, SharedArrayBuffer, ' +
      'or ArrayBufferView.',
  });
  // Once it has streamed, the decoder maps 0x80-0x9f as windows-1252 does.
  assert.strictEqual(d.decode(bytes(0x80, 0x41), { stream: true }), '€A');
  assert.strictEqual(d.decode(bytes(0x80)), '€');
  assert.strictEqual(d.decode(bytes(0x80)), '€');
}

assert.strictEqual(new TextDecoder('iso-8859-2').decode(bytes(0xa1, 0x41)), 'ĄA');
assert.strictEqual(new TextDecoder('windows-1251').decode(bytes(0xc0, 0x80)), 'АЂ');
assert.strictEqual(new TextDecoder('koi8-r').decode(bytes(0xc1, 0xc2)), 'аб');
assert.strictEqual(new TextDecoder('ibm866').decode(bytes(0x80, 0xa0)), 'Аа');
assert.strictEqual(new TextDecoder('shift_jis').decode(bytes(0x82, 0xa0, 0x93, 0xfa)), 'あ日');
assert.strictEqual(new TextDecoder('euc-jp').decode(bytes(0xa4, 0xa2)), 'あ');
assert.strictEqual(new TextDecoder('gbk').decode(bytes(0xc4, 0xe3, 0xba, 0xc3)), '你好');
assert.strictEqual(new TextDecoder('big5').decode(bytes(0xa7, 0x41)), '你');
assert.strictEqual(new TextDecoder('euc-kr').decode(bytes(0xb0, 0xa1)), '가');

// A truncated multi-byte character at the end of the input.
assert.deepStrictEqual(codes(new TextDecoder('shift_jis').decode(bytes(0x82, 0xa0, 0x81))),
                       [0x3042, 0xfffd]);
assert.throws(() => new TextDecoder('shift_jis', { fatal: true }).decode(bytes(0x81)), {
  name: 'TypeError',
  code: 'ERR_ENCODING_INVALID_ENCODED_DATA',
  message: 'The encoded data was not valid for encoding shift_jis',
});

// Streaming through a multi-byte character.
{
  const d = new TextDecoder('shift_jis');
  assert.strictEqual(d.decode(bytes(0x41, 0x82), { stream: true }), 'A');
  assert.strictEqual(d.decode(bytes(0xa0)), 'あ');
}
