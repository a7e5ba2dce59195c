'use strict';
// Modules whose RegExp literals use the `v` flag load and match as in Node 20 (rt's
// V8 10.2 lacks the flag: such literals are rewritten to `u` when the meaning is the
// same); a pattern only `v` can express still fails to compile.
const assert = require('assert');
const path = require('path');

const fixtures = path.join(__dirname, '..', 'fixtures', 'regexp-v');
const { visible, mark, emoji, punct, nested } = require(path.join(fixtures, 'cjs.js'));

assert.strictEqual(visible.test('a'), true);
assert.strictEqual(visible.test('\u200b'), false);
assert.strictEqual(mark.test('\u0903'), true);
assert.strictEqual(mark.test('a'), false);
for (const s of ['😀', '👍🏽', '🇫🇷', '1️⃣', '👨‍👩‍👧', '❤️', '🏴󠁧󠁢󠁳󠁣󠁴󠁿']) {
  assert.strictEqual(emoji.test(s), true, s);
}
for (const s of ['a', '1', '#', '😀😀', '']) assert.strictEqual(emoji.test(s), false, s);
assert.deepStrictEqual('ab&c~d!'.match(punct), ['ab&c~d']);
assert.strictEqual(nested.test('abcab'), true);
assert.strictEqual(nested.test('abd'), false);

// Set subtraction has no `u` form: where the engine itself lacks `v`, the module fails
// with the engine's own error; where it has it, the module works.
let engineHasV = true;
try {
  new RegExp('a', 'v');
} catch {
  engineHasV = false;
}
if (engineHasV) {
  const letters = require(path.join(fixtures, 'unsupported.js'));
  assert.strictEqual(letters.test('é'), true);
  assert.strictEqual(letters.test('e'), false);
} else {
  assert.throws(() => require(path.join(fixtures, 'unsupported.js')), {
    name: 'SyntaxError', message: 'Invalid regular expression flags',
  });
}

import(path.join(fixtures, 'esm.mjs')).then(({ word }) => {
  assert.strictEqual(word.test('abc123'), true);
  assert.strictEqual(word.test('a-b'), false);
});
