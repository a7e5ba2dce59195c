'use strict';
// process.memoryUsage() and process.memoryUsage.rss(): keys, types and the
// relations between the figures.
require('../common');
const assert = require('node:assert');

const usage = process.memoryUsage();
assert.deepStrictEqual(Object.keys(usage),
                       ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers']);
for (const [key, value] of Object.entries(usage)) {
  assert.ok(Number.isSafeInteger(value) && value >= 0, `${key}: ${value}`);
}
assert.ok(usage.rss > 0);
assert.ok(usage.heapTotal > 0);
assert.ok(usage.heapUsed > 0);
assert.ok(usage.heapUsed <= usage.heapTotal);
assert.ok(usage.arrayBuffers <= usage.external);

const rss = process.memoryUsage.rss();
assert.strictEqual(typeof rss, 'number');
assert.ok(Number.isSafeInteger(rss) && rss > 0);

// ArrayBuffer backing stores are counted in arrayBuffers (and external) while alive.
const size = 4 * 1024 * 1024;
const buffer = new ArrayBuffer(size);
new Uint8Array(buffer).fill(1);
const withBuffer = process.memoryUsage();
assert.ok(withBuffer.arrayBuffers >= usage.arrayBuffers + size,
          `${withBuffer.arrayBuffers} < ${usage.arrayBuffers} + ${size}`);
assert.ok(withBuffer.external >= withBuffer.arrayBuffers);
assert.strictEqual(buffer.byteLength, size);

assert.strictEqual(typeof process.memoryUsage, 'function');
assert.strictEqual(process.memoryUsage.length, 0);
