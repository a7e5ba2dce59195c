'use strict';
// querystring.parse() / decode(): separators, maxKeys, decoding and its fallbacks.
require('../common');
const assert = require('node:assert');
const qs = require('node:querystring');

const cases = [
  ['a=1&a=2&a=3', { a: ['1', '2', '3'] }],
  ['&&a=1&&', { a: '1' }],
  ['a+b=c+d', { 'a b': 'c d' }],
  ['a%20b=c%2', { 'a b': 'c%2' }],
  ['%zz=%', { '%zz': '%' }],
  ['%80=%C0', { '\ufffd': '\ufffd' }],
  ['a==b', { a: '=b' }],
  ['__proto__=1&constructor=2', { ['__proto__']: '1', 'constructor': '2' }],
  ['a=%xyz%41', { a: '%xyzA' }],
  ['x&y&z', { x: '', y: '', z: '' }],
  ['', {}],
];
for (const [input, expected] of cases) {
  const result = qs.parse(input);
  assert.strictEqual(Object.getPrototypeOf(result), null);
  assert.deepStrictEqual({ ...result }, expected, input);
}
assert.strictEqual(qs.decode, qs.parse);
assert.deepStrictEqual({ ...qs.parse(5) }, {});
assert.deepStrictEqual({ ...qs.parse('a;b:c;d:e', ';', ':') }, { a: '', b: 'c', d: 'e' });
assert.deepStrictEqual({ ...qs.parse('a=1&&b=2', '&&', '==') }, { 'a=1': '', 'b=2': '' });
assert.deepStrictEqual({ ...qs.parse('a==1&&b==2', '&&', '==') }, { a: '1', b: '2' });

// maxKeys: 1000 by default, 0 for no limit.
assert.deepStrictEqual({ ...qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }) },
                       { a: '1', b: '2' });
const many = Array.from({ length: 1001 }, (_, i) => `k${i}=${i}`).join('&');
assert.strictEqual(Object.keys(qs.parse(many)).length, 1000);
assert.strictEqual(Object.keys(qs.parse(many, null, null, { maxKeys: 0 })).length, 1001);

// A custom decoder sees + as %20 and every key and value.
assert.deepStrictEqual(
  { ...qs.parse('a=b%20c+d', null, null, { decodeURIComponent: (s) => s.toUpperCase() }) },
  { A: 'B%20C%20D' });
// A decoder that throws falls back to unescape.
assert.deepStrictEqual(
  { ...qs.parse('a=%41', null, null, { decodeURIComponent() { throw new Error('x'); } }) },
  { a: 'A' });
