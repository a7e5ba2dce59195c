'use strict';
// StringDecoder('utf8'): characters split across writes, invalid bytes, end() and the
// lastNeed/lastTotal/lastChar state.
require('../common');
const assert = require('assert');
const { StringDecoder } = require('string_decoder');

// Decodes `bytes` split at every pair of points; every split must give `expected`.
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

checkAllSplits('utf8', Buffer.from('$€𤭢¢ abc', 'utf8'), '$€𤭢¢ abc');
checkAllSplits('utf8', Buffer.from('C9B5A941', 'hex'), '\u0275\ufffdA');
checkAllSplits('utf8', Buffer.from('E2', 'hex'), '\ufffd');
checkAllSplits('utf8', Buffer.from('CCE2B8B8', 'hex'), '\ufffd\u2e38');
checkAllSplits('utf8', Buffer.from('E2B8CCB8', 'hex'), '\ufffd\u0338');
checkAllSplits('utf8', Buffer.from('EDA0B5EDB08D', 'hex'), '\ufffd'.repeat(6));

{
  // Write by write: output appears once the character is complete.
  const d = new StringDecoder('utf8');
  assert.strictEqual(d.write(Buffer.from([0xE2])), '');
  assert.strictEqual(d.lastNeed, 2);
  assert.strictEqual(d.lastTotal, 3);
  assert.deepStrictEqual([...d.lastChar], [0xE2, 0, 0, 0]);
  assert.strictEqual(d.write(Buffer.from([0x82])), '');
  assert.strictEqual(d.lastNeed, 1);
  assert.strictEqual(d.write(Buffer.from([0xAC, 0x41])), '€A');
  assert.strictEqual(d.lastNeed, 0);
  assert.strictEqual(d.end(), '');
}

{
  // A lead byte where a continuation byte should be: the held bytes become U+FFFD.
  const d = new StringDecoder('utf8');
  assert.strictEqual(d.write(Buffer.from([0xE1, 0x8A])), '');
  assert.strictEqual(d.write(Buffer.from([0x41])), '\ufffdA');
  assert.strictEqual(d.end(), '');
}

{
  // end() flushes an incomplete character as one U+FFFD; the decoder can be reused.
  const d = new StringDecoder('utf8');
  assert.strictEqual(d.write(Buffer.from([0xF0, 0x9F, 0x98])), '');
  assert.strictEqual(d.end(), '\ufffd');
  assert.strictEqual(d.lastNeed, 0);
  assert.strictEqual(d.write(Buffer.from('ok')), 'ok');
  assert.strictEqual(d.end(Buffer.from([0xC3])), '\ufffd');
}

{
  // Lone continuation bytes and bytes that never start a sequence.
  const d = new StringDecoder('utf8');
  assert.strictEqual(d.write(Buffer.from([0x80, 0x41, 0xFF, 0xC0, 0xAF])), '\ufffdA\ufffd\ufffd\ufffd');
  assert.strictEqual(d.lastNeed, 0);
}

{
  // The default encoding is utf8.
  assert.strictEqual(new StringDecoder().encoding, 'utf8');
  assert.strictEqual(new StringDecoder('UTF-8').encoding, 'utf8');
}
