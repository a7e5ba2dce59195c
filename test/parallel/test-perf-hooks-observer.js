'use strict';
// PerformanceObserver: entryTypes/type modes, buffered, takeRecords, disconnect, timerify.
const common = require('../common');
const assert = require('node:assert');
const {
  performance, PerformanceObserver, PerformanceObserverEntryList,
} = require('node:perf_hooks');

assert.throws(() => new PerformanceObserver(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "callback" argument must be of type function. Received undefined',
});
assert.throws(() => new PerformanceObserver(() => {}).observe(), {
  code: 'ERR_MISSING_ARGS',
  message: 'The "options.entryTypes" and "options.type" arguments must be specified',
});
assert.throws(() => new PerformanceObserver(() => {}).observe({ entryTypes: 'mark' }), {
  code: 'ERR_INVALID_ARG_TYPE',
});
assert.throws(() => new PerformanceObserver(() => {}).observe({ entryTypes: ['mark'], type: 'mark' }), {
  code: 'ERR_INVALID_ARG_VALUE',
});
assert.ok(PerformanceObserver.supportedEntryTypes.includes('mark'));
assert.ok(PerformanceObserver.supportedEntryTypes.includes('measure'));
assert.throws(() => new PerformanceObserverEntryList(), { code: 'ERR_ILLEGAL_CONSTRUCTOR' });

const order = [];
const obs = new PerformanceObserver(common.mustCall((list, observer) => {
  order.push('observer');
  assert.strictEqual(observer, obs);
  assert.ok(list instanceof PerformanceObserverEntryList);
  assert.deepStrictEqual(list.getEntries().map((e) => e.name), ['m1', 'me', 'm2']);
  assert.deepStrictEqual(list.getEntriesByType('measure').map((e) => e.name), ['me']);
  assert.deepStrictEqual(list.getEntriesByName('m2').map((e) => e.entryType), ['mark']);
  obs.disconnect();
}));
obs.observe({ entryTypes: ['mark', 'measure'] });
performance.mark('m1');
performance.mark('m2');
performance.measure('me', 'm1');
// Delivery is asynchronous: after ticks, promises and due timers, before later immediates.
process.nextTick(() => order.push('tick'));
setImmediate(common.mustCall(() => {
  assert.deepStrictEqual(order, ['tick', 'observer']);
  performance.mark('after-disconnect');  // not delivered to obs

  // takeRecords empties the buffer: the callback still runs, with no entries.
  const obs2 = new PerformanceObserver(common.mustCall((list) => {
    assert.deepStrictEqual(list.getEntries(), []);
    obs2.disconnect();
  }));
  obs2.observe({ type: 'mark' });
  performance.mark('taken');
  assert.deepStrictEqual(obs2.takeRecords().map((e) => e.name), ['taken']);

  // buffered: true replays marks already in the buffer.
  const obs3 = new PerformanceObserver(common.mustCall((list) => {
    assert.deepStrictEqual(list.getEntries().map((e) => e.name),
                           ['m1', 'm2', 'after-disconnect', 'taken']);
    obs3.disconnect();
    testTimerify();
  }));
  obs3.observe({ type: 'mark', buffered: true });
}));

function testTimerify() {
  assert.throws(() => performance.timerify(1), { code: 'ERR_INVALID_ARG_TYPE' });
  function add(a, b) { return a + b; }
  const timed = performance.timerify(add);
  assert.strictEqual(timed.name, 'timerified add');
  assert.strictEqual(timed.length, 2);
  assert.notStrictEqual(performance.timerify(add), timed);
  const obs4 = new PerformanceObserver(common.mustCall((list) => {
    const [entry] = list.getEntries();
    assert.strictEqual(entry.name, 'add');
    assert.strictEqual(entry.entryType, 'function');
    assert.deepStrictEqual(entry.detail, [2, 3]);
    assert.ok(entry.duration >= 0);
    obs4.disconnect();
  }));
  obs4.observe({ entryTypes: ['function'] });
  assert.strictEqual(timed(2, 3), 5);
  class K { constructor(x) { this.x = x; } }
  const TK = performance.timerify(K);
  assert.strictEqual(new TK(7).x, 7);
}
