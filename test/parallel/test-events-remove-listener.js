'use strict';
// removeListener/off and removeAllListeners, including removal during emit and
// the 'removeListener' event.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

function listener1() {}
function listener2() {}

{
  const ee = new EventEmitter();
  assert.strictEqual(ee.off, ee.removeListener);
  ee.on('hello', listener1);
  ee.on('removeListener', common.mustCall((name, cb) => {
    assert.strictEqual(name, 'hello');
    assert.strictEqual(cb, listener1);
  }));
  assert.strictEqual(ee.removeListener('hello', listener1), ee);
  assert.deepStrictEqual(ee.listeners('hello'), []);
}

{
  // Removing something that is not there is silent.
  const ee = new EventEmitter();
  ee.on('hello', listener1);
  ee.on('removeListener', common.mustNotCall());
  ee.removeListener('hello', listener2);
  ee.removeListener('other', listener1);
  assert.deepStrictEqual(ee.listeners('hello'), [listener1]);
}

{
  // The most recently added duplicate goes first.
  const ee = new EventEmitter();
  const a = () => {};
  ee.on('e', listener1).on('e', a).on('e', listener1);
  ee.removeListener('e', listener1);
  assert.deepStrictEqual(ee.listeners('e'), [listener1, a]);
  ee.removeListener('e', listener1);
  // One left: stored as a bare function again.
  assert.strictEqual(ee._events.e, a);
}

{
  // Listeners removed during emit still run in that emit.
  const ee = new EventEmitter();
  const calls = [];
  const second = () => calls.push(2);
  ee.on('e', () => {
    calls.push(1);
    ee.removeListener('e', second);
  });
  ee.on('e', second);
  ee.emit('e');
  ee.emit('e');
  assert.deepStrictEqual(calls, [1, 2, 1]);
}

{
  // 'removeListener' fires after the listener is gone.
  const ee = new EventEmitter();
  ee.on('hello', listener1);
  ee.on('hello', listener2);
  ee.once('removeListener', common.mustCall((name, cb) => {
    assert.strictEqual(name, 'hello');
    assert.strictEqual(cb, listener1);
    assert.deepStrictEqual(ee.listeners('hello'), [listener2]);
  }));
  ee.removeListener('hello', listener1);
}

{
  // Removing the last listener of the only event resets _events without
  // emitting 'removeListener' for it (there is nobody left to hear it).
  const ee = new EventEmitter();
  const events = ee._events;
  ee.on('only', listener1);
  ee.removeListener('only', listener1);
  assert.notStrictEqual(ee._events, events);
  assert.strictEqual(ee._eventsCount, 0);
  assert.deepStrictEqual(ee.eventNames(), []);
}

{
  // removeAllListeners(type) tells 'removeListener' about each one, last first.
  const ee = new EventEmitter();
  const removed = [];
  ee.on('foo', listener1);
  ee.on('foo', listener2);
  ee.on('bar', listener1);
  ee.on('removeListener', (name, cb) => removed.push([name, cb]));
  assert.strictEqual(ee.removeAllListeners('foo'), ee);
  assert.deepStrictEqual(removed, [['foo', listener2], ['foo', listener1]]);
  assert.deepStrictEqual(ee.eventNames(), ['bar', 'removeListener']);
}

{
  // removeAllListeners() removes every event, 'removeListener' itself last
  // (removing that one, the last of all, is not reported).
  const ee = new EventEmitter();
  const removed = [];
  const sym = Symbol('s');
  ee.on('foo', listener1);
  ee.on(sym, listener2);
  ee.on('removeListener', function onRemove(name) { removed.push(name); });
  ee.removeAllListeners();
  assert.deepStrictEqual(removed, ['foo', sym]);
  assert.deepStrictEqual(ee.eventNames(), []);
  assert.strictEqual(ee._eventsCount, 0);
}

{
  // Without 'removeListener' listeners removal is silent; an explicit
  // undefined type is not the same as no argument.
  const ee = new EventEmitter();
  ee.on('a', listener1);
  ee.removeAllListeners(undefined);
  assert.deepStrictEqual(ee.eventNames(), ['a']);
  ee.removeAllListeners();
  assert.deepStrictEqual(ee.eventNames(), []);
  // On an emitter that never had listeners.
  const bare = Object.create(EventEmitter.prototype);
  assert.strictEqual(bare.removeAllListeners(), bare);
  assert.strictEqual(bare.removeListener('x', listener1), bare);
}

{
  // removeAllListeners during emit does not stop the current emit.
  const ee = new EventEmitter();
  const calls = [];
  ee.on('e', () => {
    calls.push(1);
    ee.removeAllListeners('e');
  });
  ee.on('e', () => calls.push(2));
  ee.emit('e');
  assert.strictEqual(ee.emit('e'), false);
  assert.deepStrictEqual(calls, [1, 2]);
}

assert.throws(() => new EventEmitter().removeListener('e', 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "listener" argument must be of type function. Received type number (1)',
});
