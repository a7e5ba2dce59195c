'use strict';
// emit(): return value, arguments, `this`, symbols and listener introspection.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

{
  const ee = new EventEmitter();
  assert.strictEqual(ee.emit('nothing'), false);
  ee.on('x', common.mustCall());
  assert.strictEqual(ee.emit('x'), true);
}

{
  // Every arity reaches one and several listeners unchanged.
  for (let n = 0; n <= 7; n++) {
    const args = Array.from({ length: n }, (_, i) => ({ i }));
    for (const listenerCount of [1, 2, 3]) {
      const ee = new EventEmitter();
      for (let k = 0; k < listenerCount; k++) {
        ee.on('e', common.mustCall(function(...got) {
          assert.strictEqual(this, ee);
          assert.strictEqual(arguments.length, n);
          assert.strictEqual(got.length, n);
          for (let i = 0; i < n; i++) assert.strictEqual(got[i], args[i]);
        }));
      }
      assert.strictEqual(ee.emit('e', ...args), true);
    }
  }
}

{
  // Symbols and other keys work as event names.
  const ee = new EventEmitter();
  const sym = Symbol('sym');
  ee.on(sym, common.mustCall((v) => assert.strictEqual(v, 1)));
  ee.on('str', () => {});
  ee.on(42, common.mustCall());
  assert.strictEqual(ee.emit(sym, 1), true);
  assert.strictEqual(ee.emit('42'), true);
  assert.deepStrictEqual(ee.eventNames(), ['42', 'str', sym]);
}

{
  // listeners() returns a copy; rawListeners() keeps once wrappers.
  const ee = new EventEmitter();
  function a() {}
  function b() {}
  ee.on('e', a);
  ee.once('e', b);
  const listeners = ee.listeners('e');
  assert.deepStrictEqual(listeners, [a, b]);
  listeners.push(a);
  assert.deepStrictEqual(ee.listeners('e'), [a, b]);
  const raw = ee.rawListeners('e');
  assert.strictEqual(raw[0], a);
  assert.strictEqual(raw[1].listener, b);
  assert.deepStrictEqual(ee.listeners('missing'), []);
  assert.deepStrictEqual(ee.rawListeners('missing'), []);
  // A single raw once wrapper still emits through its listener.
  const single = new EventEmitter();
  single.once('s', common.mustCall());
  single.rawListeners('s')[0]();
  assert.strictEqual(single.emit('s'), false);
}

{
  // Listeners added during emit run from the next emit on.
  const ee = new EventEmitter();
  const calls = [];
  ee.on('e', () => {
    calls.push('a');
    ee.on('e', () => calls.push('b'));
  });
  ee.emit('e');
  assert.deepStrictEqual(calls, ['a']);
  ee.emit('e');
  assert.deepStrictEqual(calls, ['a', 'a', 'b']);
}

{
  // A throwing listener stops the emit and propagates.
  const ee = new EventEmitter();
  ee.on('e', () => { throw new Error('boom'); });
  ee.on('e', common.mustNotCall());
  assert.throws(() => ee.emit('e'), { message: 'boom' });
}

{
  // emit() works on objects that only inherit from the prototype.
  const obj = Object.create(EventEmitter.prototype);
  assert.strictEqual(obj.emit('x'), false);
  obj.on('x', common.mustCall());
  assert.strictEqual(obj.emit('x'), true);
}

assert.strictEqual(EventEmitter.prototype.emit.length, 1);
assert.strictEqual(EventEmitter.prototype.emit.name, 'emit');
