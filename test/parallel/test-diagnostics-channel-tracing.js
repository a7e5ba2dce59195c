'use strict';
// TracingChannel: traceSync, tracePromise, traceCallback and store binding.
const common = require('../common');
const assert = require('node:assert');
const dc = require('node:diagnostics_channel');
const { AsyncLocalStorage } = require('node:async_hooks');

assert.throws(() => dc.tracingChannel(1), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => dc.tracingChannel({ start: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });

const tc = dc.tracingChannel('test');
assert.strictEqual(tc.start, dc.channel('tracing:test:start'));
assert.strictEqual(tc.asyncEnd, dc.channel('tracing:test:asyncEnd'));
assert.deepStrictEqual(Object.keys(tc), []);
assert.strictEqual(tc.hasSubscribers, false);

const events = [];
const handlers = {};
for (const name of ['start', 'end', 'asyncStart', 'asyncEnd', 'error']) {
  handlers[name] = (ctx) => events.push([name, { ...ctx }]);
}
tc.subscribe(handlers);
assert.strictEqual(tc.hasSubscribers, true);

// traceSync
const ctx = { id: 1 };
assert.strictEqual(tc.traceSync(function(a, b) { return this.k + a + b; }, ctx, { k: 1 }, 2, 3), 6);
assert.deepStrictEqual(events, [['start', { id: 1 }], ['end', { id: 1, result: 6 }]]);
events.length = 0;
const boom = new Error('boom');
assert.throws(() => tc.traceSync(() => { throw boom; }, { id: 2 }), boom);
assert.deepStrictEqual(events, [
  ['start', { id: 2 }], ['error', { id: 2, error: boom }], ['end', { id: 2, error: boom }],
]);
events.length = 0;

// traceCallback, then tracePromise, then store binding.
tc.traceCallback((x, cb) => {
  setImmediate(cb, null, x * 2);
}, -1, { id: 3 }, undefined, 21, common.mustCall((err, res) => {
  assert.strictEqual(err, null);
  assert.strictEqual(res, 42);
  events.push(['callback']);
  setImmediate(common.mustCall(afterCallback));
}));
assert.deepStrictEqual(events, [['start', { id: 3 }], ['end', { id: 3 }]]);

function afterCallback() {
  assert.deepStrictEqual(events.slice(2), [
    ['asyncStart', { id: 3, result: 42 }], ['callback'], ['asyncEnd', { id: 3, result: 42 }],
  ]);
  events.length = 0;
  assert.throws(() => tc.traceCallback(() => {}, -1, {}, undefined, 1), {
    code: 'ERR_INVALID_ARG_TYPE',
  });
  events.length = 0;
  const p = tc.tracePromise(async (v) => v + 1, { id: 4 }, undefined, 1);
  assert.ok(p instanceof Promise);
  p.then(common.mustCall((v) => {
    assert.strictEqual(v, 2);
    assert.deepStrictEqual(events, [
      ['start', { id: 4 }], ['end', { id: 4 }],
      ['asyncStart', { id: 4, result: 2 }], ['asyncEnd', { id: 4, result: 2 }],
    ]);
    events.length = 0;
    return tc.tracePromise(() => Promise.reject(boom), { id: 5 });
  })).catch(common.mustCall((e) => {
    assert.strictEqual(e, boom);
    assert.deepStrictEqual(events.map((x) => x[0]), ['start', 'end', 'error', 'asyncStart', 'asyncEnd']);
    assert.strictEqual(tc.unsubscribe(handlers), true);
    assert.strictEqual(tc.unsubscribe(handlers), false);
    assert.strictEqual(tc.hasSubscribers, false);
    testStores();
  }));
}

function testStores() {
  const als = new AsyncLocalStorage();
  const ch = dc.channel('test:stores');
  ch.bindStore(als, (data) => ({ wrapped: data }));
  assert.strictEqual(ch.hasSubscribers, true);
  ch.subscribe(common.mustCall((data) => {
    assert.deepStrictEqual(als.getStore(), { wrapped: 'msg' });
    assert.strictEqual(data, 'msg');
  }));
  const result = ch.runStores('msg', function(a) {
    assert.deepStrictEqual(als.getStore(), { wrapped: 'msg' });
    return [this, a];
  }, 'thisArg', 'arg');
  assert.deepStrictEqual(result, ['thisArg', 'arg']);
  assert.strictEqual(als.getStore(), undefined);
  assert.strictEqual(ch.unbindStore(als), true);
  assert.strictEqual(ch.unbindStore(als), false);
}
