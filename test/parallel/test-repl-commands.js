'use strict';
// REPL dot-commands: .help, .save, .load, .break, defineCommand, unknown keywords,
// and the completer.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const repl = require('node:repl');
const tmpdir = require('../common/tmpdir');
const { PassThrough } = require('node:stream');

tmpdir.refresh();
const input = new PassThrough();
const output = new PassThrough();
let out = '';
output.on('data', (d) => { out += d; });
const server = repl.start({ input, output, prompt: '> ', terminal: false, useColors: false });

function send(line) {
  out = '';
  input.write(`${line}\n`);
  return new Promise((resolve) => {
    const check = () => {
      if (out.endsWith('> ') || out.endsWith('... ')) resolve(out);
      else setImmediate(check);
    };
    check();
  });
}

function complete(line) {
  return new Promise((resolve, reject) => {
    server.complete(line, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

(async () => {
  assert.strictEqual(await send('.help'), [
    '.break   Sometimes you get stuck, this gets you out',
    '.clear   Break, and also clear the local context',
    '.exit    Exit the REPL',
    '.help    Print this help message',
    '.load    Load JS from a file into the REPL session',
    '.save    Save all evaluated commands in this REPL session to a file',
    '',
    'Press Ctrl+C to abort current expression, Ctrl+D to exit the REPL',
    '> ',
  ].join('\n'));
  assert.strictEqual(await send('.nope'), 'Invalid REPL keyword\n> ');

  const saved = path.join(tmpdir.path, 'session.js');
  assert.strictEqual(await send('let cmdA = 20'), 'undefined\n> ');
  assert.strictEqual(await send('cmdA + 1'), '21\n> ');
  assert.strictEqual(await send(`.save ${saved}`), `Session saved to: ${saved}\n> `);
  assert.strictEqual(fs.readFileSync(saved, 'utf8'), '.nope\nlet cmdA = 20\ncmdA + 1');
  assert.strictEqual(await send('.save /nonexistent-dir/x.js'),
                     'Failed to save: /nonexistent-dir/x.js\n> ');

  const script = path.join(tmpdir.path, 'load.js');
  fs.writeFileSync(script, 'const cmdTwice = (x) => {\n  return x * 2;\n};\ncmdTwice(21)\n');
  assert.strictEqual(await send(`.load ${script}`), '42\n> > ');
  assert.strictEqual(await send('cmdTwice(2)'), '4\n> ');
  const missing = path.join(tmpdir.path, 'missing.js');
  assert.strictEqual(await send(`.load ${missing}`), `Failed to load: ${missing}\n> `);

  server.defineCommand('hello', {
    help: 'Say hello',
    action: common.mustCall(function(name) {
      assert.strictEqual(this, server);
      this.output.write(`Hello, ${name}!\n`);
      this.displayPrompt();
    }),
  });
  assert.strictEqual(await send('.hello you'), 'Hello, you!\n> ');

  assert.deepStrictEqual(await complete('process.ver'),
                         [['process.version', 'process.versions'], 'process.ver']);
  assert.deepStrictEqual(await complete('.he'), [['hello', 'help'], 'he']);
  assert.deepStrictEqual(await complete("require('readl"),
                         [['readline', 'readline/promises'], 'readl']);
  assert.deepStrictEqual(await complete('Array.isA'), [['Array.isArray'], 'Array.isA']);
  assert.deepStrictEqual(await complete('Math.PI.toFi'), [['Math.PI.toFixed'], 'Math.PI.toFi']);

  server.close();
})().then(common.mustCall());
