'use strict';
// util.styleText: ANSI codes from util.inspect.colors, nested for arrays,
// dropped when the stream does not take colours; invalid formats throw.
require('../common');
const assert = require('node:assert');
const util = require('node:util');

const plain = { validateStream: false };
assert.strictEqual(util.styleText('red', 'x', plain), '\u001b[31mx\u001b[39m');
assert.strictEqual(util.styleText('bold', 'x', plain), '\u001b[1mx\u001b[22m');
assert.strictEqual(util.styleText(['bold', 'red'], 'x'),
                   '\u001b[1m\u001b[31mx\u001b[39m\u001b[22m');

// A stream that is not a TTY gets the text unstyled.
const fakeStream = { isTTY: false, write() {}, on() {}, pipe() {} };
if (process.env.FORCE_COLOR === undefined) {
  assert.strictEqual(util.styleText('red', 'x', { stream: fakeStream }), 'x');
}

assert.throws(() => util.styleText('nope', 'x'), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: /^The argument 'format' must be one of: 'reset', 'bold', .*\. Received 'nope'$/,
});
assert.throws(() => util.styleText(['red', 'nope'], 'x'), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => util.styleText('red', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "text" argument must be of type string. Received type number (1)',
});
assert.throws(() => util.styleText('red', 'x', { validateStream: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.validateStream" property must be of type boolean. ' +
           'Received type number (1)',
});
