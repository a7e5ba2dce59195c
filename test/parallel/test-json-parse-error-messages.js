'use strict';
// JSON.parse errors are worded as Node 20's V8 words them, and an uncaught one points
// into the JSON text.
require('../common');
const assert = require('assert');
const { spawnSync } = require('child_process');

const cases = [
  ['', 'Unexpected end of JSON input'],
  ['[', 'Unexpected end of JSON input'],
  ['{', "Expected property name or '}' in JSON at position 1"],
  ['{"a"', "Expected ':' after property name in JSON at position 4"],
  ['{"a":1,"b" 2}', 'Unexpected number in JSON at position 11'],
  ['{"a":1', "Expected ',' or '}' after property value in JSON at position 6"],
  ['{"a":1,}', 'Expected double-quoted property name in JSON at position 7'],
  ['[1 2]', "Expected ',' or ']' after array element in JSON at position 3"],
  ['[1,]', 'Unexpected token \']\', "[1,]" is not valid JSON'],
  ['{"a":}', 'Unexpected token \'}\', "{"a":}" is not valid JSON'],
  ['"abc', 'Unterminated string in JSON at position 4'],
  ['"a\\x"', 'Bad escaped character in JSON at position 3'],
  ['"\\u12G4"', 'Bad Unicode escape in JSON at position 5'],
  ['"\t"', 'Bad control character in string literal in JSON at position 1'],
  ['-a', 'No number after minus sign in JSON at position 1'],
  ['01', 'Unexpected number in JSON at position 1'],
  ['1.', 'Unterminated fractional number in JSON at position 2'],
  ['1e+', 'Exponent part is missing a number in JSON at position 3'],
  ['tr"', 'Unexpected string in JSON at position 2'],
  ['trux', 'Unexpected token \'x\', "trux" is not valid JSON'],
  ['[1]x', 'Unexpected non-whitespace character after JSON at position 3'],
  ['NaN', '"NaN" is not valid JSON'],
  ['x2345678901234567890123', 'Unexpected token \'x\', "x234567890"... is not valid JSON'],
  ['{"abcdefghijklmnopqrstuvwxyz": 1, "b": x, "c": 1234567890}',
   'Unexpected token \'x\', ...": 1, "b": x, "c": 12"... is not valid JSON'],
  ['[1,2,3,4,5,6,7,8,9,10,x]', 'Unexpected token \'x\', ...",7,8,9,10,x]" is not valid JSON'],
];
for (const [text, message] of cases) {
  assert.throws(() => JSON.parse(text), { name: 'SyntaxError', message }, text);
}
assert.throws(() => JSON.parse(undefined), { message: '"undefined" is not valid JSON' });
assert.throws(() => JSON.parse({}), { message: '"[object Object]" is not valid JSON' });

// Valid text, revivers and the reviver's own errors are untouched.
assert.deepStrictEqual(JSON.parse('{"a":[1,2]}', (k, v) => (k === 'a' ? v.length : v)), { a: 2 });
assert.throws(() => JSON.parse('{}', () => { throw new SyntaxError('mine'); }), { message: 'mine' });
assert.strictEqual(JSON.parse.name, 'parse');
assert.strictEqual(JSON.parse.length, 2);

// The stack starts with the new message and JSON.parse's frame.
try {
  JSON.parse('{bad');
} catch (err) {
  const lines = err.stack.split('\n');
  assert.strictEqual(lines[0], "SyntaxError: Expected property name or '}' in JSON at position 1");
  assert.strictEqual(lines[1], '    at JSON.parse (<anonymous>)');
  assert.match(lines[2], /test-json-parse-error-messages\.js/);
}

// Uncaught, the arrow shows the JSON text.
const child = spawnSync(process.execPath, ['-e', 'JSON.parse("[1,\\n2,\\n x]")']);
assert.strictEqual(child.status, 1);
assert.ok(child.stderr.toString().startsWith('<anonymous_script>:3\n x]\n ^\n\n' +
  'SyntaxError: Unexpected token \'x\', "[1,\n2,\n x]" is not valid JSON\n'), child.stderr.toString());
