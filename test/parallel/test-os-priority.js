'use strict';
// os.getPriority()/os.setPriority(): argument checks with Node's errors, and
// the priority of this process can be read and set back to itself.
require('../common');
const assert = require('node:assert');
const os = require('node:os');

const current = os.getPriority();
assert.ok(Number.isInteger(current) && current >= -20 && current <= 19);
assert.strictEqual(os.getPriority(0), current);
assert.strictEqual(os.getPriority(process.pid), current);
os.setPriority(current);
os.setPriority(0, current);
assert.strictEqual(os.getPriority(), current);

assert.throws(() => os.getPriority('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "pid" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => os.getPriority(1.5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "pid" is out of range. It must be an integer. Received 1.5',
});
assert.throws(() => os.setPriority(0, 20), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "priority" is out of range. It must be >= -20 && <= 19. Received 20',
});
assert.throws(() => os.setPriority(-21), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "priority" is out of range. It must be >= -20 && <= 19. Received -21',
});
assert.throws(() => os.setPriority('0', 1), { code: 'ERR_INVALID_ARG_TYPE' });

// A process that does not exist.
assert.throws(() => os.getPriority(2 ** 30), {
  name: 'SystemError',
  code: 'ERR_SYSTEM_ERROR',
  message: 'A system error occurred: uv_os_getpriority returned ESRCH (no such process)',
  info: { errno: -os.constants.errno.ESRCH, code: 'ESRCH', message: 'no such process',
          syscall: 'uv_os_getpriority' },
});
