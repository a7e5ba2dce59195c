'use strict';
// AbortSignal.timeout() does not keep the process alive, even with listeners:
// the process exits before the signal aborts.
const common = require('../common');

const signal = AbortSignal.timeout(1000);
signal.addEventListener('abort', common.mustNotCall());
signal.onabort = common.mustNotCall();
