'use strict';
// readline in terminal mode: line editing keys, history, tab completion, and what
// is drawn on the output.
const common = require('../common');
const assert = require('node:assert');
const readline = require('node:readline');
const { PassThrough } = require('node:stream');

function setup(options = {}) {
  const input = new PassThrough();
  const output = new PassThrough();
  output.columns = 40;
  let drawn = '';
  output.on('data', (d) => { drawn += d; });
  const rl = readline.createInterface({ input, output, terminal: true, prompt: '$ ', ...options });
  const lines = [];
  rl.on('line', (line) => lines.push(line));
  return { input, rl, lines, drawn: () => { const d = drawn; drawn = ''; return d; } };
}

{
  const { input, rl, lines, drawn } = setup();
  assert.strictEqual(rl.terminal, true);
  rl.prompt();
  assert.strictEqual(drawn(), '\x1b[1G\x1b[0J$ \x1b[3G');
  input.write('abc');
  assert.strictEqual(drawn(), 'abc');
  input.write('\x1b[D\x1b[D');            // left, left
  assert.strictEqual(rl.cursor, 1);
  assert.strictEqual(drawn(), '\x1b[1D\x1b[1D');
  input.write('X');                       // insert in the middle redraws the line
  assert.strictEqual(rl.line, 'aXbc');
  assert.strictEqual(drawn(), '\x1b[1G\x1b[0J$ aXbc\x1b[5G');
  input.write('\x05\x7f');                // Ctrl-E, backspace
  assert.strictEqual(rl.line, 'aXb');
  input.write('\x01\x0b');                // Ctrl-A, Ctrl-K
  assert.strictEqual(rl.line, '');
  input.write('hello big world\x17');    // Ctrl-W deletes the word before the cursor
  assert.strictEqual(rl.line, 'hello big ');
  input.write('\x1bb\x1bb');              // Meta-B twice
  assert.strictEqual(rl.cursor, 0);
  input.write('\x1b[3~');                 // Delete
  assert.strictEqual(rl.line, 'ello big ');
  input.write('\x15');                    // Ctrl-U
  assert.strictEqual(rl.line, 'ello big ');
  input.write('\x05\x15');                // Ctrl-E, Ctrl-U
  assert.strictEqual(rl.line, '');
  input.write('one\r');
  input.write('two\r\n');                 // \r\n from a terminal is one line
  input.write('three\r');
  assert.deepStrictEqual(lines, ['one', 'two', 'three']);
  assert.deepStrictEqual(rl.history, ['three', 'two', 'one']);
  drawn();
  input.write('\x1b[A');                   // Up: newest entry
  assert.strictEqual(rl.line, 'three');
  input.write('\x1b[A\x1b[A');             // the oldest
  assert.strictEqual(rl.line, 'one');
  input.write('\x1b[A');                   // past the oldest: what was typed ('')
  assert.strictEqual(rl.line, '');
  input.write('\x1b[B\x1b[B');
  assert.strictEqual(rl.line, 'two');
  input.write('\x0e\x0e');                  // Ctrl-N back to the empty line
  assert.strictEqual(rl.line, '');
  input.write('t\x1b[A');                   // Up finds entries starting with what is typed
  assert.strictEqual(rl.line, 'three');
  input.write('\x1b[A');
  assert.strictEqual(rl.line, 'two');
  rl.on('close', common.mustCall());
  input.write('\x01\x0b\x04');               // Ctrl-D on an empty line closes
  assert.strictEqual(rl.closed, true);
}

{
  // Tab completion: the common prefix is inserted; a second Tab lists the choices.
  const completer = (line) => {
    const words = ['apple', 'apricot', 'banana'];
    return [words.filter((w) => w.startsWith(line)), line];
  };
  const { input, rl, drawn } = setup({ completer });
  input.write('b');
  input.write('\t');
  assert.strictEqual(rl.line, 'banana');
  input.write('\x01\x0b');
  drawn();
  input.write('a');
  input.write('\t');
  assert.strictEqual(rl.line, 'ap');
  assert.strictEqual(drawn(), 'ap');
  input.write('\t');
  assert.strictEqual(drawn(), '\r\napple    apricot\r\n\r\n\x1b[1G\x1b[0J$ ap\x1b[5G');
  // A Tab inside pasted text is text.
  input.write('x\ty');
  assert.strictEqual(rl.line, 'apx\ty');
  rl.close();
}

{
  // Callback completers, and Ctrl-C with and without SIGINT listeners.
  const completer = common.mustCall((line, cb) => cb(null, [['hello'], line]));
  const { input, rl } = setup({ completer });
  input.write('he\t');
  setImmediate(common.mustCall(() => {
    assert.strictEqual(rl.line, 'hello');
    rl.on('SIGINT', common.mustCall(() => rl.close()));
    input.write('\x03');
    assert.strictEqual(rl.closed, true);
  }));
}

{
  const { input, rl } = setup();
  rl.on('close', common.mustCall());
  input.write('\x03');
  assert.strictEqual(rl.closed, true);
}

{
  // historySize and removeHistoryDuplicates; the 'history' event.
  const { input, rl } = setup({ historySize: 2, removeHistoryDuplicates: true });
  rl.on('history', common.mustCall((history) => assert.strictEqual(history, rl.history), 4));
  input.write('a\rb\ra\rc\r');
  assert.deepStrictEqual(rl.history, ['c', 'a']);
  rl.close();
}
