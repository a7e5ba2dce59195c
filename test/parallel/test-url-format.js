'use strict';
// url.format() of legacy objects, strings and WHATWG URLs with options.
require('../common');
const assert = require('node:assert');
const url = require('node:url');

const cases = [
  [{ protocol: 'http', host: 'a', pathname: 'b#?', query: { a: [1, 2] }, hash: 'h' },
   'http://a/b%23%3F?a=1&a=2#h'],
  [{ protocol: 'file', pathname: '/x' }, 'file:///x'],
  [{ protocol: 'file:' }, 'file://'],
  [{ hostname: '::1', port: 8 }, '[::1]:8'],
  [{ protocol: 'mailto', auth: 'a b', hostname: 'x' }, 'mailto:a%20b@x'],
  [{ protocol: 'http:', slashes: true, pathname: 'x' }, 'http:///x'],
  [{ search: 'a#b', hash: 'c' }, '?a%23b#c'],
  [{ query: 'str' }, ''],
  [{ query: { a: 'b c', d: ['\u00e9', true] } }, '?a=b%20c&d=%C3%A9&d=true'],
  [{ protocol: 'xmpp', host: 'jabber.org', auth: 'isaacs' }, 'xmpp:isaacs@jabber.org'],
  [{}, ''],
  [{ href: 'ignored', pathname: '/p' }, '/p'],
  [{ auth: '\u00e9@:', host: 'h' }, '%C3%A9%40:@h'],
  [{ host: 'h', hostname: 'ignored', port: 9 }, 'h'],
  ['http://x/y?z', 'http://x/y?z'],
  ['HTTP://X.com', 'http://x.com/'],
];
for (const [input, expected] of cases) {
  assert.strictEqual(url.format(input), expected, JSON.stringify(input));
}
// Every ASCII character in auth: which ones stay unescaped.
let all = '';
for (let i = 0; i < 128; i++) all += String.fromCharCode(i);
assert.strictEqual(url.format({ auth: all, host: 'x' }),
                   '%00%01%02%03%04%05%06%07%08%09%0A%0B%0C%0D%0E%0F%10%11%12%13%14%15%16%17' +
                   '%18%19%1A%1B%1C%1D%1E%1F%20!%22%23%24%25%26\'()*%2B%2C-.%2F0123456789:%3B' +
                   '%3C%3D%3E%3F%40ABCDEFGHIJKLMNOPQRSTUVWXYZ%5B%5C%5D%5E_%60abcdefghijklmnop' +
                   'qrstuvwxyz%7B%7C%7D~%7F@x');

const whatwg = new URL('http://user:pw@xn--nicode-2ya.com:81/p?q#h');
assert.strictEqual(url.format(whatwg), 'http://user:pw@xn--nicode-2ya.com:81/p?q#h');
assert.strictEqual(url.format(whatwg, {}), 'http://user:pw@xn--nicode-2ya.com:81/p?q#h');
assert.strictEqual(url.format(whatwg, { unicode: true }),
                   'http://user:pw@\u00fcnicode.com:81/p?q#h');
assert.strictEqual(url.format(whatwg, { auth: false }), 'http://xn--nicode-2ya.com:81/p?q#h');
assert.strictEqual(url.format(whatwg, { fragment: false }),
                   'http://user:pw@xn--nicode-2ya.com:81/p?q');
assert.strictEqual(url.format(whatwg, { search: false }),
                   'http://user:pw@xn--nicode-2ya.com:81/p#h');
assert.strictEqual(url.format(whatwg, { unicode: 1, auth: 0, fragment: 0, search: 0 }),
                   'http://\u00fcnicode.com:81/p');

assert.throws(() => url.format(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "urlObject" argument must be one of type object or string. ' +
           'Received type number (5)',
});
assert.throws(() => url.format(whatwg, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
