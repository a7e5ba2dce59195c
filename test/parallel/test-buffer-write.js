'use strict';
require('../common');
const assert = require('node:assert');

const hex = (b) => b.toString('hex');

// Default utf8, offsets, lengths and encodings in any argument position.
let b = Buffer.alloc(6);
assert.strictEqual(b.write('ab'), 2);
assert.strictEqual(hex(b), '616200000000');
assert.strictEqual(b.write('cd', 3), 2);
assert.strictEqual(hex(b), '616200636400');
assert.strictEqual(b.write('xyz', 1, 1), 1);
assert.strictEqual(hex(b), '617800636400');
assert.strictEqual(b.write('ffee', 'hex'), 2);
assert.strictEqual(hex(b), 'ffee00636400');
assert.strictEqual(b.write('0102', 4, 'hex'), 2);
assert.strictEqual(hex(b), 'ffee00630102');
assert.strictEqual(b.write('YWJj', 1, 2, 'base64'), 2);
assert.strictEqual(hex(b), 'ff6162630102');

// Partial writes never split a multi-byte character.
b = Buffer.alloc(5);
assert.strictEqual(b.write('a€', 3), 1);
assert.strictEqual(hex(b), '0000006100');
assert.strictEqual(b.write('€€'), 3);
assert.strictEqual(b.write('abc', 'ucs2'), 4);
assert.strictEqual(hex(b), '6100620000');
assert.strictEqual(Buffer.alloc(3).write('\u{1F600}'), 0);
assert.strictEqual(Buffer.alloc(4).write('\u{1F600}'), 4);

// hex stops at the first bad pair; base64 skips bad characters.
b = Buffer.alloc(4);
assert.strictEqual(b.write('zz', 'hex'), 0);
assert.strictEqual(b.write('12zz', 'hex'), 1);
assert.strictEqual(b.write('1', 'hex'), 0);
assert.strictEqual(b.write('Y W\nJ j', 'base64'), 3);
assert.strictEqual(hex(b), '61626300');
assert.strictEqual(b.write('\u00e9\u0100', 'latin1'), 2);
assert.strictEqual(hex(b), 'e9006300');
assert.strictEqual(b.write('\u00e9', 3, 'binary'), 1);
assert.strictEqual(b.write('ab', 'ascii'), 2);
assert.strictEqual(hex(b), '616263e9');
assert.strictEqual(b.write('-_-_', 'base64url'), 3);
assert.strictEqual(hex(b), 'fbffbfe9');
assert.strictEqual(b.write(''), 0);

// Writing into a large buffer goes through the same code.
const big = Buffer.alloc(1 << 20);
assert.strictEqual(big.write('é'.repeat(1 << 19)), 1 << 20);
assert.strictEqual(big.toString(), 'é'.repeat(1 << 19));

// Errors.
assert.throws(() => Buffer.alloc(4).write(123), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'argument must be a string',
});
assert.throws(() => Buffer.alloc(4).write('a', 5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 4. Received 5',
});
assert.throws(() => Buffer.alloc(4).write('a', 0, -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "length" is out of range. It must be >= 0 && <= 4. Received -1',
});
assert.throws(() => Buffer.alloc(4).write('a', 1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => Buffer.alloc(4).write('a', '1', 2), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "offset" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => Buffer.alloc(4).write('a', 0, 1, 'bad'), {
  code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: bad',
});
