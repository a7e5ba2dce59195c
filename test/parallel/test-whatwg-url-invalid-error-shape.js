'use strict';
// new URL() fails with Node's C++-made error: `TypeError: Invalid URL` with code, input
// and base properties but no [code] in its name; the href setter's is a JS NodeError.
require('../common');
const assert = require('assert');

for (const [args, keys] of [[['bad'], ['code', 'input']],
                            [['/x', 'bad base'], ['code', 'input', 'base']]]) {
  try {
    new URL(...args);
    assert.fail('no error');
  } catch (err) {
    assert.strictEqual(String(err), 'TypeError: Invalid URL');
    assert.strictEqual(err.stack.split('\n')[0], 'TypeError: Invalid URL');
    assert.match(err.stack.split('\n')[1], /^ {4}at new URL \(/);
    assert.deepStrictEqual(Object.keys(err), keys);
    assert.strictEqual(err.code, 'ERR_INVALID_URL');
    assert.strictEqual(err.input, args[0]);
    assert.strictEqual(err.base, args[1]);
  }
}

const url = new URL('http://a');
assert.throws(() => { url.href = 'bad'; }, (err) => {
  assert.strictEqual(String(err), 'TypeError [ERR_INVALID_URL]: Invalid URL');
  assert.strictEqual(err.input, 'bad');
  return true;
});
