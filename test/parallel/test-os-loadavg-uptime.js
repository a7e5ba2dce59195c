'use strict';
// os.loadavg() gives three non-negative numbers; os.uptime() is the system
// uptime in seconds, at least what /proc/uptime said just before.
require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');

const loadavg = os.loadavg();
assert.strictEqual(loadavg.length, 3);
for (const value of loadavg) {
  assert.strictEqual(typeof value, 'number');
  assert.ok(value >= 0);
}

const before = Number(fs.readFileSync('/proc/uptime', 'utf8').split(' ')[0]);
const uptime = os.uptime();
assert.strictEqual(typeof uptime, 'number');
assert.ok(uptime >= Math.floor(before), `${uptime} < ${before}`);
