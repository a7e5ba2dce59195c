'use strict';
// readline.Interface on a non-terminal stream: line splitting (\n, \r\n, \r, a \r\n
// split across chunks), the last unterminated line at 'end', question(), close().
const common = require('../common');
const assert = require('node:assert');
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

{
  const input = new PassThrough();
  const rl = readline.createInterface({ input });
  assert.strictEqual(rl.terminal, false);
  const lines = [];
  rl.on('line', (line) => lines.push(line));
  rl.on('close', common.mustCall(() => {
    assert.deepStrictEqual(lines, ['a', 'b', 'c', 'de', '', 'f', 'tail']);
    assert.strictEqual(rl.closed, true);
  }));
  input.write('a\nb\r');
  input.write('\nc\rd');
  input.write('e\n\nf\n');
  input.end('tail');
}

{
  // question(): the prompt goes to output, the answer to the callback, not 'line'.
  const input = new PassThrough();
  const output = new PassThrough();
  const rl = readline.createInterface({ input, output, terminal: false });
  rl.on('line', common.mustCall((line) => {
    assert.strictEqual(line, 'second');
    rl.close();
    assert.throws(() => rl.question('again?', common.mustNotCall()), {
      code: 'ERR_USE_AFTER_CLOSE',
      name: 'Error',
      message: 'readline was closed',
    });
  }));
  rl.question('name? ', common.mustCall((answer) => {
    assert.strictEqual(answer, 'first');
    assert.strictEqual(output.read().toString(), 'name? ');
    assert.strictEqual(rl.getPrompt(), '> ');
  }));
  input.write('first\nsecond\n');
}

{
  // pause() pauses the input and resume() resumes it, each emitting once per change;
  // close() pauses too.
  const input = new PassThrough();
  const rl = readline.createInterface({ input, terminal: false });
  rl.on('pause', common.mustCall(2));
  rl.on('resume', common.mustCall());
  rl.pause();
  rl.pause();
  assert.strictEqual(input.isPaused(), true);
  rl.resume();
  assert.strictEqual(input.isPaused(), false);
  rl.close();
}

{
  // Argument checks.
  const input = new PassThrough();
  assert.throws(() => readline.createInterface({ input, completer: 'x' }), {
    code: 'ERR_INVALID_ARG_VALUE',
  });
  assert.throws(() => readline.createInterface({ input, historySize: -1 }), {
    code: 'ERR_OUT_OF_RANGE',
    name: 'RangeError',
  });
  assert.throws(() => readline.createInterface({ input, historySize: '1' }), {
    code: 'ERR_INVALID_ARG_TYPE',
  });
  assert.throws(() => readline.createInterface({ input, history: 'x' }), {
    code: 'ERR_INVALID_ARG_TYPE',
  });
  assert.strictEqual(readline.createInterface({ input, crlfDelay: 5 }).crlfDelay, 100);
  assert.strictEqual(readline.createInterface({ input, crlfDelay: 500 }).crlfDelay, 500);
}

{
  // Export list and the old-style constructor.
  assert.deepStrictEqual(Object.keys(readline), [
    'Interface', 'clearLine', 'clearScreenDown', 'createInterface', 'cursorTo',
    'emitKeypressEvents', 'moveCursor', 'promises',
  ]);
  const rl = readline.Interface(new PassThrough());
  assert.ok(rl instanceof readline.Interface);
  rl.close();
}
