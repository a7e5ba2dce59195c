'use strict';
// os.constants: signals, errno and priority numbers, not replaceable.
require('../common');
const assert = require('node:assert');
const os = require('node:os');

const { signals, errno, priority, dlopen } = os.constants;
assert.strictEqual(signals.SIGHUP, 1);
assert.strictEqual(signals.SIGINT, 2);
assert.strictEqual(signals.SIGKILL, 9);
assert.strictEqual(signals.SIGTERM, 15);
assert.strictEqual(errno.ENOENT, 2);
assert.strictEqual(errno.EACCES, 13);
assert.strictEqual(errno.EADDRINUSE, 98);
assert.deepStrictEqual({ ...priority }, {
  PRIORITY_LOW: 19,
  PRIORITY_BELOW_NORMAL: 10,
  PRIORITY_NORMAL: 0,
  PRIORITY_ABOVE_NORMAL: -7,
  PRIORITY_HIGH: -14,
  PRIORITY_HIGHEST: -20,
});
assert.strictEqual(dlopen.RTLD_LAZY, 1);
assert.strictEqual(os.constants.UV_UDP_REUSEADDR, 4);

const descriptor = Object.getOwnPropertyDescriptor(os, 'constants');
assert.strictEqual(descriptor.writable, false);
assert.strictEqual(descriptor.configurable, false);
assert.strictEqual(descriptor.enumerable, true);

assert.deepStrictEqual(Object.keys(os), [
  'arch', 'availableParallelism', 'cpus', 'endianness', 'freemem', 'getPriority',
  'homedir', 'hostname', 'loadavg', 'networkInterfaces', 'platform', 'release',
  'setPriority', 'tmpdir', 'totalmem', 'type', 'userInfo', 'uptime', 'version',
  'machine', 'constants', 'EOL', 'devNull',
]);
