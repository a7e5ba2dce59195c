'use strict';
// StringDecoder for utf16le/ucs2 (surrogate pairs across writes), base64/base64url
// (3-byte groups), hex, latin1/binary and ascii.
require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

function checkAllSplits(encoding, bytes, expected) {
  for (let i = 0; i <= bytes.length; i++) {
    for (let j = i; j <= bytes.length; j++) {
      const d = new StringDecoder(encoding);
      const got = d.write(bytes.subarray(0, i)) + d.write(bytes.subarray(i, j)) +
        d.end(bytes.subarray(j));
      assert.strictEqual(got, expected, `${encoding} split at ${i},${j} of ${bytes.toString('hex')}`);
    }
  }
}

const text = '$€𤭢¢ ab';
checkAllSplits('utf16le', Buffer.from(text, 'utf16le'), text);
checkAllSplits('ucs2', Buffer.from('😀x', 'utf16le'), '😀x');
checkAllSplits('base64', Buffer.from('hello world!'), Buffer.from('hello world!').toString('base64'));
checkAllSplits('base64url', Buffer.from([0xfb, 0xff, 0xbf, 0x01]), '-_-_AQ');
checkAllSplits('hex', Buffer.from([0, 0xab, 0xff]), '00abff');
checkAllSplits('latin1', Buffer.from([0x41, 0xe9, 0xff]), 'A\u00e9\u00ff');
checkAllSplits('binary', Buffer.from([0x80]), '\u0080');
checkAllSplits('ascii', Buffer.from([0x41, 0xc1]), 'AA');

{
  // utf16le: an odd byte waits for its partner; a high surrogate at the end of a write
  // waits for the low one.
  const d = new StringDecoder('utf16le');
  assert.strictEqual(d.encoding, 'utf16le');
  const smile = Buffer.from('😀', 'utf16le');
  assert.strictEqual(d.write(smile.subarray(0, 2)), '');
  assert.strictEqual(d.lastNeed, 2);
  assert.strictEqual(d.lastTotal, 4);
  assert.strictEqual(d.write(smile.subarray(2, 3)), '');
  assert.strictEqual(d.lastNeed, 1);
  assert.strictEqual(d.write(smile.subarray(3)), '😀');
  assert.strictEqual(d.lastNeed, 0);

  // A code unit completed from a held odd byte is written out as it is, even when it is
  // a high surrogate.
  assert.strictEqual(d.write(smile.subarray(0, 1)), '');
  assert.strictEqual(d.lastNeed, 1);
  assert.strictEqual(d.lastTotal, 2);
  assert.strictEqual(d.write(smile.subarray(1, 2)), '\ud83d');
  assert.strictEqual(d.write(smile.subarray(2)), '\ude00');
}

{
  // utf16le end(): a lone trailing byte is dropped; a lone high surrogate is returned.
  const d = new StringDecoder('ucs2');
  assert.strictEqual(d.end(Buffer.from([0x61])), '');
  assert.strictEqual(d.end(Buffer.from([0x3D, 0xD8])), '\ud83d');
  assert.strictEqual(d.end(Buffer.from([0x3D, 0xD8, 0x4D])), '\ud83d');
}

{
  // base64: whole 3-byte groups are written out, the rest waits for end().
  const d = new StringDecoder('base64');
  assert.strictEqual(d.write(Buffer.from('abcd')), 'YWJj');
  assert.strictEqual(d.lastNeed, 2);
  assert.strictEqual(d.lastTotal, 3);
  assert.strictEqual(d.end(), 'ZA==');
  assert.strictEqual(d.write(Buffer.from('ab')), '');
  assert.strictEqual(d.write(Buffer.from('c')), 'YWJj');
  const url = new StringDecoder('base64url');
  assert.strictEqual(url.write(Buffer.from('d')), '');
  assert.strictEqual(url.end(), 'ZA');
}

{
  // Byte-per-character encodings never hold anything back.
  for (const enc of ['hex', 'latin1', 'ascii']) {
    const d = new StringDecoder(enc);
    d.write(Buffer.from([0xE2, 0x82]));
    assert.strictEqual(d.lastNeed, 0);
    assert.strictEqual(d.lastTotal, 0);
    assert.strictEqual(d.end(), '');
  }
}
