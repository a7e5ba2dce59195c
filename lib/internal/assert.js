// Internal invariant checks for lib/: a failed check is a bug in rt, reported as
// ERR_INTERNAL_ASSERTION, thrown from line 14 like Node's (an uncaught one prints it).
'use strict';

let errorClass;
function lazyError() {
  errorClass ??= require('internal/errors').codes.ERR_INTERNAL_ASSERTION;
  return errorClass;
}

function assert(value, message) {
  if (!value) {
    const ERR_INTERNAL_ASSERTION = lazyError();
    throw new ERR_INTERNAL_ASSERTION(message);
  }
}

function fail(message) {
  const ERR_INTERNAL_ASSERTION = lazyError();
  throw new ERR_INTERNAL_ASSERTION(message);
}

assert.fail = fail;

module.exports = assert;
