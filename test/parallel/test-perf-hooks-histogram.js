'use strict';
// perf_hooks.createHistogram(): HdrHistogram's bucketing (3 significant figures by
// default), so min/max/mean/stddev/percentiles match Node's exactly.
require('../common');
const assert = require('assert');
const { createHistogram } = require('perf_hooks');

const h = createHistogram();
assert.strictEqual(h.count, 0);
assert.strictEqual(h.min, 9223372036854776000);
assert.strictEqual(h.minBigInt, 9223372036854775807n);
assert.strictEqual(h.max, 0);
assert.ok(Number.isNaN(h.mean));
assert.deepStrictEqual([...h.percentiles], [[100, 0]]);

for (const v of [1, 2, 3, 100, 1000, 123456789]) h.record(v);
assert.strictEqual(h.count, 6);
assert.strictEqual(h.min, 1);
assert.strictEqual(h.max, 123469823);
assert.strictEqual(h.mean, 20573027);
assert.strictEqual(h.stddev, 46002192.25808841);
assert.strictEqual(h.percentile(50), 3);
assert.strictEqual(h.percentile(99), 123469823);
assert.strictEqual(h.percentileBigInt(50), 3n);
assert.deepStrictEqual([...h.percentiles],
                       [[0, 1], [50, 3], [75, 1000], [87.5, 123404288], [100, 123404288]]);
assert.deepStrictEqual(h.toJSON(), {
  count: 6, min: 1, max: 123469823, mean: 20573027, exceeds: 0, stddev: 46002192.25808841,
  percentiles: { 0: 1, 50: 3, 75: 1000, 87.5: 123404288, 100: 123404288 },
});

assert.throws(() => h.record(0), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "val" is out of range. It must be >= 1 && <= 9007199254740991. Received 0',
});
assert.throws(() => h.record('x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => h.record(1.5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => h.percentile(0), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "percentile" is out of range. It must be > 0 && <= 100. Received 0',
});
assert.throws(() => createHistogram({ figures: 9 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "options.figures" is out of range. It must be >= 1 && <= 5. Received 9',
});

h.reset();
assert.strictEqual(h.count, 0);

// One significant figure: coarser buckets.
const coarse = createHistogram({ figures: 1 });
for (let i = 1; i < 300; i += 7) coarse.record(i * i);
assert.strictEqual(coarse.count, 43);
assert.strictEqual(coarse.max, 90111);
assert.deepStrictEqual([...coarse.percentiles], [
  [0, 1], [50, 21504], [75, 49152], [87.5, 65536], [93.75, 77824], [96.875, 81920],
  [98.4375, 86016], [100, 86016],
]);

// Values beyond the trackable range are counted in exceeds.
const small = createHistogram({ highest: 100 });
small.record(1e6);
assert.strictEqual(small.exceeds, 1);
assert.strictEqual(small.count, 0);

const a = createHistogram();
a.record(3);
const b = createHistogram();
b.record(9);
b.add(a);
assert.deepStrictEqual([b.count, b.min, b.max], [2, 3, 9]);
