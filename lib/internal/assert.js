// Internal invariant checks for lib/: a failed check is a bug in rt, reported
// as ERR_INTERNAL_ASSERTION.
'use strict';

let ERR_INTERNAL_ASSERTION;
function lazyError() {
  ERR_INTERNAL_ASSERTION ??= require('internal/errors').codes.ERR_INTERNAL_ASSERTION;
  return ERR_INTERNAL_ASSERTION;
}

function assert(value, message) {
  if (!value) {
    const ERR = lazyError();
    throw new ERR(message);
  }
}

function fail(message) {
  const ERR = lazyError();
  throw new ERR(message);
}

assert.fail = fail;

module.exports = assert;
