'use strict';
// Terminal readline as in Node 20: the keys of one input chunk but the last (pasted
// text) go to the end of the line and are echoed as they are; ESC ESC sequences,
// the lone Escape key and unfinished sequences give Node's keypress events.
const common = require('../common');
const assert = require('node:assert');
const readline = require('node:readline');
const { PassThrough, Writable } = require('node:stream');

function makeInterface() {
  const input = new PassThrough();
  let written = '';
  const output = new Writable({
    write(chunk, encoding, callback) {
      written += chunk;
      callback();
    },
  });
  const rl = readline.createInterface({ input, output, terminal: true, prompt: '> ' });
  return { input, rl, takeOutput() { const w = written; written = ''; return w; } };
}

{
  const { input, rl, takeOutput } = makeInterface();
  const lines = [];
  rl.on('line', (line) => lines.push(line));
  input.write('ac');
  input.write('\x1b[D\x1b[D');
  assert.strictEqual(rl.cursor, 0);
  takeOutput();
  // 'X' is pasted (appended, echoed raw); 'Y', the chunk's last key, is typed at the cursor.
  input.write('XY');
  assert.strictEqual(rl.line, 'aYcX');
  assert.strictEqual(rl.cursor, 2);
  assert.strictEqual(takeOutput(), 'X\x1b[1G\x1b[0J> aYcX\x1b[5G');
  input.write('\x1f'); // Undo takes back the last key only.
  assert.strictEqual(rl.line, 'acX');
  input.write('\x1b[D\x1b[Dyes\n');
  assert.deepStrictEqual(lines, ['acXyes']);
  rl.close();
}

{
  // A question's pasted answer lands after what was already on the line.
  const { input, rl } = makeInterface();
  rl.write('abc ');
  rl.question('q? ', common.mustCall((answer) => {
    assert.strictEqual(answer, 'abc yes');
  }));
  assert.strictEqual(rl.cursor, 0);
  input.write('yes\n');
  rl.close();
}

function keysOf(sequence) {
  const stream = new PassThrough();
  readline.emitKeypressEvents(stream);
  const keys = [];
  stream.on('keypress', (ch, key) => keys.push([ch, key.name, key.meta, key.sequence]));
  stream.write(sequence);
  return { stream, keys };
}

assert.deepStrictEqual(keysOf('\x1b\x1b[A').keys, [[undefined, 'up', false, '\x1b\x1b[A']]);
assert.deepStrictEqual(keysOf('\x1b[1;3A').keys, [[undefined, 'up', true, '\x1b[1;3A']]);
assert.deepStrictEqual(keysOf('\x1b\x1bb').keys, [[undefined, 'b', true, '\x1b\x1bb']]);
assert.deepStrictEqual(keysOf('\x1bx').keys, [[undefined, 'x', true, '\x1bx']]);

{
  // An unfinished sequence waits for the rest, however long it takes.
  const { stream, keys } = keysOf('\x1b[1;');
  setTimeout(common.mustCall(() => {
    assert.deepStrictEqual(keys, []);
    stream.write('5C');
    assert.deepStrictEqual(keys, [[undefined, 'right', false, '\x1b[1;5C']]);
  }), 600);
}

{
  // A lone ESC at the end of a chunk is the Escape key (with meta) after a pause.
  const { keys } = keysOf('\x1b');
  setTimeout(common.mustCall(() => {
    assert.deepStrictEqual(keys, [[undefined, 'escape', true, '\x1b']]);
  }), 600);
}
