'use strict';
// %s calls the toString() of Node's own classes (only the JavaScript built-ins are
// inspected), and encodings that are not strings are matched like Node.
require('../common');
const assert = require('assert');
const util = require('util');
const { StringDecoder } = require('string_decoder');

assert.strictEqual(util.format('%s', Buffer.from('abc')), 'abc');
assert.strictEqual(util.format('%s', new URL('http://a.com')), 'http://a.com/');
assert.strictEqual(util.format('%s', new URLSearchParams('a=1&b=2')), 'a=1&b=2');
assert.strictEqual(util.format('%s', new Map([[1, 2]])), 'Map(1) { 1 => 2 }');
assert.strictEqual(util.format('%s', new Uint8Array(2)), '0,0');
assert.strictEqual(util.format('%s', [1, [2]]), '[ 1, [Array] ]');
assert.strictEqual(util.format('%s', new Date(0)), '1970-01-01T00:00:00.000Z');

assert.throws(() => new StringDecoder(Buffer.from('abc')), {
  name: 'TypeError', code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: abc',
});
assert.throws(() => new StringDecoder([]), {
  code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: []',
});
assert.throws(() => new StringDecoder({ toString: () => 'hex' }), {
  code: 'ERR_UNKNOWN_ENCODING', message: 'Unknown encoding: hex',
});
assert.strictEqual(new StringDecoder(new String('hex')).encoding, 'hex');
assert.strictEqual(new StringDecoder({ length: 4, toString: () => 'UTF8' }).encoding, 'utf8');
assert.strictEqual(new StringDecoder('').encoding, 'utf8');
assert.strictEqual(Buffer.from('x').toString({ toString: () => 'hex' }), '78');
