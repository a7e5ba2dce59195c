'use strict';
// util.toUSVString replaces lone surrogates; util.stripVTControlCharacters
// removes terminal escape sequences.
require('../common');
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(util.toUSVString('a\ud800b'), 'a\ufffdb');
assert.strictEqual(util.toUSVString('a\udc00'), 'a\ufffd');
assert.strictEqual(util.toUSVString('\ud83d\ude00'), '\ud83d\ude00');
assert.strictEqual(util.toUSVString('\udc00\ud800'), '\ufffd\ufffd');
assert.strictEqual(util.toUSVString(12), '12');

assert.strictEqual(util.stripVTControlCharacters('\u001b[31mred\u001b[39m'), 'red');
assert.strictEqual(util.stripVTControlCharacters('\u001b[1;4mx\u001b[0m'), 'x');
assert.strictEqual(util.stripVTControlCharacters('\u001b[2K\u001b[1G!'), '!');
assert.strictEqual(
  util.stripVTControlCharacters('\u001b]8;;https://x\u0007link\u001b]8;;\u0007'), 'link');
assert.strictEqual(util.stripVTControlCharacters('plain'), 'plain');
assert.throws(() => util.stripVTControlCharacters(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "str" argument must be of type string. Received type number (1)',
});
