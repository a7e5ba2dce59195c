'use strict';
// EventTarget dispatch: listener order, `this`, handleEvent objects, once,
// duplicate suppression by (type, listener, capture), listeners added or
// removed while dispatching, stopImmediatePropagation and the return value.
const common = require('../common');
const assert = require('node:assert');

{
  const et = new EventTarget();
  const calls = [];
  const obj = {
    handleEvent(event) {
      assert.strictEqual(this, obj);
      calls.push(['obj', event.type]);
    },
  };
  function fn(event) {
    assert.strictEqual(this, et);
    calls.push(['fn', event.type]);
  }
  et.addEventListener('foo', fn);
  et.addEventListener('foo', obj);
  et.addEventListener('foo', fn); // Duplicate: ignored.
  et.addEventListener('foo', fn, { capture: true }); // Another capture: kept.
  et.addEventListener('foo', fn, true); // Duplicate of the capture one.
  assert.strictEqual(et.dispatchEvent(new Event('foo')), true);
  assert.deepStrictEqual(calls, [['fn', 'foo'], ['obj', 'foo'], ['fn', 'foo']]);

  // removeEventListener matches the capture flag of an options object.
  calls.length = 0;
  et.removeEventListener('foo', fn);
  et.dispatchEvent(new Event('foo'));
  assert.deepStrictEqual(calls, [['obj', 'foo'], ['fn', 'foo']]);
  et.removeEventListener('foo', fn, { capture: true });
  et.removeEventListener('foo', obj);
  calls.length = 0;
  et.dispatchEvent(new Event('foo'));
  assert.deepStrictEqual(calls, []);
}

{
  // handleEvent is looked up when the event arrives.
  const et = new EventTarget();
  const calls = [];
  const obj = { handleEvent() { calls.push(1); } };
  et.addEventListener('x', obj);
  obj.handleEvent = () => calls.push(2);
  et.dispatchEvent(new Event('x'));
  assert.deepStrictEqual(calls, [2]);
  // An object without handleEvent is accepted and does nothing.
  et.addEventListener('y', {});
  et.dispatchEvent(new Event('y'));
}

{
  // once: removed before it runs.
  const et = new EventTarget();
  const listener = common.mustCall();
  et.addEventListener('once', listener, { once: true });
  et.dispatchEvent(new Event('once'));
  et.dispatchEvent(new Event('once'));
  // The same listener without once is a duplicate of the once one.
  const again = common.mustCall(1);
  et.addEventListener('once', again, { once: true });
  et.addEventListener('once', again);
  et.dispatchEvent(new Event('once'));
  et.dispatchEvent(new Event('once'));
}

{
  // Listeners are a linked list walked with the next node read before each
  // call: one appended during a dispatch runs if it lands after a listener
  // still to come, and a listener removed before its turn does not run.
  const et = new EventTarget();
  const calls = [];
  et.addEventListener('x', () => {
    calls.push('first');
    et.addEventListener('x', () => calls.push('added'));
  });
  et.addEventListener('x', () => calls.push('second'));
  et.dispatchEvent(new Event('x'));
  assert.deepStrictEqual(calls, ['first', 'second', 'added']);

  const lone = new EventTarget();
  lone.addEventListener('x', common.mustCall(() => {
    lone.addEventListener('x', common.mustCall()); // Runs only on the next dispatch.
  }), { once: true });
  lone.dispatchEvent(new Event('x'));
  lone.dispatchEvent(new Event('x'));

  const removed = common.mustNotCall();
  const et2 = new EventTarget();
  et2.addEventListener('x', common.mustCall(() => et2.removeEventListener('x', removed)));
  et2.addEventListener('x', removed);
  et2.dispatchEvent(new Event('x'));
}

{
  // stopImmediatePropagation skips the remaining listeners.
  const et = new EventTarget();
  const calls = [];
  et.addEventListener('x', (e) => {
    calls.push(1);
    e.stopImmediatePropagation();
    assert.strictEqual(e.cancelBubble, true);
  });
  et.addEventListener('x', common.mustNotCall());
  et.dispatchEvent(new Event('x'));
  assert.deepStrictEqual(calls, [1]);
}

{
  // Target, currentTarget, eventPhase and composedPath around a dispatch.
  // Node clears the dispatch flag when the first listener returns.
  const et = new EventTarget();
  const event = new Event('x');
  assert.strictEqual(event.target, null);
  assert.strictEqual(event.currentTarget, null);
  assert.strictEqual(event.srcElement, null);
  assert.strictEqual(event.eventPhase, Event.NONE);
  assert.deepStrictEqual(event.composedPath(), []);
  const seen = [];
  et.addEventListener('x', (e) => {
    seen.push([e.target === et, e.currentTarget === et, e.eventPhase, e.composedPath().length]);
  });
  et.addEventListener('x', (e) => {
    seen.push([e.target === et, e.currentTarget === et, e.eventPhase, e.composedPath().length]);
  });
  et.dispatchEvent(event);
  assert.deepStrictEqual(seen, [[true, true, 2, 1], [true, false, 0, 0]]);
  assert.strictEqual(event.target, et);
  assert.strictEqual(event.currentTarget, null);
  assert.strictEqual(event.eventPhase, 0);

  // Dispatching with no listeners still sets the target.
  const lone = new Event('none');
  assert.strictEqual(et.dispatchEvent(lone), true);
  assert.strictEqual(lone.target, et);
}

{
  // The same event dispatched from inside one of its listeners is recursion.
  const et = new EventTarget();
  const event = new Event('x');
  et.addEventListener('x', common.mustCall(() => {
    assert.throws(() => et.dispatchEvent(event), {
      code: 'ERR_EVENT_RECURSION',
      name: 'Error',
      message: 'The event "x" is already being dispatched',
    });
  }, 2));
  et.dispatchEvent(event);
  // After the dispatch it can be dispatched again.
  et.dispatchEvent(event);
}

{
  // Types are converted to strings.
  const et = new EventTarget();
  et.addEventListener(1, common.mustCall((e) => assert.strictEqual(e.type, '1')));
  et.dispatchEvent(new Event('1'));
  et.addEventListener(null, common.mustCall((e) => assert.strictEqual(e.type, 'null')));
  et.dispatchEvent(new Event(null));
}

{
  // Subclasses are EventTargets.
  class MyTarget extends EventTarget {}
  const t = new MyTarget();
  t.addEventListener('x', common.mustCall());
  assert.strictEqual(t.dispatchEvent(new Event('x')), true);
}
