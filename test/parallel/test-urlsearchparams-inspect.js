'use strict';
// util.inspect() of URLSearchParams, its iterators, and URL.
require('../common');
const assert = require('node:assert');
const util = require('node:util');

const params = new URLSearchParams('a=1&b=2&a=3');
assert.strictEqual(util.inspect(params), "URLSearchParams { 'a' => '1', 'b' => '2', 'a' => '3' }");
assert.strictEqual(util.inspect(new URLSearchParams()), 'URLSearchParams {}');
assert.strictEqual(util.inspect(params, { breakLength: 10 }),
                   "URLSearchParams {\n  'a' => '1',\n  'b' => '2',\n  'a' => '3' }");
assert.strictEqual(util.inspect({ x: { y: { z: params } } }), '{ x: { y: { z: [Object] } } }');
assert.strictEqual(util.inspect(params.keys()), "URLSearchParams Iterator { 'a', 'b', 'a' }");
assert.strictEqual(util.inspect(params.values()), "URLSearchParams Iterator { '1', '2', '3' }");
const entries = params.entries();
entries.next();
assert.strictEqual(util.inspect(entries),
                   "URLSearchParams Iterator { [ 'b', '2' ], [ 'a', '3' ] }");
const done = params.keys();
for (let i = 0; i < 3; i++) done.next();
assert.strictEqual(util.inspect(done), 'URLSearchParams Iterator {  }');
assert.deepStrictEqual(done.next(), { value: undefined, done: true });

const url = new URL('https://user:pw@example.com:8080/a/b?x=1&y=2#h');
assert.strictEqual(util.inspect(url), `URL {
  href: 'https://user:pw@example.com:8080/a/b?x=1&y=2#h',
  origin: 'https://example.com:8080',
  protocol: 'https:',
  username: 'user',
  password: 'pw',
  host: 'example.com:8080',
  hostname: 'example.com',
  port: '8080',
  pathname: '/a/b',
  search: '?x=1&y=2',
  searchParams: URLSearchParams { 'x' => '1', 'y' => '2' },
  hash: '#h'
}`);
assert.match(util.inspect(url, { depth: 0 }), /searchParams: \[Object\],/);
assert.strictEqual(util.inspect({ a: { b: { c: url } } }), '{ a: { b: { c: URL {} } } }');
