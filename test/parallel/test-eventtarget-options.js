'use strict';
// addEventListener options: the order they are read in, `signal` removing the
// listener on abort, and null/undefined listeners ignored with a warning.
const common = require('../common');
const assert = require('node:assert');
const { getEventListeners } = require('node:events');

{
  const read = [];
  const options = {};
  for (const name of ['once', 'capture', 'passive', 'signal']) {
    Object.defineProperty(options, name, { get() { read.push(name); } });
  }
  new EventTarget().addEventListener('x', () => {}, options);
  assert.deepStrictEqual(read, ['once', 'capture', 'passive', 'signal']);
}

{
  // A signal removes the listener when it aborts.
  const et = new EventTarget();
  const ac = new AbortController();
  const listener = common.mustCall();
  et.addEventListener('x', listener, { signal: ac.signal });
  et.dispatchEvent(new Event('x'));
  assert.deepStrictEqual(getEventListeners(et, 'x'), [listener]);
  ac.abort();
  assert.deepStrictEqual(getEventListeners(et, 'x'), []);
  et.dispatchEvent(new Event('x'));

  // An aborted signal means the listener is never added.
  et.addEventListener('x', common.mustNotCall(), { signal: ac.signal });
  et.dispatchEvent(new Event('x'));
  assert.deepStrictEqual(getEventListeners(et, 'x'), []);
}

{
  // The signal's own listener survives stopImmediatePropagation by another
  // 'abort' listener.
  const et = new EventTarget();
  const ac = new AbortController();
  ac.signal.addEventListener('abort', (e) => e.stopImmediatePropagation());
  et.addEventListener('x', common.mustNotCall(), { signal: ac.signal });
  ac.abort();
  et.dispatchEvent(new Event('x'));
}

{
  // null and undefined listeners do nothing but warn.
  const et = new EventTarget();
  const warnings = [];
  process.on('warning', (w) => warnings.push(w));
  et.addEventListener('x', null);
  et.addEventListener('y', undefined);
  assert.deepStrictEqual(getEventListeners(et, 'x'), []);
  et.removeEventListener('x', null);
  process.nextTick(common.mustCall(() => {
    assert.strictEqual(warnings.length, 2);
    assert.strictEqual(warnings[0].name, 'AddEventListenerArgumentTypeWarning');
    assert.strictEqual(warnings[0].message, 'addEventListener called with null which has no effect.');
    assert.strictEqual(warnings[0].target, et);
    assert.strictEqual(warnings[0].type, 'x');
    assert.strictEqual(warnings[1].message,
                       'addEventListener called with undefined which has no effect.');
  }));
}

{
  // Boolean options are the capture flag; removeEventListener only reads
  // `capture` from an options object (as Node does).
  const et = new EventTarget();
  const listener = () => {};
  et.addEventListener('x', listener, true);
  et.removeEventListener('x', listener, true);
  assert.deepStrictEqual(getEventListeners(et, 'x'), [listener]);
  et.removeEventListener('x', listener, { capture: true });
  assert.deepStrictEqual(getEventListeners(et, 'x'), []);
}
