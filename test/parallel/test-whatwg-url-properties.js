'use strict';
// The URL class: its shape, statics, errors, and url.domainTo*/urlToHttpOptions.
require('../common');
const assert = require('node:assert');
const url = require('node:url');

assert.strictEqual(url.URL, URL);
assert.strictEqual(url.URLSearchParams, URLSearchParams);
const desc = Object.getOwnPropertyDescriptor(globalThis, 'URL');
assert.strictEqual(desc.enumerable, false);
assert.strictEqual(desc.writable, true);
assert.deepStrictEqual(Object.getOwnPropertyNames(URL.prototype), [
  'constructor', 'toString', 'href', 'origin', 'protocol', 'username', 'password', 'host',
  'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON',
]);
const href = Object.getOwnPropertyDescriptor(URL.prototype, 'href');
assert.strictEqual(href.enumerable, true);
assert.strictEqual(typeof href.set, 'function');
assert.strictEqual(URL.length, 1);
assert.strictEqual(Object.prototype.toString.call(new URL('a:b')), '[object URL]');

assert.throws(() => new URL('foo', 'bar'), (err) => {
  assert.strictEqual(err.code, 'ERR_INVALID_URL');
  assert.strictEqual(err.name, 'TypeError');
  assert.strictEqual(err.message, 'Invalid URL');
  assert.strictEqual(err.input, 'foo');
  assert.strictEqual(err.base, 'bar');
  assert.deepStrictEqual(Object.keys(err), ['code', 'input', 'base']);
  return true;
});
assert.throws(() => new URL(), {
  code: 'ERR_MISSING_ARGS', message: 'The "url" argument must be specified',
});
const u = new URL('http://x/');
assert.throws(() => { u.href = 'bad'; }, { code: 'ERR_INVALID_URL', input: 'bad' });
assert.strictEqual(JSON.stringify(u), '"http://x/"');

assert.strictEqual(URL.canParse('a:b'), true);
assert.strictEqual(URL.canParse('a', 'b'), false);
assert.strictEqual(URL.canParse('a', 'http://x'), true);
assert.strictEqual(URL.parse('x'), null);
assert.strictEqual(URL.parse('a', 'http://x/').href, 'http://x/a');
assert.throws(() => URL.createObjectURL({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "obj" argument must be an instance of Blob. Received an instance of Object',
});
assert.strictEqual(URL.revokeObjectURL('x'), undefined);
assert.throws(() => URL.revokeObjectURL(), { code: 'ERR_MISSING_ARGS' });

// Setters that Node 20 handles its own way.
const p = new URL('http://x:81/');
p.port = '\n\n';
assert.strictEqual(p.href, 'http://x/');
p.port = '8080abc';
assert.strictEqual(p.port, '8080');
p.port = 80;
assert.strictEqual(p.port, '');

assert.strictEqual(url.domainToASCII('1.2.3'), '1.2.0.3');
assert.strictEqual(url.domainToASCII('xn--i\u00f1valid.com'), '');
assert.strictEqual(url.domainToASCII('\uff21\uff22.com'), 'ab.com');
assert.strictEqual(url.domainToASCII('ex:80'), '');
assert.strictEqual(url.domainToUnicode('xn--fa-hia.de.'), 'fa\u00df.de.');
assert.strictEqual(url.domainToUnicode('EXAMPLE.com'), 'example.com');
assert.strictEqual(url.domainToUnicode('xn--80a.com'), '\u0430.com');
assert.throws(() => url.domainToASCII(), { code: 'ERR_MISSING_ARGS' });

assert.deepStrictEqual(url.urlToHttpOptions(new URL('http://u:p%20x@[::1]:81/a?b#c')), {
  __proto__: null,
  protocol: 'http:', hostname: '::1', hash: '#c', search: '?b', pathname: '/a',
  path: '/a?b', href: 'http://u:p%20x@[::1]:81/a?b#c', port: 81, auth: 'u:p x',
});
