'use strict';
// util.inspect of primitive values: quoting, escapes, numbers, bigints, symbols.
require('../common');
const assert = require('node:assert');
const util = require('util');

// Quote choice: single, then double, then backtick, then escaped single.
assert.strictEqual(util.inspect('abc'), "'abc'");
assert.strictEqual(util.inspect("it's"), `"it's"`);
assert.strictEqual(util.inspect(`it's "x"`), "`it's \"x\"`");
assert.strictEqual(util.inspect('it\'s "x" `y`'), "'it\\'s \"x\" `y`'");
assert.strictEqual(util.inspect("it's ${x} \"q\""), "'it\\'s ${x} \"q\"'");
assert.strictEqual(util.inspect(''), "''");

// Escapes of control characters, backslashes and lone surrogates.
assert.strictEqual(util.inspect('a\nb\tc\r\b\f\v'), "'a\\nb\\tc\\r\\b\\f\\x0B'");
assert.strictEqual(util.inspect('\u0000\u0001\u001f\u007f\u009f'), "'\\x00\\x01\\x1F\\x7F\\x9F'");
assert.strictEqual(util.inspect('back\\slash'), "'back\\\\slash'");
assert.strictEqual(util.inspect('\ud800'), "'\\ud800'");
assert.strictEqual(util.inspect('\udc00x'), "'\\udc00x'");
assert.strictEqual(util.inspect('😀'), "'😀'");
assert.strictEqual(util.inspect('\ud800' + 'a'.repeat(120)).slice(0, 10), "'\\ud800aaa");

// Long strings with newlines are split into concatenated lines.
assert.strictEqual(util.inspect('abc\n'.repeat(3) + 'x'.repeat(70)),
                   "'abc\\n' +\n  'abc\\n' +\n  'abc\\n' +\n  '" + 'x'.repeat(70) + "'");
assert.strictEqual(util.inspect('abc\n'.repeat(3)), "'abc\\nabc\\nabc\\n'");

// maxStringLength
assert.strictEqual(util.inspect('abcdef', { maxStringLength: 4 }), "'abcd'... 2 more characters");
assert.strictEqual(util.inspect('abcde', { maxStringLength: 4 }), "'abcd'... 1 more character");
assert.strictEqual(util.inspect('abc', { maxStringLength: null }), "'abc'");

// Numbers.
assert.strictEqual(util.inspect(-0), '-0');
assert.strictEqual(util.inspect(0), '0');
assert.strictEqual(util.inspect(1.5), '1.5');
assert.strictEqual(util.inspect(NaN), 'NaN');
assert.strictEqual(util.inspect(-Infinity), '-Infinity');
assert.strictEqual(util.inspect(1e21), '1e+21');
assert.strictEqual(util.inspect([-0, 0]), '[ -0, 0 ]');

// numericSeparator
const sep = { numericSeparator: true };
assert.strictEqual(util.inspect(1234567, sep), '1_234_567');
assert.strictEqual(util.inspect(-1234567, sep), '-1_234_567');
assert.strictEqual(util.inspect(123, sep), '123');
assert.strictEqual(util.inspect(1234.5678, sep), '1_234.567_8');
assert.strictEqual(util.inspect(-0.0001234, sep), '-0.000_123_4');
assert.strictEqual(util.inspect(-0.5, sep), '-0.5');
assert.strictEqual(util.inspect(1e21, sep), '1e+21');
assert.strictEqual(util.inspect(NaN, sep), 'NaN');
assert.strictEqual(util.inspect(123456789n, sep), '123_456_789n');

// BigInt, booleans, undefined, null.
assert.strictEqual(util.inspect(1n), '1n');
assert.strictEqual(util.inspect(-12n), '-12n');
assert.strictEqual(util.inspect(true), 'true');
assert.strictEqual(util.inspect(undefined), 'undefined');
assert.strictEqual(util.inspect(null), 'null');

// Symbols.
assert.strictEqual(util.inspect(Symbol('foo')), 'Symbol(foo)');
assert.strictEqual(util.inspect(Symbol()), 'Symbol()');
assert.strictEqual(util.inspect(Symbol.iterator), 'Symbol(Symbol.iterator)');
assert.strictEqual(util.inspect(Symbol('a\nb')), 'Symbol(a\nb)');

// Colours per type.
const c = { colors: true };
assert.strictEqual(util.inspect('s', c), "\u001b[32m's'\u001b[39m");
assert.strictEqual(util.inspect(1, c), '\u001b[33m1\u001b[39m');
assert.strictEqual(util.inspect(1n, c), '\u001b[33m1n\u001b[39m');
assert.strictEqual(util.inspect(false, c), '\u001b[33mfalse\u001b[39m');
assert.strictEqual(util.inspect(undefined, c), '\u001b[90mundefined\u001b[39m');
assert.strictEqual(util.inspect(null, c), '\u001b[1mnull\u001b[22m');
assert.strictEqual(util.inspect(Symbol('s'), c), '\u001b[32mSymbol(s)\u001b[39m');
