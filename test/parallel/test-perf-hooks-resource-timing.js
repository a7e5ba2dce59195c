'use strict';
// performance.markResourceTiming(), PerformanceResourceTiming and the bounded resource buffer
// (undici's fetch, the npm package as well as the global, records each response this way).
const common = require('../common');
const assert = require('node:assert');
const http = require('node:http');
const { performance, PerformanceResourceTiming, PerformanceObserver } = require('node:perf_hooks');

assert.strictEqual(globalThis.PerformanceResourceTiming, PerformanceResourceTiming);
assert.strictEqual(typeof performance.markResourceTiming, 'function');
assert.strictEqual(performance.markResourceTiming.length, 5);
assert.strictEqual(Object.keys(Object.getPrototypeOf(performance)).includes('markResourceTiming'), false);
assert.throws(() => new PerformanceResourceTiming(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });
assert.throws(() => PerformanceResourceTiming.prototype.initiatorType, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "this" argument must be an instance of PerformanceResourceTiming. ' +
           'Received an instance of PerformanceResourceTiming',
});
assert.throws(() => performance.markResourceTiming({}, 'u', 'fetch', globalThis, 'validated'), {
  code: 'ERR_INTERNAL_ASSERTION',
  message: /^cache must be an empty string or 'local'\n/,
});
assert.throws(() => performance.setResourceTimingBufferSize(), {
  code: 'ERR_MISSING_ARGS', message: 'The "maxSize" argument must be specified',
});

const timingInfo = {
  startTime: 10, redirectStartTime: 0, redirectEndTime: 0, postRedirectStartTime: 11,
  finalServiceWorkerStartTime: 0, finalNetworkRequestStartTime: 12,
  finalNetworkResponseStartTime: 13, endTime: 20, encodedBodySize: 5, decodedBodySize: 6,
  finalConnectionTimingInfo: {
    domainLookupStartTime: 1, domainLookupEndTime: 2, connectionStartTime: 3,
    connectionEndTime: 4, secureConnectionStartTime: 5, ALPNNegotiatedProtocol: 'http/1.1',
  },
};
const observed = [];
const observer = new PerformanceObserver(common.mustCall((list) => {
  observed.push(...list.getEntries().map((e) => e.name));
}));
observer.observe({ type: 'resource' });

const e = performance.markResourceTiming(timingInfo, 'http://x/y', 'fetch', globalThis, '', {}, 200);
assert.ok(e instanceof PerformanceResourceTiming);
assert.strictEqual(Object.prototype.toString.call(e), '[object PerformanceResourceTiming]');
assert.deepStrictEqual(Object.keys(e), []);
assert.deepStrictEqual(e.toJSON(), {
  name: 'http://x/y', entryType: 'resource', startTime: 10, duration: 10,
  initiatorType: 'fetch', nextHopProtocol: 'http/1.1', workerStart: 0, redirectStart: 0,
  redirectEnd: 0, fetchStart: 11, domainLookupStart: 1, domainLookupEnd: 2, connectStart: 3,
  connectEnd: 4, secureConnectionStart: 5, requestStart: 12, responseStart: 13,
  responseEnd: 20, transferSize: 305, encodedBodySize: 5, decodedBodySize: 6,
});
assert.ok(require('node:util').inspect(e).startsWith("PerformanceResourceTiming {\n  name: 'http://x/y',"));

// No connection record: those fields are undefined; a 'local' cache moved no bytes.
const cached = performance.markResourceTiming(
  { startTime: 1, endTime: 3, encodedBodySize: 9, decodedBodySize: 9, finalConnectionTimingInfo: null },
  'u2', 'other', globalThis, 'local');
assert.strictEqual(cached.duration, 2);
assert.strictEqual(cached.connectStart, undefined);
assert.strictEqual(cached.nextHopProtocol, undefined);
assert.strictEqual(cached.transferSize, 0);

performance.mark('m', { startTime: 5 });
assert.deepStrictEqual(performance.getEntries().map((x) => x.name), ['u2', 'm', 'http://x/y']);
assert.deepStrictEqual(performance.getEntriesByName('u2'), [cached]);
performance.clearResourceTimings();
assert.deepStrictEqual(performance.getEntriesByType('resource'), []);
assert.strictEqual(performance.getEntries().length, 1);
performance.clearMarks();

// A full buffer holds back new entries until 'resourcetimingbufferfull' has been fired
// from an immediate; a listener that makes room gets the held entries moved in.
performance.setResourceTimingBufferSize(2);
const small = { startTime: 1, endTime: 2, encodedBodySize: 0, decodedBodySize: 0 };
const seen = [];
performance.addEventListener('resourcetimingbufferfull', common.mustCall((event) => {
  assert.strictEqual(event.type, 'resourcetimingbufferfull');
  seen.push(performance.getEntriesByType('resource').map((x) => x.name));
  if (seen.length === 1) performance.clearResourceTimings();
}, 2));
for (let i = 0; i < 5; i++) performance.markResourceTiming(small, `n${i}`, 'fetch', globalThis, '');
assert.deepStrictEqual(performance.getEntriesByType('resource').map((x) => x.name), ['n0', 'n1']);

setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(seen, [['n0', 'n1'], ['n2', 'n3']]);
  assert.deepStrictEqual(performance.getEntriesByType('resource').map((x) => x.name), ['n2', 'n3']);
  // An observer's list is sorted by startTime.
  assert.deepStrictEqual(observed, ['u2', 'n0', 'n1', 'n2', 'n3', 'n4', 'http://x/y']);
  observer.disconnect();
  performance.clearResourceTimings();
  performance.setResourceTimingBufferSize(250);
  fetchAddsAnEntry();
}));

function fetchAddsAnEntry() {
  const server = http.createServer((req, res) => res.end('hello'));
  server.listen(0, '127.0.0.1', common.mustCall(async () => {
    const url = `http://127.0.0.1:${server.address().port}/r`;
    const res = await fetch(url);
    assert.strictEqual(await res.text(), 'hello');
    server.close();
    setImmediate(common.mustCall(() => {
      const [entry] = performance.getEntriesByType('resource');
      assert.strictEqual(entry.name, url);
      assert.strictEqual(entry.initiatorType, 'fetch');
      assert.strictEqual(entry.encodedBodySize, 5);
      assert.strictEqual(entry.decodedBodySize, 5);
      assert.strictEqual(entry.transferSize, 305);
      assert.ok(entry.responseEnd >= entry.startTime);
    }));
  }));
}
