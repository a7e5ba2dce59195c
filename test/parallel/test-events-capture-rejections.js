'use strict';
// captureRejections: rejected promises returned by listeners become 'error'
// events or calls to Symbol.for('nodejs.rejection').
const common = require('../common');
const assert = require('assert');
const events = require('events');
const { EventEmitter, captureRejectionSymbol } = events;

assert.strictEqual(captureRejectionSymbol, Symbol.for('nodejs.rejection'));
assert.strictEqual(EventEmitter.captureRejections, false);

{
  const ee = new EventEmitter({ captureRejections: true });
  const boom = new Error('boom');
  ee.on('something', common.mustCall(async (value) => {
    assert.strictEqual(value, 42);
    throw boom;
  }));
  ee.on('error', common.mustCall((err) => assert.strictEqual(err, boom)));
  ee.emit('something', 42);
}

{
  // The rejection symbol method wins over 'error' and gets the event's arguments.
  const ee = new EventEmitter({ captureRejections: true });
  const boom = new Error('with symbol');
  ee[captureRejectionSymbol] = common.mustCall((err, type, ...args) => {
    assert.strictEqual(err, boom);
    assert.strictEqual(type, 'evt');
    assert.deepStrictEqual(args, [1, 2, 3, 4]);
  });
  ee.on('error', common.mustNotCall());
  ee.on('evt', async () => { throw boom; });
  ee.on('evt', () => {}); // several listeners: the array path
  ee.emit('evt', 1, 2, 3, 4);
}

{
  // Thenables count; the error event comes on a later tick, not synchronously.
  const ee = new EventEmitter({ captureRejections: true });
  const boom = new Error('thenable');
  let sync = true;
  ee.on('error', common.mustCall((err) => {
    assert.strictEqual(err, boom);
    assert.strictEqual(sync, false);
  }));
  ee.on('t', () => ({ then(resolve, reject) { reject(boom); } }));
  ee.emit('t');
  sync = false;
}

{
  // A listener returning a `then` getter that throws gets its error emitted now.
  const ee = new EventEmitter({ captureRejections: true });
  const boom = new Error('getter');
  ee.on('error', common.mustCall((err) => assert.strictEqual(err, boom)));
  ee.on('g', () => ({ get then() { throw boom; } }));
  ee.emit('g');
}

{
  // Without the option, rejections are not captured by the emitter.
  const ee = new EventEmitter();
  ee.on('error', common.mustNotCall());
  ee.on('x', () => Promise.resolve('fine'));
  ee.emit('x');
}

{
  // The global switch changes the default for new emitters.
  EventEmitter.captureRejections = true;
  const ee = new EventEmitter();
  EventEmitter.captureRejections = false;
  ee.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'global')));
  ee.on('x', async () => { throw new Error('global'); });
  ee.emit('x');
}

assert.throws(() => new EventEmitter({ captureRejections: 1 }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.captureRejections" property must be of type boolean. Received type number (1)',
});
assert.throws(() => { EventEmitter.captureRejections = 'yes'; }, {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "EventEmitter.captureRejections" property must be of type boolean. ' +
           "Received type string ('yes')",
});
// A falsy option is ignored without validation.
assert.strictEqual(new EventEmitter({ captureRejections: 0 })[Object.getOwnPropertySymbols(
  new EventEmitter()).find((s) => s.description === 'kCapture')], false);
