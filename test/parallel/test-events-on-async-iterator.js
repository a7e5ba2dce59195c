'use strict';
// events.on(): iterating events, ending on error, close events, return() and abort.
const common = require('../common');
const assert = require('assert');
const { on, EventEmitter } = require('events');

(async () => {
  {
    // Events emitted before iteration are queued.
    const ee = new EventEmitter();
    const iterable = on(ee, 'foo');
    ee.emit('foo', 'bar');
    ee.emit('foo', 42, 'x');
    ee.emit('foo');
    const got = [];
    for await (const event of iterable) {
      got.push(event);
      if (got.length === 3) break;
    }
    assert.deepStrictEqual(got, [['bar'], [42, 'x'], []]);
    assert.strictEqual(ee.listenerCount('foo'), 0);
    assert.strictEqual(ee.listenerCount('error'), 0);
  }

  {
    // An error after queued events: the events first, then the rejection.
    const ee = new EventEmitter();
    const err = new Error('kaboom');
    const iterable = on(ee, 'foo');
    ee.emit('foo', 1);
    ee.emit('error', err);
    const got = [];
    await assert.rejects(async () => {
      for await (const event of iterable) got.push(event);
    }, (e) => e === err);
    assert.deepStrictEqual(got, [[1]]);
    assert.strictEqual(ee.listenerCount('foo'), 0);
    assert.strictEqual(ee.listenerCount('error'), 0);
  }

  {
    // A pending next() resolves when the event comes; return() ends it.
    const ee = new EventEmitter();
    const iterator = on(ee, 'foo');
    const pending = iterator.next();
    ee.emit('foo', 'late');
    assert.deepStrictEqual(await pending, { value: ['late'], done: false });
    const waiting = iterator.next();
    assert.deepStrictEqual(await iterator.return(), { value: undefined, done: true });
    assert.deepStrictEqual(await waiting, { value: undefined, done: true });
    assert.deepStrictEqual(await iterator.next(), { value: undefined, done: true });
    assert.strictEqual(ee.listenerCount('foo'), 0);
  }

  {
    // `close` events end the iteration after what was queued.
    const ee = new EventEmitter();
    const iterable = on(ee, 'data', { close: ['end', 'finish'] });
    process.nextTick(() => {
      ee.emit('data', 1);
      ee.emit('data', 2);
      ee.emit('finish');
      ee.emit('data', 3);
    });
    const got = [];
    for await (const [value] of iterable) got.push(value);
    assert.deepStrictEqual(got, [1, 2]);
    assert.strictEqual(ee.listenerCount('finish'), 0);
    assert.strictEqual(ee.listenerCount('end'), 0);
  }

  {
    // throw() needs an Error; with one it ends the iteration.
    const ee = new EventEmitter();
    const iterator = on(ee, 'foo');
    assert.throws(() => iterator.throw('nope'), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "EventEmitter.AsyncIterator" property must be an instance of Error. ' +
               "Received type string ('nope')",
    });
    const err = new Error('thrown');
    iterator.throw(err);
    await assert.rejects(iterator.next(), (e) => e === err);
    assert.deepStrictEqual(await iterator.next(), { value: undefined, done: true });
  }

  {
    // Aborting rejects the pending next() with an AbortError.
    const ee = new EventEmitter();
    const ac = new AbortController();
    const iterator = on(ee, 'foo', { signal: ac.signal });
    const pending = iterator.next();
    ac.abort();
    await assert.rejects(pending, { name: 'AbortError' });
    assert.strictEqual(ee.listenerCount('foo'), 0);
    assert.throws(() => on(ee, 'foo', { signal: ac.signal }), { name: 'AbortError' });
  }

  {
    // The iterator is an async iterator of its own.
    const iterator = on(new EventEmitter(), 'x');
    assert.strictEqual(iterator[Symbol.asyncIterator](), iterator);
    assert.strictEqual(typeof iterator.next, 'function');
    await iterator.return();
  }

  {
    // EventTarget: values are arrays holding the event.
    const et = new EventTarget();
    const iterator = on(et, 'ping');
    const event = new Event('ping');
    et.dispatchEvent(event);
    assert.deepStrictEqual(await iterator.next(), { value: [event], done: false });
    await iterator.return();
  }

  assert.throws(() => on(new EventEmitter(), 'x', { signal: 'x' }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => on(new EventEmitter(), 'x', { highWaterMark: 0 }), {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "options.highWaterMark" is out of range. It must be >= 1 && <= 9007199254740991. Received 0',
  });
})().then(common.mustCall());
