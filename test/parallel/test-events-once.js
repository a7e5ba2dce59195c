'use strict';
// once/prependOnceListener: one call, removal, `.listener` and the wrapper.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

{
  const ee = new EventEmitter();
  ee.once('hello', common.mustCall(function(...args) {
    assert.strictEqual(this, ee);
    assert.deepStrictEqual(args, [1, 2, 3, 4]);
  }));
  assert.strictEqual(ee.emit('hello', 1, 2, 3, 4), true);
  assert.strictEqual(ee.emit('hello', 1, 2, 3, 4), false);
  assert.strictEqual(ee.listenerCount('hello'), 0);
  assert.deepStrictEqual(ee.eventNames(), []);
}

{
  // Arity seen by the listener matches emit().
  const ee = new EventEmitter();
  const lengths = [];
  for (let n = 0; n < 6; n++) {
    ee.once('e', function() { lengths.push(arguments.length); });
    ee.emit('e', ...new Array(n).fill(0));
  }
  assert.deepStrictEqual(lengths, [0, 1, 2, 3, 4, 5]);
}

{
  // The wrapper is a bound function that carries the original listener.
  const ee = new EventEmitter();
  function original() {}
  ee.once('x', original);
  const [raw] = ee.rawListeners('x');
  assert.notStrictEqual(raw, original);
  assert.strictEqual(raw.listener, original);
  assert.strictEqual(raw.name, 'bound onceWrapper');
  assert.deepStrictEqual(ee.listeners('x'), [original]);
  // Calling the raw wrapper runs the listener once and removes it.
  let count = 0;
  ee.once('y', () => count++);
  const wrapper = ee.rawListeners('y')[0];
  wrapper();
  wrapper();
  assert.strictEqual(count, 1);
  assert.strictEqual(ee.listenerCount('y'), 0);
}

{
  // removeListener() with the original function removes the once wrapper.
  const ee = new EventEmitter();
  const f = common.mustNotCall();
  ee.once('foo', f);
  ee.removeListener('foo', f);
  assert.strictEqual(ee.emit('foo'), false);
}

{
  // A once listener that re-emits the same event does not run twice.
  const ee = new EventEmitter();
  let times = 0;
  ee.once('e', () => {
    times++;
    ee.emit('e');
  });
  ee.emit('e');
  assert.strictEqual(times, 1);
}

{
  // prependOnceListener runs first, once.
  const ee = new EventEmitter();
  const order = [];
  ee.on('e', () => order.push('on'));
  ee.prependOnceListener('e', () => order.push('prependOnce'));
  ee.emit('e');
  ee.emit('e');
  assert.deepStrictEqual(order, ['prependOnce', 'on', 'on']);
}

{
  // Once listeners registered during emit do not run in that emit.
  const ee = new EventEmitter();
  const order = [];
  ee.on('e', () => {
    order.push('first');
    ee.once('e', () => order.push('late'));
  });
  ee.emit('e');
  assert.deepStrictEqual(order, ['first']);
}
