'use strict';
// What the .js loader does with the source text: a leading '#!' line is
// ignored and line numbers stay right; a byte order mark is white space, so a
// '#!' after it is a syntax error (as in Node); stack frames point at the file.
require('../common');
const assert = require('node:assert');
const path = require('node:path');

const dir = path.join(__dirname, '..', 'fixtures', 'cjs', 'text');

assert.deepStrictEqual(require('../fixtures/cjs/text/shebang.js'), {
  line: `    at Object.<anonymous> (${path.join(dir, 'shebang.js')}:2:26)`,
});
assert.deepStrictEqual(require('../fixtures/cjs/text/shebang-only.js'), {});
assert.strictEqual(require('../fixtures/cjs/text/bom.js'), 'bom js');
assert.throws(() => require('../fixtures/cjs/text/bom-shebang.js'), {
  name: 'SyntaxError',
  message: 'Invalid or unexpected token',
});

assert.throws(() => require('../fixtures/cjs/text/throws-line2.js'), (err) => {
  assert.strictEqual(err.message, 'line two');
  assert.strictEqual(err.stack.split('\n')[1],
                     `    at Object.<anonymous> (${path.join(dir, 'throws-line2.js')}:2:7)`);
  return true;
});
