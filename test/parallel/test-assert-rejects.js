'use strict';
// assert.rejects / assert.doesNotReject.
const common = require('../common');
const assert = require('assert');

(async () => {
  await assert.rejects(Promise.reject(new TypeError('x')), TypeError);
  await assert.rejects(async () => { throw new Error('boom'); }, { message: 'boom' });
  await assert.doesNotReject(Promise.resolve(1));
  await assert.doesNotReject(async () => {});

  await assert.rejects(assert.rejects(Promise.resolve()), {
    code: 'ERR_ASSERTION',
    operator: 'rejects',
    message: 'Missing expected rejection.',
  });
  await assert.rejects(assert.rejects(Promise.resolve(), TypeError), {
    message: 'Missing expected rejection (TypeError).',
  });
  await assert.rejects(assert.rejects(() => Promise.reject(new Error('x')), TypeError), {
    code: 'ERR_ASSERTION',
    message: 'The error is expected to be an instance of "TypeError". Received "Error"' +
      '\n\nError message:\n\nx',
  });
  await assert.rejects(assert.doesNotReject(Promise.reject(new Error('x'))), {
    code: 'ERR_ASSERTION',
    operator: 'doesNotReject',
    message: 'Got unwanted rejection.\nActual message: "x"',
  });

  // promiseFn must return a promise; anything else is a usage error.
  await assert.rejects(assert.rejects(() => 5), {
    code: 'ERR_INVALID_RETURN_VALUE',
    message: 'Expected instance of Promise to be returned from the "promiseFn" function ' +
      'but got type number (5).',
  });
  await assert.rejects(assert.doesNotReject(5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "promiseFn" argument must be of type function or an instance of Promise. ' +
      'Received type number (5)',
  });
  // A function that throws synchronously is not a rejection.
  const err = new Error('sync');
  await assert.rejects(assert.rejects(() => { throw err; }), (e) => e === err);
})().then(common.mustCall());
