'use strict';
// 'error' events: throwing when unhandled, ERR_UNHANDLED_ERROR and errorMonitor.
const common = require('../common');
const assert = require('assert');
const EventEmitter = require('events');

{
  const ee = new EventEmitter();
  const err = new Error('kaboom');
  assert.throws(() => ee.emit('error', err), (thrown) => thrown === err);
}

{
  // No _events at all still throws.
  const bare = Object.create(EventEmitter.prototype);
  assert.throws(() => bare.emit('error', new TypeError('t')), { name: 'TypeError', message: 't' });
}

for (const [value, text] of [
  ['boom', "'boom'"],
  [undefined, 'undefined'],
  [42, '42'],
  [null, 'null'],
  [{ a: 1 }, '{ a: 1 }'],
  [[1, 'x'], "[ 1, 'x' ]"],
]) {
  const ee = new EventEmitter();
  assert.throws(() => ee.emit('error', value), (err) => {
    assert.strictEqual(err.name, 'Error');
    assert.strictEqual(err.code, 'ERR_UNHANDLED_ERROR');
    assert.strictEqual(err.message, `Unhandled error. (${text})`);
    assert.strictEqual(err.context, value);
    return true;
  });
}

{
  // emit('error') without an argument reports undefined.
  const ee = new EventEmitter();
  assert.throws(() => ee.emit('error'), {
    code: 'ERR_UNHANDLED_ERROR',
    message: 'Unhandled error. (undefined)',
  });
}

{
  // A listener takes the error instead.
  const ee = new EventEmitter();
  const err = new Error('handled');
  ee.on('error', common.mustCall((e, extra) => {
    assert.strictEqual(e, err);
    assert.strictEqual(extra, 'more');
  }));
  assert.strictEqual(ee.emit('error', err, 'more'), true);
}

{
  // errorMonitor listeners see the error first, and do not handle it.
  const ee = new EventEmitter();
  const err = new Error('monitored');
  const order = [];
  ee.on(EventEmitter.errorMonitor, common.mustCall((e, extra) => {
    assert.strictEqual(e, err);
    assert.strictEqual(extra, 2);
    order.push('monitor');
  }, 2));
  assert.throws(() => ee.emit('error', err, 2), (e) => e === err);
  ee.on('error', () => order.push('error'));
  ee.emit('error', err, 2);
  assert.deepStrictEqual(order, ['monitor', 'monitor', 'error']);
  assert.strictEqual(typeof EventEmitter.errorMonitor, 'symbol');
  assert.strictEqual(EventEmitter.errorMonitor.description, 'events.errorMonitor');
}

{
  // A listener that throws in 'error' propagates its own error.
  const ee = new EventEmitter();
  ee.on('error', () => { throw new RangeError('from listener'); });
  assert.throws(() => ee.emit('error', new Error('x')), { name: 'RangeError' });
}
