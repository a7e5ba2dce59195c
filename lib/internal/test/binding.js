'use strict';

// require('internal/test/binding') under --expose-internals, as Node's own tests use it:
// rt's internalBinding (its bindings are rt's, not Node's).

process.emitWarning('These APIs are for internal testing only. Do not use them.',
                    'internal/test/binding');

module.exports = { internalBinding };
