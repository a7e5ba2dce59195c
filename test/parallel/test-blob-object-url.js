'use strict';
// URL.createObjectURL / revokeObjectURL and buffer.resolveObjectURL.
const common = require('../common');
const assert = require('node:assert');
const { resolveObjectURL } = require('node:buffer');

const blob = new Blob(['hello'], { type: 'text/plain' });
const url = URL.createObjectURL(blob);
assert.match(url, /^blob:nodedata:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
const resolved = resolveObjectURL(url);
assert.ok(resolved instanceof Blob);
assert.notStrictEqual(resolved, blob);
assert.strictEqual(resolved.size, 5);
assert.strictEqual(resolved.type, 'text/plain');
resolved.text().then(common.mustCall((text) => assert.strictEqual(text, 'hello')));

for (const other of ['blob:nodedata:nope', 'http://x', 'notaurl']) {
  assert.strictEqual(resolveObjectURL(other), undefined);
}
URL.revokeObjectURL(url);
assert.strictEqual(resolveObjectURL(url), undefined);

assert.throws(() => URL.createObjectURL('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "obj" argument must be an instance of Blob. Received type string (\'x\')',
});
