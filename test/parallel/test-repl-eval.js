'use strict';
// The REPL driven through streams: results through util.inspect, declarations that
// persist, multi-line input, top-level await, _ and _error, errors that keep the
// session going.
const common = require('../common');
const assert = require('node:assert');
const repl = require('node:repl');
const { PassThrough } = require('node:stream');

const input = new PassThrough();
const output = new PassThrough();
let out = '';
output.on('data', (d) => { out += d; });
const server = repl.start({ input, output, prompt: '> ', terminal: false, useColors: false });
assert.ok(server instanceof repl.REPLServer);
assert.ok(server instanceof require('node:readline').Interface);

// Sends one line and resolves with what the REPL printed up to its next prompt.
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

(async () => {
  assert.strictEqual(await send('1 + 1'), '2\n> ');
  assert.strictEqual(await send('let replX = 5'), 'undefined\n> ');
  assert.strictEqual(await send('replX * 2'), '10\n> ');
  assert.strictEqual(await send('const replO = { a: [1, 2], s: "str" }'), 'undefined\n> ');
  assert.strictEqual(await send('replO'), "{ a: [ 1, 2 ], s: 'str' }\n> ");
  assert.strictEqual(await send('{ a: 1 }'), '{ a: 1 }\n> ');
  assert.strictEqual(await send('class ReplA { m() { return 7; } }'), 'undefined\n> ');
  assert.strictEqual(await send('new ReplA().m()'), '7\n> ');

  // Incomplete input continues with '... '.
  assert.strictEqual(await send('const replF = function(a) {'), '... ');
  assert.strictEqual(await send('  return a + 1;'), '... ');
  assert.strictEqual(await send('}'), 'undefined\n> ');
  assert.strictEqual(await send('replF(replX)'), '6\n> ');
  assert.strictEqual(await send('`abc'), '... ');
  assert.strictEqual(await send('def`'), "'abc\\ndef'\n> ");
  assert.strictEqual(await send('[1,'), '... ');
  assert.strictEqual(await send('.break'), '> ');
  assert.strictEqual(await send(''), '> ');

  // _ is the last result; _error the last error.
  assert.strictEqual(await send('_'), "'abc\\ndef'\n> ");
  assert.strictEqual(await send('throw new Error("boom")'), 'Uncaught Error: boom\n> ');
  assert.strictEqual(await send('_error.message'), "'boom'\n> ");
  assert.strictEqual(await send('null.x'),
                     "Uncaught TypeError: Cannot read properties of null (reading 'x')\n> ");
  assert.strictEqual(await send('const replG = () => { throw new TypeError("in g") }'),
                     'undefined\n> ');
  assert.match(await send('replG()'), /^Uncaught TypeError: in g\n {4}at replG \(REPL\d+:1:29\)\n> $/);
  assert.strictEqual(await send('throw "str"'), "Uncaught 'str'\n> ");

  // Top-level await, with declarations that stay.
  assert.strictEqual(await send('await Promise.resolve(42)'), '42\n> ');
  assert.strictEqual(
    await send('const { replP, replQ: [replR] } = await Promise.resolve({ replP: 1, replQ: [2] })'),
    'undefined\n> ');
  assert.strictEqual(await send('replP + replR'), '3\n> ');
  assert.strictEqual(await send('let replV = await 5; replV'), '5\n> ');

  // Built-in modules are globals.
  assert.strictEqual(await send('typeof path.join'), "'function'\n> ");

  assert.strictEqual(await send('_ = 3'), 'Expression assignment to _ now disabled.\n3\n> ');
  assert.strictEqual(await send('_'), '3\n> ');
  assert.strictEqual(await send('_error = 1'),
                     'Expression assignment to _error now disabled.\n1\n> ');

  server.on('exit', common.mustCall());
  input.write('.exit\n');
})().then(common.mustCall());
