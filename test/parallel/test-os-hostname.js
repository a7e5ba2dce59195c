'use strict';
// os.hostname() is the kernel's host name; the function also converts to it.
require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');

const expected = fs.readFileSync('/proc/sys/kernel/hostname', 'utf8').trim();
assert.strictEqual(os.hostname(), expected);
assert.strictEqual(`${os.hostname}`, expected);
