'use strict';
// os.cpus(): one entry per logical CPU in /proc/cpuinfo, each with a model,
// a speed and five time counters; availableParallelism() is a positive integer.
require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');

const cpuinfo = fs.readFileSync('/proc/cpuinfo', 'utf8');
const processors = cpuinfo.split('\n').filter((line) => /^processor\s*:/.test(line));

const cpus = os.cpus();
assert.ok(Array.isArray(cpus));
assert.strictEqual(cpus.length, processors.length);
for (const cpu of cpus) {
  assert.deepStrictEqual(Object.keys(cpu), ['model', 'speed', 'times']);
  assert.strictEqual(typeof cpu.model, 'string');
  assert.strictEqual(typeof cpu.speed, 'number');
  assert.deepStrictEqual(Object.keys(cpu.times), ['user', 'nice', 'sys', 'idle', 'irq']);
  for (const value of Object.values(cpu.times)) {
    assert.strictEqual(typeof value, 'number');
    assert.ok(Number.isInteger(value) && value >= 0, `${value}`);
  }
}

const model = /^model name\s*:\s*(.*)$/m.exec(cpuinfo);
if (model) assert.strictEqual(cpus[0].model, model[1]);

const parallelism = os.availableParallelism();
assert.ok(Number.isInteger(parallelism) && parallelism >= 1);
assert.ok(parallelism <= cpus.length);
