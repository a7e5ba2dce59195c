'use strict';
// util.promisify: resolves with the callback's value, rejects with its error,
// keeps `this`, honours util.promisify.custom and copies own properties.
const common = require('../common');
const assert = require('node:assert');
const util = require('node:util');

assert.strictEqual(util.promisify.custom, Symbol.for('nodejs.util.promisify.custom'));

function add(a, b, cb) {
  cb(null, a + b, 'ignored');
}
add.extra = 'prop';
const addAsync = util.promisify(add);
assert.strictEqual(addAsync.extra, 'prop');
assert.strictEqual(addAsync.name, 'add');
assert.strictEqual(addAsync.length, 3);
assert.strictEqual(util.promisify(addAsync), addAsync);
assert.strictEqual(addAsync[util.promisify.custom], addAsync);

function custom() {}
const replacement = () => Promise.resolve('custom');
custom[util.promisify.custom] = replacement;
assert.strictEqual(util.promisify(custom), replacement);

const bad = () => {};
bad[util.promisify.custom] = 1;
assert.throws(() => util.promisify(bad), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "util.promisify.custom" property must be of type function. ' +
           'Received type number (1)',
});
assert.throws(() => util.promisify(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "original" argument must be of type function. Received type number (1)',
});

(async () => {
  assert.strictEqual(await addAsync(1, 2), 3);

  const err = new Error('fail');
  await assert.rejects(util.promisify((cb) => cb(err))(), err);

  const obj = {
    value: 42,
    method: util.promisify(function(cb) { cb(null, this.value); }),
  };
  assert.strictEqual(await obj.method(), 42);

  // A synchronous throw rejects the promise.
  await assert.rejects(util.promisify(() => { throw err; })(), err);

  // Falsy errors count as success.
  assert.strictEqual(await util.promisify((cb) => cb(0, 'v'))(), 'v');
})().then(common.mustCall());
