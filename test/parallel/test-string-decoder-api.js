'use strict';
// StringDecoder's constructor, argument checks, inputs other than Buffer, and text().
require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

assert.deepStrictEqual(Object.keys(require('string_decoder')), ['StringDecoder']);

// Encoding names are normalised.
for (const [given, normalised] of [
  [undefined, 'utf8'], [null, 'utf8'], ['', 'utf8'], ['utf-8', 'utf8'], ['UCS2', 'utf16le'],
  ['ucs-2', 'utf16le'], ['UTF-16LE', 'utf16le'], ['binary', 'latin1'], ['Base64', 'base64'],
  ['base64url', 'base64url'], ['HEX', 'hex'], ['ascii', 'ascii'],
]) {
  assert.strictEqual(new StringDecoder(given).encoding, normalised, String(given));
}

for (const bad of ['utf-16', 'nope', 42, 'buffer']) {
  assert.throws(() => new StringDecoder(bad), {
    name: 'TypeError',
    code: 'ERR_UNKNOWN_ENCODING',
    message: `Unknown encoding: ${bad}`,
  });
}

{
  const d = new StringDecoder('utf8');
  // Strings pass through unchanged.
  assert.strictEqual(d.write('already text'), 'already text');
  // Any ArrayBufferView is read as bytes.
  assert.strictEqual(d.write(new Uint8Array([0x68, 0x69])), 'hi');
  assert.strictEqual(d.write(new Uint16Array([0x6968])), 'hi');
  assert.strictEqual(d.write(new DataView(new Uint8Array([0x6f, 0x6b]).buffer)), 'ok');
  assert.strictEqual(d.write(new Uint8Array([0, 0x21, 0]).subarray(1, 2)), '!');

  for (const bad of [null, 5, {}, [1, 2], new ArrayBuffer(2)]) {
    assert.throws(() => d.write(bad), {
      name: 'TypeError',
      code: 'ERR_INVALID_ARG_TYPE',
      message: /^The "buf" argument must be an instance of Buffer, TypedArray, or DataView\. Received /,
    });
  }
  // end() with no argument and with a string.
  assert.strictEqual(d.end(), '');
  assert.strictEqual(d.end('tail'), 'tail');
}

{
  // text(buf, offset) decodes from offset and forgets what was held.
  const d = new StringDecoder('utf8');
  assert.strictEqual(d.write(Buffer.from([0xE2, 0x82])), '');
  assert.strictEqual(d.text(Buffer.from('xx€'), 2), '€');
  assert.strictEqual(d.lastNeed, 0);
}

{
  // lastChar is a 4-byte Buffer showing the held bytes.
  const d = new StringDecoder('utf8');
  assert.ok(Buffer.isBuffer(d.lastChar));
  assert.strictEqual(d.lastChar.length, 4);
  d.write(Buffer.from([0xF0, 0x9F]));
  assert.deepStrictEqual([...d.lastChar], [0xF0, 0x9F, 0, 0]);
  assert.strictEqual(d.lastNeed, 2);
  assert.strictEqual(d.lastTotal, 4);
}

{
  // Methods need a real decoder as `this`.
  assert.throws(() => StringDecoder.prototype.write.call({}, Buffer.from('x')), {
    code: 'ERR_INVALID_THIS',
    message: 'Value of "this" must be of type StringDecoder',
  });
}
