'use strict';
// Argument errors of process.setUncaughtExceptionCaptureCallback, cpuUsage and
// setSourceMapsEnabled.
require('../common');
const assert = require('assert');

assert.throws(() => process.setUncaughtExceptionCaptureCallback('x'), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "fn" argument must be of type function or null. ' +
           "Received type string ('x')",
});
process.setUncaughtExceptionCaptureCallback(() => {});
assert.strictEqual(process.hasUncaughtExceptionCaptureCallback(), true);
assert.throws(() => process.setUncaughtExceptionCaptureCallback(() => {}), {
  name: 'Error',
  code: 'ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
  message: '`process.setupUncaughtExceptionCapture()` was called while a capture ' +
           'callback was already active',
});
process.setUncaughtExceptionCaptureCallback(null);
assert.strictEqual(process.hasUncaughtExceptionCaptureCallback(), false);
process.setUncaughtExceptionCaptureCallback(() => {});
process.setUncaughtExceptionCaptureCallback(null);

assert.throws(() => process.cpuUsage({ user: -1, system: 0 }), {
  name: 'RangeError',
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The property 'prevValue.user' is invalid. Received -1",
});
assert.throws(() => process.cpuUsage({ user: 0, system: Infinity }), {
  name: 'RangeError',
  code: 'ERR_INVALID_ARG_VALUE',
});

assert.strictEqual(process.sourceMapsEnabled, false);
assert.strictEqual(process.setSourceMapsEnabled(false), undefined);
assert.throws(() => process.setSourceMapsEnabled('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "val" argument must be of type boolean. Received type string (\'x\')',
});
