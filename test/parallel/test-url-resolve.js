'use strict';
// url.resolve() and url.resolveObject() (RFC 3986 examples and Node's quirks).
require('../common');
const assert = require('node:assert');
const url = require('node:url');

const base = 'http://a/b/c/d;p?q';
const cases = [
  ['g:h', 'g:h'], ['g', 'http://a/b/c/g'], ['./g', 'http://a/b/c/g'], ['g/', 'http://a/b/c/g/'],
  ['/g', 'http://a/g'], ['//g', 'http://g/'], ['?y', 'http://a/b/c/d;p?y'],
  ['g?y', 'http://a/b/c/g?y'], ['#s', 'http://a/b/c/d;p?q#s'], ['g#s', 'http://a/b/c/g#s'],
  ['', 'http://a/b/c/d;p?q'], ['.', 'http://a/b/c/'], ['..', 'http://a/b/'],
  ['../g', 'http://a/b/g'], ['../..', 'http://a/'], ['../../../g', 'http://a/g'],
  ['/./g', 'http://a/g'], ['/../g', 'http://a/g'], ['g.', 'http://a/b/c/g.'],
  ['./g/.', 'http://a/b/c/g/'], ['g;x=1/../y', 'http://a/b/c/y'],
  ['g?y/../x', 'http://a/b/c/g?y/../x'], ['http:g', 'http://a/b/c/g'], ['http:', base],
  ['https:g', 'https://g/'], ['mailto:x@y', 'mailto:x@y'],
];
for (const [relative, expected] of cases) {
  assert.strictEqual(url.resolve(base, relative), expected, relative);
}

assert.strictEqual(url.resolve('/one/two/three', 'four'), '/one/two/four');
assert.strictEqual(url.resolve('/foo/bar/baz', '../../../../a'), '/a');
assert.strictEqual(url.resolve('foo', '..'), '..');
assert.strictEqual(url.resolve('http://example.com', 'two'), 'http://example.com/two');
assert.strictEqual(url.resolve('mailto:local1@domain1', 'local2@domain2'), 'mailto:local2@domain2');
assert.strictEqual(url.resolve('mailto:local1@domain1', '?q'), 'mailto:local1@domain1?q');
assert.strictEqual(url.resolve('http://u:p@h:1/p?q#f', '//h2'), 'http://h2/');
assert.strictEqual(url.resolve('http://u:p@h:1/p?q#f', 'z'), 'http://u:p@h:1/z');
assert.strictEqual(url.resolve('file:///a/b', '//e/f'), 'file://e/f');
assert.strictEqual(url.resolve('http://x/a/', 'javascript:x'), 'javascript:x');

const resolved = url.resolveObject('http://x/a/b', '../c?d#e');
assert.ok(resolved instanceof url.Url);
assert.deepStrictEqual({ ...resolved }, {
  protocol: 'http:', slashes: true, auth: null, host: 'x', port: null, hostname: 'x',
  hash: '#e', search: '?d', query: 'd', pathname: '/c', path: '/c?d', href: 'http://x/c?d#e',
});
assert.strictEqual(url.resolveObject('', 'a'), 'a');
