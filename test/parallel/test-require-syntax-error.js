'use strict';
// A syntax error in a required file: the error's stack starts with the
// file:line, the source line and a caret, as in Node.
require('../common');
const assert = require('node:assert');
const path = require('node:path');

const file = path.join(__dirname, '..', 'fixtures', 'cjs', 'text', 'syntax-error.js');

assert.throws(() => require('../fixtures/cjs/text/syntax-error.js'), (err) => {
  assert.strictEqual(err.name, 'SyntaxError');
  assert.strictEqual(err.message, "Unexpected token ';'");
  assert.deepStrictEqual(err.stack.split('\n').slice(0, 5), [
    `${file}:3`,
    'let x = ;',
    '        ^',
    '',
    "SyntaxError: Unexpected token ';'",
  ]);
  return true;
});
// Nothing is cached for it.
assert.strictEqual(require.cache[file], undefined);
