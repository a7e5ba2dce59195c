'use strict';
// util.parseEnv: the .env format.
require('../common');
const assert = require('node:assert');
const util = require('node:util');

const content = [
  'A=1',
  '# comment',
  'export B = two  ',
  'C="x\\ny"',
  "D='s q'",
  'E=`bt`',
  'F=v # comment',
  'G="multi',
  'line"',
  'H=',
  ' K = spaced',
  'O=a#b',
  "P='no\\nexpand'",
].join('\n');
assert.deepStrictEqual(util.parseEnv(content), {
  A: '1', B: 'two', C: 'x\ny', D: 's q', E: 'bt', F: 'v', G: 'multi\nline', H: '',
  K: 'spaced', O: 'a', P: 'no\\nexpand',
});
assert.deepStrictEqual(util.parseEnv('A=1\r\nB=2\r\n'), { A: '1', B: '2' });
assert.deepStrictEqual(util.parseEnv('X="a"b"'), { X: 'a' });
assert.deepStrictEqual(util.parseEnv(''), {});
assert.throws(() => util.parseEnv(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "content" argument must be of type string. Received type number (1)',
});
