'use strict';
// What an uncaught throw of a non-Error prints: primitives as their plain string after
// a blank line with the --trace-uncaught hint, objects inspected without the hint; and
// how an unhandled rejection quotes a non-Error reason.
const assert = require('assert');
const { spawnSync } = require('child_process');

const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rt-fatal-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
let count = 0;

// Runs `code` as a script file (named t<N>.js) and returns its stderr.
function stderrOf(code) {
  const file = path.join(dir, `t${++count}.js`);
  fs.writeFileSync(file, code);
  const { stderr, status } = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  // The runtime's name and version line are the only parts that differ from node's.
  return {
    status,
    text: stderr.replace(/`\w+ --trace-uncaught/, '`RUNTIME --trace-uncaught')
      .replace(/\n\S+ v\d+\.\d+\.\d+\n$/, '\nRUNTIME VERSION\n'),
  };
}

const hint = '(Use `RUNTIME --trace-uncaught ...` to show where the exception was thrown)\n';
const cases = [
  ["throw 'str'", "\nFILE:1\nthrow 'str'\n^\nstr\n" + hint],
  ['throw 42', '\nFILE:1\nthrow 42\n^\n42\n' + hint],
  ["throw Symbol('s')", "\nFILE:1\nthrow Symbol('s')\n^\n\n" + hint],
  ['throw null', '\nFILE:1\nthrow null\n^\nnull\n' + hint],
  ['throw {a:1}', '\nFILE:1\nthrow {a:1}\n^\n{ a: 1 }\n'],
  ['throw [1]', '\nFILE:1\nthrow [1]\n^\n[ 1 ]\n'],
  ['setTimeout(() => { throw 7; });', '\nFILE:1\nsetTimeout(() => { throw 7; });\n' +
    '                   ^\n7\n' + hint],
];
for (const [code, expected] of cases) {
  const { status, text } = stderrOf(code);
  assert.strictEqual(status, 1, code);
  const file = path.join(dir, `t${count}.js`);
  assert.strictEqual(text, `${expected.replace('FILE', file)}\nRUNTIME VERSION\n`, code);
}

const reasons = [
  ["'x'", 'x'], ['{a:1}', '#<Object>'], ['[1,2]', '[object Array]'], ['null', 'null'],
  ["Symbol('q')", 'Symbol(q)'], ['5n', '5'], ['Object.create(null)', '[object Object]'],
  ['new (class Foo{})', '#<Foo>'], ['new Date(0)', '[object Date]'], ['new Map()', '#<Map>'],
  ['new Uint8Array(2)', '[object Uint8Array]'],
  ["{toString(){return 'custom'}}", '[object Object]'], ['new Number(3)', '[object Number]'],
];
for (const [expr, quoted] of reasons) {
  const { status, text } = stderrOf(`Promise.reject(${expr})`);
  assert.strictEqual(status, 1, expr);
  assert.ok(text.includes(`The promise rejected with the reason "${quoted}".`), `${expr}: ${text}`);
}
