'use strict';
// Runs every case of the web-platform-tests' urltestdata.json through URL.
require('../common');
const assert = require('node:assert');
const path = require('node:path');

const wpt = path.join(__dirname, '../../../shared/wpt/url');
const tests = require(path.join(wpt, 'urltestdata.json'))
  .concat(require(path.join(wpt, 'urltestdata-javascript-only.json')));

// Node 20 (ada 2.9) predates two later changes of the URL Standard, and rt
// follows Node: spaces at the end of an opaque path before ? or # stay spaces
// (now the last one becomes %20), and ^ is not percent-encoded in paths.
// [input, Node 20's href, Node 20's pathname]
const node20 = new Map([
  ["non-special:opaque  ?hi", "non-special:opaque  ?hi", "opaque  "],
  ["non-special:opaque  #hi", "non-special:opaque  #hi", "opaque  "],
  ["non-special:opaque \t\t  \t#hi", "non-special:opaque   #hi", "opaque   "],
  ["non-special:opaque \t\t  #hi", "non-special:opaque   #hi", "opaque   "],
  ["non-special:opaque\t\t  \r #hi", "non-special:opaque   #hi", "opaque   "],
  ["foo://host/ !\"$%&'()*+,-./:;<=>@[\\]^_`{|}~", "foo://host/%20!%22$%&'()*+,-./:;%3C=%3E@[\\]^_%60%7B|%7D~", "/%20!%22$%&'()*+,-./:;%3C=%3E@[\\]^_%60%7B|%7D~"],
  ["wss://host/ !\"$%&'()*+,-./:;<=>@[\\]^_`{|}~", "wss://host/%20!%22$%&'()*+,-./:;%3C=%3E@[/]^_%60%7B|%7D~", "/%20!%22$%&'()*+,-./:;%3C=%3E@[/]^_%60%7B|%7D~"],
].map(([input, href, pathname]) => [input, { href, pathname }]));

const props = ['href', 'protocol', 'username', 'password', 'host', 'hostname', 'port',
               'pathname', 'search', 'hash'];
let passed = 0;
let divergent = 0;
for (const test of tests) {
  if (typeof test === 'string') continue;
  const { input, base } = test;
  const what = `${JSON.stringify(input)} against ${JSON.stringify(base)}`;
  if (test.failure) {
    assert.throws(() => (base === null ? new URL(input) : new URL(input, base)),
                  { code: 'ERR_INVALID_URL', name: 'TypeError', message: 'Invalid URL', input },
                  what);
    assert.strictEqual(URL.canParse(input, base ?? undefined), false, what);
    passed++;
    continue;
  }
  const url = base === null ? new URL(input) : new URL(input, base);
  const expected = { ...test };
  if (node20.has(input)) {
    Object.assign(expected, node20.get(input));
    divergent++;
  }
  for (const prop of props) assert.strictEqual(url[prop], expected[prop], `${prop} of ${what}`);
  if ('origin' in test) assert.strictEqual(url.origin, test.origin, `origin of ${what}`);
  assert.strictEqual(url.searchParams.toString(), new URLSearchParams(url.search).toString());
  assert.strictEqual(String(url), url.href);
  assert.strictEqual(url.toJSON(), url.href);
  assert.strictEqual(URL.canParse(input, base ?? undefined), true, what);
  passed++;
}
assert.strictEqual(divergent, node20.size);
assert.strictEqual(passed, 878);
