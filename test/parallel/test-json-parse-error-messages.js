'use strict';
// JSON.parse words its SyntaxErrors as Node 20's V8 does, names the position, quotes short
// texts or the text around the error, and its stack starts at the native JSON.parse.
require('../common');
const assert = require('node:assert');

const cases = [
  ['', 'Unexpected end of JSON input'],
  ['{"a":tru', 'Unexpected end of JSON input'],
  ['{', "Expected property name or '}' in JSON at position 1"],
  ['{a:1}', "Expected property name or '}' in JSON at position 1"],
  ['{"a":1,}', 'Expected double-quoted property name in JSON at position 7'],
  ['{"a" 1}', "Expected ':' after property name in JSON at position 5"],
  ['{"a":1,"b" 1}', 'Unexpected number in JSON at position 11'],
  ['{"a":1 "b":2}', "Expected ',' or '}' after property value in JSON at position 7"],
  ['[1 2]', "Expected ',' or ']' after array element in JSON at position 3"],
  ['[1,]', 'Unexpected token \']\', "[1,]" is not valid JSON'],
  ['"abc', 'Unterminated string in JSON at position 4'],
  ['"a\u0001"', 'Bad control character in string literal in JSON at position 2'],
  ['"\\x"', 'Bad escaped character in JSON at position 2'],
  ['"\\u12"', 'Bad Unicode escape in JSON at position 5'],
  ['"\\\u0100"', 'Unexpected token \'\u0100\', ""\\\u0100"" is not valid JSON'],
  ['1e', 'Exponent part is missing a number in JSON at position 2'],
  ['1.', 'Unterminated fractional number in JSON at position 2'],
  ['-', 'No number after minus sign in JSON at position 1'],
  ['01', 'Unexpected number in JSON at position 1'],
  ['tr"', 'Unexpected string in JSON at position 2'],
  ['12 34', 'Unexpected non-whitespace character after JSON at position 3'],
  ['undefined', '"undefined" is not valid JSON'],
  ['[object Object]', '"[object Object]" is not valid JSON'],
  ['xyz123456789012345678901234567890', 'Unexpected token \'x\', "xyz1234567"... is not valid JSON'],
  ['{"foo": "bar",  "baz": qux, "more":"stuff here"}',
   'Unexpected token \'q\', ...",  "baz": qux, "more"... is not valid JSON'],
  ['[1,2,3,4,5,6,7,8,9,10,11,12,x]', 'Unexpected token \'x\', ...",10,11,12,x]" is not valid JSON'],
];
for (const [text, message] of cases) {
  assert.throws(() => JSON.parse(text), { name: 'SyntaxError', message }, JSON.stringify(text));
}

// Deep nesting is scanned without recursion.
assert.throws(() => JSON.parse('['.repeat(100000)), {
  name: 'SyntaxError', message: 'Unexpected end of JSON input',
});

// The stack names JSON.parse first, then its caller.
function parseBad() {
  return JSON.parse('{"a":1,}');
}
assert.throws(parseBad, (err) => {
  const lines = err.stack.split('\n');
  assert.strictEqual(lines[0], 'SyntaxError: Expected double-quoted property name in JSON at position 7');
  assert.strictEqual(lines[1], '    at JSON.parse (<anonymous>)');
  assert.match(lines[2], /^ {4}at parseBad \(.*test-json-parse-error-messages\.js:\d+:\d+\)$/);
  assert(err instanceof SyntaxError);
  assert.deepStrictEqual(Object.keys(err), []);
  return true;
});

// A SyntaxError thrown by the reviver is passed on as it is.
const fromReviver = new SyntaxError('Unexpected token x in JSON at position 0');
assert.throws(() => JSON.parse('[1]', () => { throw fromReviver; }), (err) => err === fromReviver);

// Valid text parses, with the reviver, and text is converted to a string once.
assert.deepStrictEqual(JSON.parse('{"a":[1,{"b":2}]}', (k, v) => (typeof v === 'number' ? v * 2 : v)),
                       { a: [2, { b: 4 }] });
let conversions = 0;
assert.throws(() => JSON.parse({ toString() { conversions++; return '{x'; } }),
              { message: "Expected property name or '}' in JSON at position 1" });
assert.strictEqual(conversions, 1);
assert.throws(() => JSON.parse(Symbol('s')), TypeError);

assert.strictEqual(JSON.parse.name, 'parse');
assert.strictEqual(JSON.parse.length, 2);
assert.strictEqual(Object.getOwnPropertyDescriptor(JSON, 'parse').enumerable, false);
