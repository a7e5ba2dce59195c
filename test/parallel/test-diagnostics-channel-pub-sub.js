'use strict';
// diagnostics_channel: channel identity, subscribe/unsubscribe, publish and errors.
const common = require('../common');
const assert = require('node:assert');
const dc = require('node:diagnostics_channel');

const ch = dc.channel('test:pub-sub');
assert.ok(ch instanceof dc.Channel);
assert.strictEqual(dc.channel('test:pub-sub'), ch);
assert.strictEqual(ch.name, 'test:pub-sub');
const sym = Symbol('s');
assert.strictEqual(dc.channel(sym).name, sym);
assert.throws(() => dc.channel(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "channel" argument must be one of type string or symbol. Received type number (1)',
});
assert.throws(() => dc.channel('test:other').subscribe(1), { code: 'ERR_INVALID_ARG_TYPE' });

assert.strictEqual(ch.hasSubscribers, false);
assert.strictEqual(dc.hasSubscribers('test:pub-sub'), false);
const input = { foo: 'bar' };
const sub = common.mustCall((message, name) => {
  assert.strictEqual(message, input);
  assert.strictEqual(name, 'test:pub-sub');
});
ch.subscribe(sub);
assert.strictEqual(ch.hasSubscribers, true);
assert.strictEqual(dc.hasSubscribers('test:pub-sub'), true);
ch.publish(input);
assert.strictEqual(ch.unsubscribe(sub), true);
assert.strictEqual(ch.unsubscribe(sub), false);
assert.strictEqual(ch.hasSubscribers, false);
ch.publish(input);  // no subscriber: sub is not called again

// Module-level subscribe/unsubscribe by name.
const byName = common.mustCall((message) => assert.strictEqual(message, 1));
dc.subscribe('test:by-name', byName);
dc.channel('test:by-name').publish(1);
assert.strictEqual(dc.unsubscribe('test:by-name', byName), true);
assert.strictEqual(dc.unsubscribe('test:by-name', byName), false);
dc.channel('test:by-name').publish(2);

// A subscriber that unsubscribes during publish does not disturb the others.
const order = [];
const first = () => { order.push('first'); ch.unsubscribe(first); };
ch.subscribe(first);
ch.subscribe(() => order.push('second'));
ch.publish();
ch.publish();
assert.deepStrictEqual(order, ['first', 'second', 'second']);

// A throwing subscriber: the others still run, the error is thrown on the next tick.
const err = new Error('boom');
const errCh = dc.channel('test:error');
errCh.subscribe(() => { throw err; });
errCh.subscribe(common.mustCall());
process.on('uncaughtException', common.mustCall((e) => assert.strictEqual(e, err)));
let returned = false;
errCh.publish('x');
returned = true;
process.nextTick(() => assert.strictEqual(returned, true));
