'use strict';
// util.getSystemErrorName and util.getSystemErrorMap.
require('../common');
const assert = require('node:assert');
const os = require('node:os');
const util = require('node:util');

const { ENOENT, EACCES, EADDRINUSE } = os.constants.errno;
assert.strictEqual(util.getSystemErrorName(-ENOENT), 'ENOENT');
assert.strictEqual(util.getSystemErrorName(-EACCES), 'EACCES');
assert.strictEqual(util.getSystemErrorName(-EADDRINUSE), 'EADDRINUSE');
assert.strictEqual(util.getSystemErrorName(-9999), 'Unknown system error -9999');

const map = util.getSystemErrorMap();
assert.ok(map instanceof Map);
assert.deepStrictEqual(map.get(-ENOENT), ['ENOENT', 'no such file or directory']);
assert.deepStrictEqual(map.get(-EADDRINUSE), ['EADDRINUSE', 'address already in use']);

for (const value of [0, 1, 1.5, -1.5, Infinity]) {
  assert.throws(() => util.getSystemErrorName(value), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "err" is out of range. It must be a negative integer. ' +
             `Received ${value}`,
  });
}
assert.throws(() => util.getSystemErrorName('-2'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "err" argument must be of type number. Received type string (\'-2\')',
});

// util._errnoException and util._exceptionWithHostPort check the errno the same way.
for (const fn of [util._errnoException, util._exceptionWithHostPort]) {
  assert.throws(() => fn('x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "err" argument must be of type number. Received type string (\'x\')',
  });
  assert.throws(() => fn(1e10, 'open'), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "err" is out of range. It must be a negative integer. ' +
             'Received 10_000_000_000',
  });
}
const errnoErr = util._errnoException(-ENOENT, 'open');
assert.strictEqual(errnoErr.code, 'ENOENT');
assert.strictEqual(errnoErr.message, 'open ENOENT');
const hostErr = util._exceptionWithHostPort(-EADDRINUSE, 'listen', '127.0.0.1', 80);
assert.strictEqual(hostErr.message, 'listen EADDRINUSE 127.0.0.1:80');
