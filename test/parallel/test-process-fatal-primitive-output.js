'use strict';
// What an uncaught throw of a non-Error prints: primitives as their plain string after
// a blank line with the --trace-uncaught hint, objects inspected without the hint; and
// how an unhandled rejection quotes a non-Error reason.
const assert = require('assert');
const { spawnSync } = require('child_process');

function stderrOf(code) {
  const { stderr, status } = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  // The runtime's name and version line are the only parts that differ from node's.
  return {
    status,
    text: stderr.replace(/`\w+ --trace-uncaught/, '`RUNTIME --trace-uncaught')
      .replace(/\n\S+ v\d+\.\d+\.\d+\n$/, '\nRUNTIME VERSION\n'),
  };
}

const hint = '(Use `RUNTIME --trace-uncaught ...` to show where the exception was thrown)\n';
const cases = [
  ["throw 'str'", `\n[eval]:1\nthrow 'str'\n^\nstr\n${hint}\nRUNTIME VERSION\n`],
  ['throw 42', `\n[eval]:1\nthrow 42\n^\n42\n${hint}\nRUNTIME VERSION\n`],
  ["throw Symbol('s')", `\n[eval]:1\nthrow Symbol('s')\n^\n\n${hint}\nRUNTIME VERSION\n`],
  ['throw null', `\n[eval]:1\nthrow null\n^\nnull\n${hint}\nRUNTIME VERSION\n`],
  ['throw {a:1}', '[eval]:1\nthrow {a:1}\n^\n\n{ a: 1 }\n\nRUNTIME VERSION\n'],
  ['throw [1]', '[eval]:1\nthrow [1]\n^\n\n[ 1 ]\n\nRUNTIME VERSION\n'],
];
for (const [code, expected] of cases) {
  const { status, text } = stderrOf(code);
  assert.strictEqual(status, 1, code);
  assert.strictEqual(text, expected, code);
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
