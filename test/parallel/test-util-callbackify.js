'use strict';
// util.callbackify: the callback receives (null, value) or (reason); falsy
// rejection reasons are wrapped in ERR_FALSY_VALUE_REJECTION. The callback is
// called on a later tick.
const common = require('../common');
const assert = require('node:assert');
const util = require('node:util');

async function answer(a) {
  return a * 2;
}
const answerCb = util.callbackify(answer);
assert.strictEqual(answerCb.name, 'answerCallbackified');
assert.strictEqual(answerCb.length, 2);

let sync = true;
answerCb(21, common.mustSucceed((value) => {
  assert.strictEqual(sync, false);
  assert.strictEqual(value, 42);
}));
sync = false;

const err = new Error('no');
util.callbackify(() => Promise.reject(err))(common.mustCall((e, value) => {
  assert.strictEqual(e, err);
  assert.strictEqual(value, undefined);
}));

for (const falsy of [null, undefined, 0, '', false]) {
  util.callbackify(() => Promise.reject(falsy))(common.mustCall((e) => {
    assert.strictEqual(e.code, 'ERR_FALSY_VALUE_REJECTION');
    assert.strictEqual(e.message, 'Promise was rejected with falsy value');
    assert.strictEqual(e.reason, falsy);
    assert.ok(e instanceof Error);
  }));
}

const thisArg = { v: 1 };
util.callbackify(async function() { return this; }).call(thisArg, common.mustCall((e, v) => {
  assert.strictEqual(v, thisArg);
}));

assert.throws(() => util.callbackify('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "original" argument must be of type function. Received type string (\'x\')',
});
assert.throws(() => answerCb(1, 2), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The last argument must be of type function. Received type number (2)',
});
