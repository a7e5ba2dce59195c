'use strict';
// assert.fail and assert.ifError.
require('../common');
const assert = require('assert');

assert.throws(() => assert.fail(), {
  code: 'ERR_ASSERTION',
  name: 'AssertionError',
  message: 'Failed',
  operator: 'fail',
  generatedMessage: true,
  actual: undefined,
  expected: undefined,
});
assert.throws(() => assert.fail('boom'), {
  message: 'boom',
  operator: 'fail',
  generatedMessage: false,
});
{
  const err = new TypeError('own');
  assert.throws(() => assert.fail(err), (e) => e === err);
}

// ifError passes on null and undefined only.
assert.ifError(null);
assert.ifError(undefined);
assert.throws(() => assert.ifError(new Error('bad')), {
  code: 'ERR_ASSERTION',
  operator: 'ifError',
  message: 'ifError got unwanted exception: bad',
});
assert.throws(() => assert.ifError('str'), {
  message: "ifError got unwanted exception: 'str'",
});
assert.throws(() => assert.ifError(0), {
  message: 'ifError got unwanted exception: 0',
});
assert.throws(() => assert.ifError(new TypeError('')), {
  message: 'ifError got unwanted exception: TypeError',
});
// The original error's frames are appended to the new stack.
{
  const original = new Error('orig');
  try {
    assert.ifError(original);
  } catch (err) {
    const frame = original.stack.split('\n')[1];
    assert.ok(err.stack.includes(frame));
    assert.strictEqual(err.actual, original);
  }
}
