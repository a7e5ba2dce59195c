'use strict';
// os.totalmem() is MemTotal from /proc/meminfo in bytes; os.freemem() is a
// byte count no larger than it.
require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');

const meminfo = fs.readFileSync('/proc/meminfo', 'utf8');
const memTotalKb = Number(/^MemTotal:\s+(\d+) kB$/m.exec(meminfo)[1]);

assert.strictEqual(os.totalmem(), memTotalKb * 1024);
assert.strictEqual(+os.totalmem, memTotalKb * 1024);

const free = os.freemem();
assert.strictEqual(typeof free, 'number');
assert.ok(Number.isInteger(free) && free > 0 && free <= os.totalmem());
