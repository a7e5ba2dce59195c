'use strict';
// on/addListener/prependListener: order, chaining, 'newListener' and validation.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

{
  const ee = new EventEmitter();
  const calls = [];
  assert.strictEqual(ee.on, ee.addListener);
  assert.strictEqual(ee.on('a', () => calls.push(1)), ee);
  assert.strictEqual(ee.addListener('a', () => calls.push(2)), ee);
  assert.strictEqual(ee.prependListener('a', () => calls.push(0)), ee);
  assert.strictEqual(ee.emit('a'), true);
  assert.deepStrictEqual(calls, [0, 1, 2]);
}

{
  // 'newListener' fires before the listener is added, with the type and the
  // listener (the original one for once()).
  const ee = new EventEmitter();
  const seen = [];
  function hello() {}
  function onceListener() {}
  ee.on('newListener', function(type, listener) {
    assert.strictEqual(this, ee);
    seen.push([type, listener, ee.listenerCount(type)]);
  });
  ee.on('hello', hello);
  ee.once('hello', onceListener);
  ee.prependListener('hello', hello);
  assert.deepStrictEqual(seen, [
    ['hello', hello, 0],
    ['hello', onceListener, 1],
    ['hello', hello, 2],
  ]);
}

{
  // A 'newListener' listener that adds a listener for the same event lands first.
  const ee = new EventEmitter();
  const order = [];
  ee.once('newListener', (type) => {
    if (type === 'x') ee.on('x', () => order.push('added in newListener'));
  });
  ee.on('x', () => order.push('original'));
  ee.emit('x');
  assert.deepStrictEqual(order, ['added in newListener', 'original']);
}

{
  // Listeners are kept as a single function, then as an array.
  const ee = new EventEmitter();
  const f = () => {};
  const g = () => {};
  ee.on('e', f);
  assert.strictEqual(ee._events.e, f);
  ee.on('e', g);
  assert.deepStrictEqual(ee._events.e, [f, g]);
  assert.strictEqual(ee._eventsCount, 1);
  assert.strictEqual(Object.getPrototypeOf(ee._events), null);
}

{
  // The same function may be added twice and then runs twice.
  const ee = new EventEmitter();
  const f = common.mustCall(2);
  ee.on('e', f).on('e', f);
  ee.emit('e');
}

for (const method of ['on', 'addListener', 'prependListener', 'once', 'prependOnceListener']) {
  for (const [value, received] of [[undefined, 'Received undefined'],
                                   [null, 'Received null'],
                                   [1, 'Received type number (1)'],
                                   ['f', "Received type string ('f')"],
                                   [{}, 'Received an instance of Object']]) {
    assert.throws(() => new EventEmitter()[method]('e', value), {
      code: 'ERR_INVALID_ARG_TYPE',
      name: 'TypeError',
      message: `The "listener" argument must be of type function. ${received}`,
    });
  }
}
