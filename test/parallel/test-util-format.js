'use strict';
// util.format and util.formatWithOptions: every specifier and extra arguments.
require('../common');
const assert = require('node:assert');
const util = require('util');

assert.strictEqual(util.format(), '');
assert.strictEqual(util.format('plain'), 'plain');
assert.strictEqual(util.format('%s'), '%s');
assert.strictEqual(util.format(1, 'a', { b: 1 }), "1 a { b: 1 }");
assert.strictEqual(util.format({ a: 1 }, 'str'), '{ a: 1 } str');

// %s
assert.strictEqual(util.format('%s', 'x'), 'x');
assert.strictEqual(util.format('%s', 42), '42');
assert.strictEqual(util.format('%s', -0), '-0');
assert.strictEqual(util.format('%s', 5n), '5n');
assert.strictEqual(util.format('%s', Symbol('s')), 'Symbol(s)');
assert.strictEqual(util.format('%s', null), 'null');
assert.strictEqual(util.format('%s', undefined), 'undefined');
assert.strictEqual(util.format('%s', { a: { b: { c: 1 } } }), '{ a: [Object] }');
assert.strictEqual(util.format('%s', [1, [2, [3]]]), '[ 1, [Array] ]');
class WithToString { toString() { return 'custom!'; } }
assert.strictEqual(util.format('%s', new WithToString()), 'custom!');
assert.strictEqual(util.format('%s', { toString() { return 'own'; } }), 'own');
class Plain {}
assert.strictEqual(util.format('%s', new Plain()), 'Plain {}');
assert.strictEqual(util.format('%s', new Date(0)), '1970-01-01T00:00:00.000Z');
assert.strictEqual(util.format('%s', function f() { return 1; }), 'function f() { return 1; }');
assert.strictEqual(util.format('%s', Object.create(null)), '[Object: null prototype] {}');
assert.strictEqual(util.format('%s %s', 'a'), 'a %s');

// %d %i %f
assert.strictEqual(util.format('%d', '42.5'), '42.5');
assert.strictEqual(util.format('%d', 5n), '5n');
assert.strictEqual(util.format('%d', Symbol()), 'NaN');
assert.strictEqual(util.format('%d', {}), 'NaN');
assert.strictEqual(util.format('%d', -0), '-0');
assert.strictEqual(util.format('%d', ''), '0');
assert.strictEqual(util.format('%i', '42.9'), '42');
assert.strictEqual(util.format('%i', 5n), '5n');
assert.strictEqual(util.format('%i', -0.5), '-0');
assert.strictEqual(util.format('%i', Symbol()), 'NaN');
assert.strictEqual(util.format('%f', '1.5x'), '1.5');
assert.strictEqual(util.format('%f', Symbol()), 'NaN');
assert.strictEqual(util.format('%f', 'abc'), 'NaN');

// %j
assert.strictEqual(util.format('%j', { a: 1, b: 'x' }), '{"a":1,"b":"x"}');
const circular = {};
circular.self = circular;
assert.strictEqual(util.format('%j', circular), '[Circular]');
assert.strictEqual(util.format('%j', undefined), 'undefined');
assert.throws(() => util.format('%j', 1n), { name: 'TypeError' });

// %o %O
assert.strictEqual(util.format('%o', [1, 2]), '[ 1, 2, [length]: 2 ]');
assert.strictEqual(util.format('%o', { f() {} }), "{ f: [Function: f] { [length]: 0, [name]: 'f' } }");
assert.strictEqual(util.format('%O', { a: { b: { c: { d: 1 } } } }), '{ a: { b: { c: [Object] } } }');
assert.strictEqual(util.format('%O', 'str'), "'str'");

// %c is consumed and ignored; %% is a percent sign.
assert.strictEqual(util.format('%c%s', 'color: red', 'x'), 'x');
assert.strictEqual(util.format('%%', 1), '% 1');
assert.strictEqual(util.format('%% %s', 'x'), '% x');
assert.strictEqual(util.format('100%'), '100%');
assert.strictEqual(util.format('100%', 1), '100% 1');
assert.strictEqual(util.format('%x %s', 'a'), '%x a');
assert.strictEqual(util.format('%s:%s', 'a', 'b', 'c', { d: 1 }), "a:b c { d: 1 }");
assert.strictEqual(util.format('%d %d', 1), '1 %d');

// formatWithOptions passes the options to inspect.
assert.strictEqual(util.formatWithOptions({ colors: true }, '%O', 1), '\u001b[33m1\u001b[39m');
assert.strictEqual(util.formatWithOptions({ colors: true }, 'x', 1), 'x \u001b[33m1\u001b[39m');
assert.strictEqual(util.formatWithOptions({ colors: true }, '%s', { a: 1 }), '{ a: 1 }');
assert.strictEqual(util.formatWithOptions({ depth: 0 }, { a: { b: 1 } }), '{ a: [Object] }');
assert.strictEqual(util.formatWithOptions({ compact: false }, '%s', [1]), '[ 1 ]');
assert.throws(() => util.formatWithOptions(null, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
});
assert.throws(() => util.formatWithOptions('x', 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
