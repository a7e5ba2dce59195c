'use strict';
// Listener limits: setMaxListeners, defaultMaxListeners and the
// MaxListenersExceededWarning.
const common = require('../common');
const assert = require('assert');
const events = require('events');
const { EventEmitter } = events;

assert.strictEqual(EventEmitter.defaultMaxListeners, 10);
assert.strictEqual(new EventEmitter().getMaxListeners(), 10);

{
  const ee = new EventEmitter();
  assert.strictEqual(ee.setMaxListeners(3), ee);
  assert.strictEqual(ee.getMaxListeners(), 3);
  assert.strictEqual(events.getMaxListeners(ee), 3);
  events.setMaxListeners(5, ee);
  assert.strictEqual(ee.getMaxListeners(), 5);
  ee.setMaxListeners(0);
  assert.strictEqual(ee.getMaxListeners(), 0);
}

for (const value of [-1, NaN, 'a', null, undefined, {}]) {
  assert.throws(() => new EventEmitter().setMaxListeners(value), {
    code: typeof value === 'number' ? 'ERR_OUT_OF_RANGE' : 'ERR_INVALID_ARG_TYPE',
  });
  assert.throws(() => { EventEmitter.defaultMaxListeners = value; }, {
    code: typeof value === 'number' ? 'ERR_OUT_OF_RANGE' : 'ERR_INVALID_ARG_TYPE',
  });
}
assert.throws(() => new EventEmitter().setMaxListeners(-1), {
  name: 'RangeError',
  message: 'The value of "setMaxListeners" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => { EventEmitter.defaultMaxListeners = 'x'; }, {
  name: 'TypeError',
  message: 'The "defaultMaxListeners" argument must be of type number. Received type string (\'x\')',
});
assert.throws(() => events.getMaxListeners({}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "emitter" argument must be an instance of EventEmitter or EventTarget. ' +
           'Received an instance of Object',
});
assert.throws(() => events.setMaxListeners(1, {}), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "eventTargets" argument must be an instance of EventEmitter or EventTarget. ' +
           'Received an instance of Object',
});
assert.strictEqual(EventEmitter.defaultMaxListeners, 10);

class Custom extends EventEmitter {}
const big = new EventEmitter();
const custom = new Custom();
const sym = Symbol('sym');
const expected = [
  [big, 'foo', 11, 10, 'EventEmitter'],
  [custom, 'Symbol(sym)', 2, 1, 'Custom'],
];
process.on('warning', common.mustCall((warning) => {
  const [emitter, typeText, count, max, name] = expected.shift();
  assert.strictEqual(warning.name, 'MaxListenersExceededWarning');
  assert.strictEqual(warning.message,
                     `Possible EventEmitter memory leak detected. ${count} ${typeText} listeners ` +
                     `added to [${name}]. MaxListeners is ${max}. ` +
                     'Use emitter.setMaxListeners() to increase limit');
  assert.strictEqual(warning.emitter, emitter);
  assert.strictEqual(warning.count, count);
  assert.strictEqual(warning.type, typeText === 'foo' ? 'foo' : sym);
  assert.ok(warning instanceof Error);
  assert.deepStrictEqual(Object.keys(warning), ['name', 'emitter', 'type', 'count']);
}, 2));

// The warning comes once per event, when the limit is first passed.
for (let i = 0; i < 15; i++) big.on('foo', () => {});
for (let i = 0; i < 10; i++) big.on('bar', () => {}); // exactly the limit: no warning
custom.setMaxListeners(1);
custom.on(sym, () => {});
custom.on(sym, () => {});
custom.on(sym, () => {});

// A limit of 0 means no limit.
const unlimited = new EventEmitter();
unlimited.setMaxListeners(0);
for (let i = 0; i < 50; i++) unlimited.on('many', () => {});

// Changing the default affects emitters without their own limit.
{
  const ee = new EventEmitter();
  EventEmitter.defaultMaxListeners = 2;
  assert.strictEqual(ee.getMaxListeners(), 2);
  events.setMaxListeners(3);
  assert.strictEqual(EventEmitter.defaultMaxListeners, 3);
  EventEmitter.defaultMaxListeners = 10;
}
