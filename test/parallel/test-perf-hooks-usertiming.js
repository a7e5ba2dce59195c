'use strict';
// performance.mark/measure, the entry buffers and the entry classes.
const common = require('../common');
const assert = require('node:assert');
const {
  performance, PerformanceEntry, PerformanceMark, PerformanceMeasure,
} = require('node:perf_hooks');

assert.strictEqual(globalThis.performance, performance);
assert.throws(() => new PerformanceEntry(), { code: 'ERR_ILLEGAL_CONSTRUCTOR', name: 'TypeError' });
assert.throws(() => new PerformanceMeasure(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.throws(() => performance.mark(), {
  code: 'ERR_MISSING_ARGS', message: 'The "name" argument must be specified',
});
assert.throws(() => performance.mark('a', { startTime: -1 }), {
  code: 'ERR_PERFORMANCE_INVALID_TIMESTAMP', message: '-1 is not a valid timestamp',
});
assert.throws(() => performance.mark('a', { startTime: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => performance.mark('a', 1), { code: 'ERR_INVALID_ARG_TYPE' });

const detail = { a: [1, 2] };
const a = performance.mark('a', { startTime: 10, detail });
assert.ok(a instanceof PerformanceMark);
assert.ok(a instanceof PerformanceEntry);
assert.strictEqual(a.name, 'a');
assert.strictEqual(a.entryType, 'mark');
assert.strictEqual(a.startTime, 10);
assert.strictEqual(a.duration, 0);
assert.deepStrictEqual(a.detail, detail);
assert.notStrictEqual(a.detail, detail);  // structured clone
assert.strictEqual(JSON.stringify(a),
                   '{"name":"a","entryType":"mark","startTime":10,"duration":0,"detail":{"a":[1,2]}}');
assert.strictEqual(Object.prototype.toString.call(a), '[object PerformanceMark]');
assert.strictEqual(performance.mark('b', { startTime: 25 }).detail, null);

// A standalone PerformanceMark is not buffered.
const standalone = new PerformanceMark('c', { startTime: 1 });
assert.strictEqual(standalone.startTime, 1);

let m = performance.measure('a-to-b', 'a', 'b');
assert.ok(m instanceof PerformanceMeasure);
assert.strictEqual(m.entryType, 'measure');
assert.strictEqual(m.startTime, 10);
assert.strictEqual(m.duration, 15);
assert.strictEqual(m.detail, null);

m = performance.measure('opts', { start: 'a', duration: 5, detail: 'x' });
assert.strictEqual(m.startTime, 10);
assert.strictEqual(m.duration, 5);
assert.strictEqual(m.detail, 'x');
m = performance.measure('end-dur', { end: 20, duration: 4 });
assert.strictEqual(m.startTime, 16);
assert.strictEqual(m.duration, 4);

assert.throws(() => performance.measure('x', 'nope'), {
  name: 'SyntaxError', message: 'The "nope" performance mark has not been set',
});
assert.throws(() => performance.measure('x', { start: 1, end: 2, duration: 3 }), {
  code: 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS',
  message: 'Must not have options.start, options.end, and options.duration specified',
});

assert.deepStrictEqual(performance.getEntries().map((e) => e.name),
                       ['a', 'a-to-b', 'opts', 'end-dur', 'b']);
assert.deepStrictEqual(performance.getEntriesByType('mark').map((e) => e.name), ['a', 'b']);
assert.deepStrictEqual(performance.getEntriesByName('opts').map((e) => e.entryType), ['measure']);
assert.deepStrictEqual(performance.getEntriesByName('a', 'measure'), []);
performance.clearMarks('a');
assert.deepStrictEqual(performance.getEntriesByType('mark').map((e) => e.name), ['b']);
performance.clearMarks();
performance.clearMeasures('opts');
assert.deepStrictEqual(performance.getEntries().map((e) => e.name), ['a-to-b', 'end-dur']);
performance.clearMeasures();
assert.deepStrictEqual(performance.getEntries(), []);
common.mustCall()();
