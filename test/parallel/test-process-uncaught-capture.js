'use strict';
// process.setUncaughtExceptionCaptureCallback() takes uncaught exceptions instead of
// 'uncaughtException' (the monitor event still fires first); a second callback
// without clearing the first throws.
const assert = require('assert');

const events = [];
process.on('uncaughtExceptionMonitor', (err, origin) => events.push(['monitor', err.message, origin]));
process.on('uncaughtException', () => events.push(['uncaughtException']));

assert.strictEqual(process.hasUncaughtExceptionCaptureCallback(), false);
process.setUncaughtExceptionCaptureCallback((err) => events.push(['captured', err.message]));
assert.strictEqual(process.hasUncaughtExceptionCaptureCallback(), true);
assert.throws(() => process.setUncaughtExceptionCaptureCallback(() => {}),
              { code: 'ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET' });
assert.throws(() => process.setUncaughtExceptionCaptureCallback('x'),
              { code: 'ERR_INVALID_ARG_TYPE' });

setTimeout(() => { throw new Error('first'); }, 1);
setTimeout(() => {
  process.setUncaughtExceptionCaptureCallback(null);
  assert.strictEqual(process.hasUncaughtExceptionCaptureCallback(), false);
  setTimeout(() => { throw new Error('second'); }, 1);
}, 10);

process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(events, [
    ['monitor', 'first', 'uncaughtException'],
    ['captured', 'first'],
    ['monitor', 'second', 'uncaughtException'],
    ['uncaughtException'],
  ]);
});
