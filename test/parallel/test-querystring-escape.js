'use strict';
// querystring.escape/unescape/unescapeBuffer and stringify()/encode().
require('../common');
const assert = require('node:assert');
const qs = require('node:querystring');

assert.strictEqual(qs.escape('AZaz09-._~!\'()*'), 'AZaz09-._~!\'()*');
assert.strictEqual(qs.escape('#?&=+/:@ '), '%23%3F%26%3D%2B%2F%3A%40%20');
assert.strictEqual(qs.escape('\u00e9\u4e2d\ud83d\ude00'), '%C3%A9%E4%B8%AD%F0%9F%98%80');
assert.strictEqual(qs.escape(5), '5');
assert.strictEqual(qs.escape({ toString() { return 'o b'; } }), 'o%20b');
assert.throws(() => qs.escape('\ud800'), {
  code: 'ERR_INVALID_URI', name: 'URIError', message: 'URI malformed',
});
// A lone surrogate pairs with whatever follows it.
assert.strictEqual(qs.escape('\udc00a'), '%F0%90%81%A1');

assert.strictEqual(qs.unescape('%E4%B8%AD%zz'), '\u4e2d%zz');
assert.strictEqual(qs.unescape('a+b%80'), 'a+b\ufffd');
assert.strictEqual(qs.unescape('a+b%80', true), 'a b\ufffd');
if (typeof Buffer === 'function') {
  const buf = qs.unescapeBuffer('a%41+b\u0141', true);
  assert.ok(Buffer.isBuffer(buf));
  assert.deepStrictEqual([...buf], [0x61, 0x41, 0x20, 0x62, 0x41]);
}

const obj = { a: 1, b: [2, 3], c: '', d: true, e: null, f: undefined, g: {}, h: [],
              i: '\u00e9 ~!*()\'', j: 1n, k: Infinity, l: -0, m: 1e21, n: 1.5e-7 };
assert.strictEqual(qs.stringify(obj),
                   'a=1&b=2&b=3&c=&d=true&e=&f=&g=&i=%C3%A9%20~!*()\'&j=1&k=&l=0&m=1e%2B21' +
                   '&n=1.5e-7');
assert.strictEqual(qs.stringify(obj, ';', ':'),
                   'a:1;b:2;b:3;c:;d:true;e:;f:;g:;i:%C3%A9%20~!*()\';j:1;k:;l:0;m:1e%2B21' +
                   ';n:1.5e-7');
assert.strictEqual(qs.stringify({ a: 'b c', d: [1] }, null, null,
                                { encodeURIComponent: (s) => `<${s}>` }),
                   '<a>=<b c>&<d>=<1>');
assert.strictEqual(qs.stringify({ 'a b': 'c&d=e' }), 'a%20b=c%26d%3De');
assert.strictEqual(qs.stringify('str'), '');
assert.strictEqual(qs.stringify(null), '');
assert.strictEqual(qs.stringify([1, 2]), '0=1&1=2');
assert.strictEqual(qs.encode, qs.stringify);

// stringify uses querystring.escape, which users may replace.
const original = qs.escape;
qs.escape = (s) => s.toUpperCase();
try {
  assert.strictEqual(qs.stringify({ a: 'b' }), 'A=B');
} finally {
  qs.escape = original;
}
assert.deepStrictEqual(Object.keys(qs),
                       ['unescapeBuffer', 'unescape', 'escape', 'stringify', 'encode', 'parse',
                        'decode']);
