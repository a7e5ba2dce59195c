'use strict';
// The shape of the events module and of EventEmitter instances.
require('../common');
const assert = require('assert');
const events = require('events');
const EventEmitter = events;

assert.strictEqual(events.EventEmitter, EventEmitter);
assert.strictEqual(require('node:events'), events);
assert.strictEqual(typeof EventEmitter, 'function');
assert.strictEqual(EventEmitter.name, 'EventEmitter');
assert.strictEqual(EventEmitter.length, 1);
assert.strictEqual(events.usingDomains, false);
assert.deepStrictEqual(Object.keys(events), [
  'addAbortListener', 'once', 'on', 'getEventListeners', 'getMaxListeners',
  'EventEmitter', 'usingDomains', 'captureRejectionSymbol', 'captureRejections',
  'EventEmitterAsyncResource', 'errorMonitor', 'defaultMaxListeners',
  'setMaxListeners', 'init', 'listenerCount',
]);
assert.deepStrictEqual(Object.keys(EventEmitter.prototype), [
  '_events', '_eventsCount', '_maxListeners', 'setMaxListeners', 'getMaxListeners',
  'emit', 'addListener', 'on', 'prependListener', 'once', 'prependOnceListener',
  'removeListener', 'off', 'removeAllListeners', 'listeners', 'rawListeners',
  'listenerCount', 'eventNames',
]);
assert.strictEqual(EventEmitter.prototype.on, EventEmitter.prototype.addListener);
assert.strictEqual(EventEmitter.prototype.off, EventEmitter.prototype.removeListener);
assert.strictEqual(typeof events.kMaxEventTargetListeners, 'symbol');
assert.strictEqual(typeof events.kMaxEventTargetListenersWarned, 'symbol');

{
  const ee = new EventEmitter();
  assert.deepStrictEqual(Object.keys(ee), ['_events', '_eventsCount', '_maxListeners']);
  assert.deepStrictEqual(Object.getOwnPropertySymbols(ee).map((s) => s.description),
                         ['shapeMode', 'kCapture']);
  assert.strictEqual(Object.getPrototypeOf(ee._events), null);
  assert.strictEqual(ee._eventsCount, 0);
  assert.strictEqual(ee._maxListeners, undefined);
}

{
  // Pre-ES6 inheritance: EventEmitter.call(this).
  function Legacy() {
    EventEmitter.call(this);
  }
  Object.setPrototypeOf(Legacy.prototype, EventEmitter.prototype);
  const legacy = new Legacy();
  let got;
  legacy.on('x', (v) => { got = v; });
  legacy.emit('x', 'legacy');
  assert.strictEqual(got, 'legacy');
  assert.ok(legacy instanceof EventEmitter);
}

{
  // init() keeps _maxListeners and an _events object already set up by a subclass.
  const obj = { _maxListeners: 3 };
  EventEmitter.init.call(obj);
  assert.strictEqual(obj._maxListeners, 3);
  assert.strictEqual(Object.getPrototypeOf(obj._events), null);

  const own = { _events: { __proto__: null, data: undefined }, _eventsCount: 0 };
  Object.setPrototypeOf(own, EventEmitter.prototype);
  const shaped = own._events;
  EventEmitter.init.call(own);
  assert.strictEqual(own._events, shaped);
  // Shape mode: removal leaves the key with undefined and emits nothing.
  const f = () => {};
  own.on('removeListener', () => assert.fail('no removeListener in shape mode'));
  own.on('data', f);
  own.removeListener('data', f);
  assert.ok('data' in own._events);
  assert.strictEqual(own._events.data, undefined);
  assert.strictEqual(own.listenerCount('data'), 0);
}

{
  // Subclasses work with class syntax.
  class Sub extends EventEmitter {
    constructor() {
      super({ captureRejections: false });
      this.value = 1;
    }
  }
  const sub = new Sub();
  let seen;
  sub.on('x', function() { seen = this.value; });
  sub.emit('x');
  assert.strictEqual(seen, 1);
}

{
  // EventEmitterAsyncResource is an EventEmitter subclass.
  const { EventEmitterAsyncResource } = events;
  assert.strictEqual(events.EventEmitterAsyncResource, EventEmitterAsyncResource);
  const ee = new EventEmitterAsyncResource({ name: 'Thing' });
  assert.ok(ee instanceof EventEmitter);
  let args;
  ee.on('e', (...a) => { args = a; });
  assert.strictEqual(ee.emit('e', 1, 2), true);
  assert.deepStrictEqual(args, [1, 2]);
  assert.strictEqual(typeof ee.asyncId, 'number');
  assert.strictEqual(ee.asyncResource.eventEmitter, ee);
  assert.throws(() => new EventEmitterAsyncResource({}), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.name" property must be of type string. Received undefined',
  });
  class Named extends EventEmitterAsyncResource {}
  assert.ok(new Named() instanceof EventEmitterAsyncResource);
}
