'use strict';
require('../common');
const assert = require('node:assert');
const { transcode, isUtf8, isAscii } = require('node:buffer');

const hex = (b) => b.toString('hex');
assert.strictEqual(hex(transcode(Buffer.from('a€\u{1F600}é'), 'utf8', 'ucs2')),
                   '6100ac203dd800dee900');
assert.strictEqual(hex(transcode(Buffer.from('a€\u{1F600}b'), 'utf8', 'ascii')), '613f3f62');
assert.strictEqual(hex(transcode(Buffer.from('a€\u{1F600}b'), 'utf8', 'latin1')), '613f3f62');
assert.strictEqual(hex(transcode(Buffer.from('aé', 'latin1'), 'latin1', 'utf8')), '61c3a9');
assert.strictEqual(hex(transcode(Buffer.from([0x61, 0xff]), 'ascii', 'utf8')), '61efbfbd');
assert.strictEqual(hex(transcode(Buffer.from([0x61, 0xff]), 'ascii', 'latin1')), '613f');
assert.strictEqual(hex(transcode(Buffer.from([0x61, 0xff]), 'ascii', 'ucs2')), '6100ff00');
assert.strictEqual(hex(transcode(Buffer.from([0x61, 0xff]), 'utf8', 'latin1')), '613f');
assert.strictEqual(hex(transcode(Buffer.from([0xc3, 0xa9, 0xff]), 'utf8', 'utf8')), 'c3a9efbfbd');
assert.strictEqual(hex(transcode(Buffer.from('a\ud800b', 'ucs2'), 'ucs2', 'latin1')), '613f62');
assert.strictEqual(hex(transcode(Buffer.from([0x61, 0, 0x62]), 'ucs2', 'utf8')), '61');
assert.strictEqual(hex(transcode(Buffer.from([0x61, 0, 0x62]), 'ucs2', 'ucs2')), '6100fdff');
assert.strictEqual(hex(transcode(new Uint8Array([0x61]), 'UTF8', 'UCS2')), '6100');
assert.strictEqual(transcode(Buffer.alloc(0), 'utf8', 'nope').length, 0);

assert.throws(() => transcode(Buffer.from('\ud800a', 'ucs2'), 'ucs2', 'utf8'), {
  name: 'Error',
  code: 'U_INVALID_CHAR_FOUND',
  errno: 10,
  message: 'Unable to transcode Buffer [U_INVALID_CHAR_FOUND]',
});
assert.throws(() => transcode(Buffer.from([0x61, 0xff]), 'utf8', 'ucs2'), {
  code: 'U_INVALID_CHAR_FOUND',
});
assert.throws(() => transcode(Buffer.from('a'), 'utf8', 'hex'), {
  code: 'U_ILLEGAL_ARGUMENT_ERROR',
  errno: 1,
  message: 'Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]',
});
assert.throws(() => transcode('abc', 'utf8', 'ucs2'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "source" argument must be an instance of Buffer or Uint8Array. ' +
    'Received type string (\'abc\')',
});

// isUtf8 / isAscii.
assert.strictEqual(isUtf8(Buffer.from('h€llo')), true);
assert.strictEqual(isUtf8(Buffer.from([0xc3])), false);
assert.strictEqual(isUtf8(Buffer.from([0xed, 0xa0, 0x80])), false);
assert.strictEqual(isUtf8(new ArrayBuffer(3)), true);
assert.strictEqual(isUtf8(new Uint8Array(0)), true);
assert.strictEqual(isAscii(Buffer.from('hello world')), true);
assert.strictEqual(isAscii(Buffer.from('h€llo')), false);
assert.strictEqual(isAscii(new Uint16Array([0x80])), false);
assert.throws(() => isUtf8('abc'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "input" argument must be an instance of ArrayBuffer, Buffer, or TypedArray. ' +
    'Received type string (\'abc\')',
});
assert.throws(() => isAscii(null), { code: 'ERR_INVALID_ARG_TYPE' });
