'use strict';
// structuredClone(): DataCloneError for values that cannot be cloned, argument
// checks, and { transfer } detaching ArrayBuffers.
require('../common');
const assert = require('node:assert');

function dataCloneError(message) {
  return (err) => {
    assert.ok(err instanceof DOMException);
    assert.strictEqual(err.name, 'DataCloneError');
    assert.strictEqual(err.code, 25);
    assert.strictEqual(err.message, message);
    return true;
  };
}

assert.throws(() => structuredClone(() => {}), dataCloneError('() => {} could not be cloned.'));
assert.throws(() => structuredClone({ a: function foo() {} }),
              dataCloneError('function foo() {} could not be cloned.'));
assert.throws(() => structuredClone(Symbol('x')), dataCloneError('Symbol(x) could not be cloned.'));
assert.throws(() => structuredClone({ s: Symbol() }), dataCloneError('Symbol() could not be cloned.'));
assert.throws(() => structuredClone(new WeakMap()), dataCloneError('#<WeakMap> could not be cloned.'));
assert.throws(() => structuredClone(Promise.resolve()),
              dataCloneError('#<Promise> could not be cloned.'));
assert.throws(() => structuredClone(new Proxy({}, {})),
              dataCloneError('#<Object> could not be cloned.'));

// A getter that throws: its error comes through unchanged.
const boom = new Error('from getter');
assert.throws(() => structuredClone({ get x() { throw boom; } }), (err) => err === boom);

// Arguments.
function nativeTypeError(code, message) {
  return (err) => {
    assert.strictEqual(Object.getPrototypeOf(err), TypeError.prototype);
    assert.strictEqual(err.code, code);
    assert.strictEqual(err.message, message);
    return true;
  };
}
assert.throws(() => structuredClone(),
              nativeTypeError('ERR_MISSING_ARGS', 'The value argument must be specified'));
assert.strictEqual(structuredClone(undefined), undefined);
assert.deepStrictEqual(structuredClone({ a: 1 }, null), { a: 1 });
assert.deepStrictEqual(structuredClone({ a: 1 }, { transfer: null }), { a: 1 });
assert.deepStrictEqual(structuredClone({ a: 1 }, { transfer: undefined }), { a: 1 });
assert.deepStrictEqual(structuredClone({ a: 1 }, { transfer: new Set() }), { a: 1 });
assert.throws(() => structuredClone({ a: 1 }, 5),
              nativeTypeError('ERR_INVALID_ARG_TYPE',
                              'The options argument must be either an object or undefined'));
for (const transfer of [5, 'ab']) {
  assert.throws(() => structuredClone({ a: 1 }, { transfer }),
                nativeTypeError('ERR_INVALID_ARG_TYPE',
                                'Optional transferList argument must be an iterable'));
}
for (const item of [5, {}, new Uint8Array(1), new SharedArrayBuffer(1)]) {
  assert.throws(() => structuredClone({ a: 1 }, { transfer: [item] }),
                nativeTypeError('ERR_INVALID_TRANSFER_OBJECT',
                                'Found invalid object in transferList'));
}

// transfer: the buffer moves to the clone and the original is detached.
{
  const ab = new ArrayBuffer(4);
  new Uint8Array(ab)[0] = 7;
  const view = new Uint8Array(ab, 1);
  const r = structuredClone({ ab, view }, { transfer: [ab] });
  assert.strictEqual(ab.byteLength, 0);
  assert.strictEqual(view.length, 0);
  assert.strictEqual(r.ab.byteLength, 4);
  assert.strictEqual(new Uint8Array(r.ab)[0], 7);
  assert.strictEqual(r.view.buffer, r.ab);
  assert.strictEqual(r.view.length, 3);
  // A detached buffer cannot be cloned, but may stay in a transfer list.
  assert.throws(() => structuredClone(ab),
                dataCloneError('An ArrayBuffer is detached and could not be cloned.'));
  assert.strictEqual(structuredClone(1, { transfer: [ab] }), 1);
}
{
  // A transferred buffer that the value does not reference is detached too.
  const ab = new ArrayBuffer(2);
  assert.strictEqual(structuredClone('x', { transfer: [ab] }), 'x');
  assert.strictEqual(ab.byteLength, 0);
  const ab2 = new ArrayBuffer(2);
  assert.throws(() => structuredClone(ab2, { transfer: [ab2, ab2] }),
                dataCloneError('Transfer list contains duplicate ArrayBuffer'));
  assert.strictEqual(ab2.byteLength, 2);
}
