'use strict';
// events.once(): resolving with the event's arguments, rejecting on 'error' and abort.
const common = require('../common');
const assert = require('assert');
const { once, EventEmitter } = require('events');

(async () => {
  {
    const ee = new EventEmitter();
    process.nextTick(() => ee.emit('myevent', 42, 'x'));
    const value = await once(ee, 'myevent');
    assert.deepStrictEqual(value, [42, 'x']);
    assert.strictEqual(ee.listenerCount('myevent'), 0);
    assert.strictEqual(ee.listenerCount('error'), 0);
  }

  {
    const ee = new EventEmitter();
    const err = new Error('kaboom');
    process.nextTick(() => ee.emit('error', err));
    await assert.rejects(once(ee, 'myevent'), (e) => e === err);
    assert.strictEqual(ee.listenerCount('myevent'), 0);
    assert.strictEqual(ee.listenerCount('error'), 0);
  }

  {
    // Waiting for 'error' itself resolves with it.
    const ee = new EventEmitter();
    const err = new Error('wanted');
    process.nextTick(() => ee.emit('error', err));
    const [value] = await once(ee, 'error');
    assert.strictEqual(value, err);
  }

  {
    // An already aborted signal rejects without adding listeners.
    const ee = new EventEmitter();
    const ac = new AbortController();
    ac.abort('why');
    await assert.rejects(once(ee, 'foo', { signal: ac.signal }), (err) => {
      assert.strictEqual(err.name, 'AbortError');
      assert.strictEqual(err.code, 'ABORT_ERR');
      assert.strictEqual(err.message, 'The operation was aborted');
      assert.strictEqual(err.cause, 'why');
      return true;
    });
    assert.strictEqual(ee.listenerCount('foo'), 0);
  }

  {
    // Aborting later rejects and removes the listeners.
    const ee = new EventEmitter();
    const ac = new AbortController();
    const promise = once(ee, 'foo', { signal: ac.signal });
    assert.strictEqual(ee.listenerCount('foo'), 1);
    assert.strictEqual(ee.listenerCount('error'), 1);
    ac.abort();
    await assert.rejects(promise, { name: 'AbortError' });
    assert.strictEqual(ee.listenerCount('foo'), 0);
    assert.strictEqual(ee.listenerCount('error'), 0);
  }

  {
    // Resolving removes the abort listener: aborting afterwards is harmless.
    const ee = new EventEmitter();
    const ac = new AbortController();
    const promise = once(ee, 'foo', { signal: ac.signal });
    ee.emit('foo', 1);
    assert.deepStrictEqual(await promise, [1]);
    ac.abort();
  }

  {
    // EventTarget: resolves with the event; no 'error' semantics.
    const et = new EventTarget();
    const event = new Event('ping');
    process.nextTick(() => et.dispatchEvent(event));
    const [value] = await once(et, 'ping');
    assert.strictEqual(value, event);
  }

  await assert.rejects(once(new EventEmitter(), 'x', { signal: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (1)',
  });
  await assert.rejects(once({}, 'x'), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "emitter" argument must be an instance of EventEmitter. Received an instance of Object',
  });
})().then(common.mustCall());
