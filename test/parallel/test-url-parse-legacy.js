'use strict';
// url.parse(): Node's legacy lenient parser, quirks included.
const common = require('../common');
const assert = require('node:assert');
const url = require('node:url');

function parsed(input, ...args) {
  return { ...url.parse(input, ...args) };
}

const base = {
  protocol: null, slashes: null, auth: null, host: null, port: null, hostname: null,
  hash: null, search: null, query: null, pathname: null, path: null, href: null,
};

assert.deepStrictEqual(parsed('HTTP://USER:PW@HOST.COM:8080/P/A/T/H?QUERY=STRING#HASH'), {
  ...base, protocol: 'http:', slashes: true, auth: 'USER:PW', host: 'host.com:8080',
  port: '8080', hostname: 'host.com', hash: '#HASH', search: '?QUERY=STRING',
  query: 'QUERY=STRING', pathname: '/P/A/T/H', path: '/P/A/T/H?QUERY=STRING',
  href: 'http://USER:PW@host.com:8080/P/A/T/H?QUERY=STRING#HASH',
});

// Simple paths take a fast path.
assert.deepStrictEqual(parsed('/a?b=c'), {
  ...base, search: '?b=c', query: 'b=c', pathname: '/a', path: '/a?b=c', href: '/a?b=c',
});
assert.deepStrictEqual(parsed('//foo/bar'), {
  ...base, pathname: '//foo/bar', path: '//foo/bar', href: '//foo/bar',
});
assert.deepStrictEqual(parsed('//foo/bar', false, true), {
  ...base, slashes: true, host: 'foo', hostname: 'foo', pathname: '/bar', path: '/bar',
  href: '//foo/bar',
});

// parseQueryString gives a null-prototype object, also when there is no query.
const withQuery = url.parse('http://x/?a=1&a=2&b=%20', true);
assert.deepStrictEqual(withQuery.query, { __proto__: null, a: ['1', '2'], b: ' ' });
assert.strictEqual(Object.getPrototypeOf(url.parse('/a', true).query), null);
assert.strictEqual(url.parse('/a', true).search, null);
assert.strictEqual(url.parse('/a?', true).search, '?');

// Backslashes before the query become slashes; characters get escaped.
assert.strictEqual(url.parse('http://a.com\\b\\c?d\\e').href, 'http://a.com/b/c?d%5Ce');
assert.strictEqual(url.parse('http://x/ <>"`{}|\\^\'').href,
                   'http://x/%20%3C%3E%22%60%7B%7D%7C/%5E%27');
assert.strictEqual(url.parse(' http://x.com/ a ').href, 'http://x.com/%20a');
assert.strictEqual(url.parse('\u00a0http://x/\ufeff').href, 'http://x/');

// Hosts: lower-cased, IDNA-encoded, cut at characters that cannot be in them.
assert.strictEqual(url.parse('http://\u00fcnicode.com/').host, 'xn--nicode-2ya.com');
assert.strictEqual(url.parse('http://A\u00df.com/').hostname, 'xn--a-qfa.com');
assert.strictEqual(url.parse('http://a\u3002b/').hostname, 'a.b');
assert.deepStrictEqual(parsed('http://ex ample.com/'), {
  ...base, protocol: 'http:', slashes: true, host: 'ex', hostname: 'ex',
  pathname: '%20ample.com/', path: '%20ample.com/', href: 'http://ex/%20ample.com/',
});
assert.strictEqual(url.parse('http://%41/').href, 'http:///%41/');
assert.strictEqual(url.parse('http://x\t\ny/').host, 'xy');
assert.strictEqual(url.parse('http://a@b@c/').auth, 'a@b');
assert.strictEqual(url.parse('http://a@b@c/').href, 'http://a%40b@c/');
assert.strictEqual(url.parse(`http://${'a'.repeat(256)}/`).href, 'http:///');
assert.deepStrictEqual(parsed('http://[::1]:8/x'), {
  ...base, protocol: 'http:', slashes: true, host: '[::1]:8', port: '8', hostname: '::1',
  pathname: '/x', path: '/x', href: 'http://[::1]:8/x',
});
assert.strictEqual(url.parse('http://a.com:65536/').port, '65536');
assert.strictEqual(url.parse('http://x:/').href, 'http://x/');

// Protocols without slashes, and javascript: which has no host.
assert.deepStrictEqual(parsed('mailto:a@b.com'), {
  ...base, protocol: 'mailto:', auth: 'a', host: 'b.com', hostname: 'b.com',
  href: 'mailto:a@b.com',
});
assert.deepStrictEqual(parsed('javascript:alert(1)'), {
  ...base, protocol: 'javascript:', pathname: 'alert(1)', path: 'alert(1)',
  href: 'javascript:alert(1)',
});
assert.strictEqual(url.parse('x:y/z').host, 'y');
assert.strictEqual(url.parse('http:x').pathname, 'x');
assert.strictEqual(url.parse('file:///C:/x').href, 'file:///C:/x');
assert.strictEqual(url.parse('http://x?a?b#c').search, '?a?b');
assert.strictEqual(url.parse('http://x/#a#b').hash, '#a#b');

// Hosts that IDNA rejects or that would end up with forbidden characters throw.
for (const input of ['http://xn--/', 'http://a\u200cb/p', 'http://[a b]/']) {
  assert.throws(() => url.parse(input),
                { code: 'ERR_INVALID_URL', name: 'TypeError', message: 'Invalid URL', input });
}
assert.throws(() => url.parse(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "url" argument must be of type string. Received type number (5)',
});

// A Url passes through unchanged.
const u = url.parse('http://x/');
assert.strictEqual(url.parse(u), u);
assert.ok(u instanceof url.Url);

// An invalid port is moved to the path, with a one-time DEP0170 warning.
process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.code, 'DEP0170');
  assert.strictEqual(warning.message, 'The URL http://a:b@c:xyz/ is invalid. ' +
                     'Future versions of Node.js will throw an error.');
}));
assert.deepStrictEqual(parsed('http://a:b@c:xyz/'), {
  ...base, protocol: 'http:', slashes: true, auth: 'a:b', host: 'c', hostname: 'c',
  pathname: '/:xyz/', path: '/:xyz/', href: 'http://a:b@c/:xyz/',
});
assert.strictEqual(url.parse('http://x.com:8080:90/').href, 'http://x.com:90/:8080/');
