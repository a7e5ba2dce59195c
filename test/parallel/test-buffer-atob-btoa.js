'use strict';
require('../common');
const assert = require('node:assert');
const buffer = require('node:buffer');

assert.strictEqual(buffer.atob, atob);
assert.strictEqual(buffer.btoa, btoa);
const desc = Object.getOwnPropertyDescriptor(globalThis, 'Buffer');
assert.strictEqual(desc.enumerable, false);
assert.strictEqual(Buffer, buffer.Buffer);
assert.ok(Object.keys(globalThis).includes('atob'));

assert.strictEqual(btoa('hello'), 'aGVsbG8=');
assert.strictEqual(btoa(''), '');
assert.strictEqual(btoa('\xff\xfe'), '//4=');
assert.strictEqual(btoa(undefined), 'dW5kZWZpbmVk');
assert.strictEqual(btoa(12), 'MTI=');
assert.strictEqual(atob('aGVsbG8='), 'hello');
assert.strictEqual(atob('aGVsbG8'), 'hello');
assert.strictEqual(atob(' aGV\tsb\nG8 '), 'hello');
assert.strictEqual(atob('//4='), '\xff\xfe');
assert.strictEqual(atob(''), '');
assert.strictEqual(atob('YQ=='), 'a');
assert.strictEqual(atob('YQ'), 'a');
assert.strictEqual(atob(null), '\x9e\xe9e');
const long = 'x'.repeat(100000);
assert.strictEqual(atob(btoa(long)), long);

function invalid(input, message) {
  assert.throws(() => atob(input), (err) => {
    assert.ok(err instanceof DOMException);
    assert.strictEqual(err.name, 'InvalidCharacterError');
    assert.strictEqual(err.code, 5);
    assert.strictEqual(err.message, message);
    return true;
  });
}
invalid('a', 'The string to be decoded is not correctly encoded.');
invalid('abcde', 'The string to be decoded is not correctly encoded.');
invalid(undefined, 'The string to be decoded is not correctly encoded.');
invalid('YQ=a', 'Invalid character');
invalid('YQ===', 'Invalid character');
invalid('YQ=', 'Invalid character');
invalid('Y*Q=', 'Invalid character');
invalid('YQ-_', 'Invalid character');
invalid('aGVsbG8=\u00e9', 'Invalid character');

assert.throws(() => btoa('\u0100'), (err) => {
  assert.ok(err instanceof DOMException);
  assert.strictEqual(err.name, 'InvalidCharacterError');
  assert.strictEqual(err.message, 'Invalid character');
  return true;
});
assert.throws(() => atob(), {
  code: 'ERR_MISSING_ARGS', name: 'TypeError', message: 'The "input" argument must be specified',
});
assert.throws(() => btoa(), { code: 'ERR_MISSING_ARGS' });
