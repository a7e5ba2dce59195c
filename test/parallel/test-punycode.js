'use strict';
// The deprecated punycode module (no warning in Node 20 without --pending-deprecation).
const common = require('../common');
const assert = require('node:assert');

process.on('warning', common.mustNotCall());
const punycode = require('node:punycode');

assert.strictEqual(punycode.version, '2.1.0');
assert.strictEqual(punycode.encode('mañana'), 'maana-pta');
assert.strictEqual(punycode.decode('maana-pta'), 'mañana');
assert.strictEqual(punycode.encode('\u4ed6\u4eec\u4e3a\u4ec0\u4e48\u4e0d\u8bf4\u4e2d\u6587'),
                   'ihqwcrb4cv8a8dqg056pqjye');
assert.strictEqual(punycode.toASCII('mañana.com'), 'xn--maana-pta.com');
assert.strictEqual(punycode.toASCII('user@mañana\u3002com'), 'user@xn--maana-pta.com');
assert.strictEqual(punycode.toUnicode('XN--maana-pta.com'), 'XN--maana-pta.com');
assert.strictEqual(punycode.toUnicode('xn--MAANA-PTA.com'), 'mañana.com');
assert.deepStrictEqual(punycode.ucs2.decode('a\ud83d\ude00\ud800'), [0x61, 0x1f600, 0xd800]);
assert.strictEqual(punycode.ucs2.encode([0x61, 0x1f600]), 'a\ud83d\ude00');
assert.throws(() => punycode.decode('\u0100-a'), {
  name: 'RangeError', message: 'Illegal input >= 0x80 (not a basic code point)',
});
assert.throws(() => punycode.decode('a-\u0100'), { name: 'RangeError', message: 'Invalid input' });
assert.throws(() => punycode.decode('99999999'), {
  name: 'RangeError', message: 'Overflow: input needs wider integers to process',
});
