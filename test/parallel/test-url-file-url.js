'use strict';
// url.fileURLToPath() and url.pathToFileURL() on POSIX.
require('../common');
const assert = require('node:assert');
const path = require('node:path');
const url = require('node:url');

assert.strictEqual(url.fileURLToPath('file:///a%20b/%E2%82%AC'), '/a b/\u20ac');
assert.strictEqual(url.fileURLToPath(new URL('file://localhost/etc/x')), '/etc/x');
assert.strictEqual(url.fileURLToPath({ href: 'file:///x', protocol: 'file:', pathname: '/x',
                                       hostname: '' }), '/x');

assert.throws(() => url.fileURLToPath('file:///a%2fb'), {
  code: 'ERR_INVALID_FILE_URL_PATH', name: 'TypeError',
  message: 'File URL path must not include encoded / characters',
});
assert.throws(() => url.fileURLToPath('file:///a%2Fb'), { code: 'ERR_INVALID_FILE_URL_PATH' });
assert.throws(() => url.fileURLToPath('file://host/a'), {
  code: 'ERR_INVALID_FILE_URL_HOST', name: 'TypeError',
  message: 'File URL host must be "localhost" or empty on linux',
});
assert.throws(() => url.fileURLToPath('http://x/'), {
  code: 'ERR_INVALID_URL_SCHEME', name: 'TypeError', message: 'The URL must be of scheme file',
});
assert.throws(() => url.fileURLToPath('notaurl'), {
  code: 'ERR_INVALID_URL', name: 'TypeError', message: 'Invalid URL', input: 'notaurl',
});
for (const [value, received] of [[5, 'type number (5)'], [{}, 'an instance of Object'],
                                 [null, 'null']]) {
  assert.throws(() => url.fileURLToPath(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "path" argument must be of type string or an instance of URL. ' +
             `Received ${received}`,
  });
}

assert.strictEqual(url.pathToFileURL('/a?b#c%d\\e\nf\tg\rh').href,
                   'file:///a%3Fb%23c%25d%5Ce%0Af%09g%0Dh');
assert.strictEqual(url.pathToFileURL('/x/../y ').href, 'file:///y%20');
assert.strictEqual(url.pathToFileURL('/\u20ac').href, 'file:///%E2%82%AC');
assert.strictEqual(url.pathToFileURL('rel/').href,
                   new URL(`file://${path.resolve('rel')}/`).href);
assert.ok(url.pathToFileURL('/a') instanceof URL);
assert.throws(() => url.pathToFileURL(5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string. Received type number (5)',
});

// Round trips.
for (const p of ['/tmp/a b', '/tmp/%', '/tmp/\\', '/tmp/\n\t', '/tmp/?#']) {
  assert.strictEqual(url.fileURLToPath(url.pathToFileURL(p)), p);
}
