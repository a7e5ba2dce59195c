'use strict';
// process.exitCode validation, 'beforeExit' firing again when its listener
// schedules work, and process.exit(n) reaching 'exit' listeners with n.
require('../common');
const assert = require('node:assert');

assert.strictEqual(process.exitCode, undefined);

// Accepted values are integers, integer strings, null and undefined.
for (const value of ['2', -1, 0, null, undefined]) {
  process.exitCode = value;
  assert.strictEqual(process.exitCode, value);
}

for (const value of ['a', '', true, 2n, {}]) {
  assert.throws(() => { process.exitCode = value; }, {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
  });
}
assert.throws(() => { process.exitCode = 1.5; }, {
  code: 'ERR_OUT_OF_RANGE',
  name: 'RangeError',
  message: 'The value of "code" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => process.exit('a'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "code" argument must be of type number. Received type string (\'a\')',
});
assert.throws(() => process.exit(2.5), { code: 'ERR_OUT_OF_RANGE' });
// A failed process.exit() leaves exitCode alone.
assert.strictEqual(process.exitCode, undefined);

const events = [];
let beforeExitCount = 0;
let reachedAfterExit = false;

process.on('beforeExit', (code) => {
  beforeExitCount++;
  events.push(`beforeExit ${code} ${process.exitCode}`);
  if (beforeExitCount === 1) {
    // Scheduling work here keeps the loop alive and 'beforeExit' fires again.
    process.exitCode = 4;
    // (The timer starts from the immediate: a 1 ms timer started beside it may be due
    // first on a busy machine.)
    setImmediate(() => {
      events.push('immediate');
      setTimeout(() => events.push('timeout'), 1);
    });
  } else {
    process.exit(5);
    reachedAfterExit = true;
  }
});

process.on('exit', (code) => {
  events.push(`exit ${code} ${process.exitCode}`);
  assert.strictEqual(reachedAfterExit, false);
  assert.strictEqual(beforeExitCount, 2);
  assert.deepStrictEqual(events, [
    'beforeExit 3 3',
    'immediate',
    'timeout',
    'beforeExit 4 4',
    'exit 5 5',
  ]);
  // Work scheduled from 'exit' never runs: the process is already leaving.
  setTimeout(() => process.exit(1), 0);
  setImmediate(() => process.exit(1));
  // The exit code is read after the listeners: turn the 5 into a pass.
  process.exitCode = 0;
});

process.exitCode = 3;
