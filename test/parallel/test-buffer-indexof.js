'use strict';
require('../common');
const assert = require('node:assert');

const b = Buffer.from('abcdef abcdef');

// Strings, numbers and buffers.
assert.strictEqual(b.indexOf('cd'), 2);
assert.strictEqual(b.indexOf('cd', 3), 9);
assert.strictEqual(b.indexOf('cd', -4), 9);
assert.strictEqual(b.indexOf('cd', -100), 2);
assert.strictEqual(b.indexOf('cd', 100), -1);
assert.strictEqual(b.indexOf('zz'), -1);
assert.strictEqual(b.indexOf(0x20), 6);
assert.strictEqual(b.indexOf(0x20 + 256), 6);
assert.strictEqual(b.indexOf(99.9), 2);
assert.strictEqual(b.indexOf(Buffer.from('fa')), -1);
assert.strictEqual(b.indexOf(Buffer.from('f a')), 5);
assert.strictEqual(b.indexOf(new Uint8Array([0x62, 0x63])), 1);
assert.strictEqual(b.indexOf(''), 0);
assert.strictEqual(b.indexOf('', 5), 5);
assert.strictEqual(b.indexOf('', 100), 13);
assert.strictEqual(b.indexOf(Buffer.alloc(0), 3), 3);

// byteOffset conversions: strings name an encoding, NaN means the whole buffer.
assert.strictEqual(b.indexOf('b', 'utf8'), 1);
assert.strictEqual(b.indexOf('b', NaN), 1);
assert.strictEqual(b.indexOf('b', null), 1);
assert.strictEqual(b.indexOf('b', {}), 1);
assert.strictEqual(b.indexOf('b', 1.9), 1);
assert.strictEqual(b.lastIndexOf('b', NaN), 8);
assert.strictEqual(b.lastIndexOf('b', undefined), 8);
assert.strictEqual(b.lastIndexOf('b', null), -1);
assert.strictEqual(b.lastIndexOf('b', 2 ** 40), 8);

// Encodings.
assert.strictEqual(b.indexOf('6364', 'hex'), 2);
assert.strictEqual(b.indexOf('Y2Q=', 'base64'), 2);
assert.strictEqual(b.indexOf('Y2Q', 'base64url'), 2);
assert.strictEqual(b.indexOf('cd', 0, 'latin1'), 2);
assert.strictEqual(b.indexOf('cd', 0, 'ascii'), 2);
assert.strictEqual(b.indexOf(Buffer.from('cd'), 0, 'bogus'), 2);
const u = Buffer.from('abcdabcd', 'ucs2');
assert.strictEqual(u.indexOf('cd', 0, 'ucs2'), 4);
assert.strictEqual(u.indexOf('cd', 5, 'ucs2'), 4);
assert.strictEqual(u.indexOf('cd', 6, 'ucs2'), 12);
assert.strictEqual(u.lastIndexOf('cd', undefined, 'utf16le'), 12);
assert.strictEqual(u.indexOf(Buffer.from('c', 'ucs2'), 0, 'ucs2'), 4);
assert.strictEqual(Buffer.from('a€b').indexOf('€'), 1);
assert.strictEqual(Buffer.from('a\u00e9b', 'latin1').indexOf('\u00e9', 0, 'latin1'), 1);

// lastIndexOf.
assert.strictEqual(b.lastIndexOf('cd'), 9);
assert.strictEqual(b.lastIndexOf('cd', 8), 2);
assert.strictEqual(b.lastIndexOf('cd', -5), 2);
assert.strictEqual(b.lastIndexOf('cd', -100), -1);
assert.strictEqual(b.lastIndexOf(0x61), 7);
assert.strictEqual(b.lastIndexOf(0x61, 6), 0);
assert.strictEqual(b.lastIndexOf(Buffer.from('ab'), 100), 7);
assert.strictEqual(b.lastIndexOf(''), 13);
assert.strictEqual(b.lastIndexOf('', 4), 4);

// includes.
assert.strictEqual(b.includes('def'), true);
assert.strictEqual(b.includes('def', 11), false);
assert.strictEqual(b.includes(0x7a), false);
assert.strictEqual(Buffer.alloc(0).includes(0), false);
assert.strictEqual(Buffer.alloc(0).indexOf(''), 0);

// A long haystack.
const long = Buffer.alloc(100000, 'x');
long.write('needle', 99000);
assert.strictEqual(long.indexOf('needle'), 99000);
assert.strictEqual(long.lastIndexOf('xne'), 98999);

assert.throws(() => b.indexOf({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "value" argument must be one of type number or string or an instance of ' +
    'Buffer or Uint8Array. Received an instance of Object',
});
assert.throws(() => b.indexOf('a', 0, 'bogus'), {
  code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: bogus',
});
