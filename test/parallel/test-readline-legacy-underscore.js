'use strict';
// The callback readline Interface keeps Node's legacy underscore names:
// _getCursorPos(), _questionCallback, _oldPrompt, _previousKey, _sawReturnAt,
// _line_buffer and _decoder.
require('../common');
const assert = require('node:assert');
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

const input = new PassThrough();
const rl = readline.createInterface({ input, output: new PassThrough(), terminal: true, prompt: 'P> ' });
assert.deepStrictEqual(rl._getCursorPos(), { cols: 3, rows: 0 });
assert.strictEqual(rl._questionCallback, undefined);
assert.strictEqual(rl._oldPrompt, undefined);
assert.strictEqual(rl._previousKey, null);
assert.strictEqual(rl._sawReturnAt, 0);
assert.strictEqual(rl._decoder, undefined);  // Only a non-terminal Interface decodes.

const answer = () => {};
rl.question('Q? ', answer);
assert.strictEqual(rl._questionCallback, answer);
assert.strictEqual(rl._oldPrompt, 'P> ');
assert.deepStrictEqual(rl._getCursorPos(), { cols: 3, rows: 0 });
input.write('a');
assert.strictEqual(rl._previousKey.name, 'a');
input.write('\r');
assert.ok(rl._sawReturnAt > 0);
assert.strictEqual(rl._questionCallback, null);
rl.close();

const plain = readline.createInterface({ input: new PassThrough() });
plain.write('partial');
assert.strictEqual(plain._line_buffer, 'partial');
assert.strictEqual(typeof plain._decoder.write, 'function');
plain.close();
