'use strict';
// util.inspect of Event, CustomEvent, EventTarget, AbortController and
// AbortSignal, and the Event/EventTarget class shapes.
require('../common');
const assert = require('node:assert');
const { inspect } = require('node:util');

const event = new Event('foo', { cancelable: true });
const stamp = event.timeStamp;
assert.strictEqual(typeof stamp, 'number');
assert.strictEqual(inspect(event),
                   `Event {\n  type: 'foo',\n  defaultPrevented: false,\n  cancelable: true,\n` +
                   `  timeStamp: ${stamp}\n}`);
assert.strictEqual(inspect(event, { depth: -1 }), 'Event');
assert.strictEqual(inspect({ a: { b: { c: event } } }), '{ a: { b: { c: Event } } }');
assert.match(inspect(new CustomEvent('c', { detail: 1 })), /^CustomEvent \{\n  type: 'c',/);

assert.strictEqual(inspect(new EventTarget()), 'EventTarget {}');
assert.strictEqual(inspect(new EventTarget(), { depth: -1 }), 'EventTarget');
class Sub extends EventTarget {}
assert.strictEqual(inspect(new Sub()), 'Sub {}');

const ac = new AbortController();
assert.strictEqual(inspect(ac.signal), 'AbortSignal { aborted: false }');
assert.strictEqual(inspect(ac), 'AbortController { signal: AbortSignal { aborted: false } }');
assert.strictEqual(inspect(ac, { depth: 0 }), 'AbortController [Object]');
assert.strictEqual(inspect({ a: { b: { c: ac.signal } } }), '{ a: { b: { c: [AbortSignal] } } }');
ac.abort();
assert.strictEqual(inspect(ac.signal), 'AbortSignal { aborted: true }');
assert.strictEqual(inspect(AbortSignal.abort(), { showHidden: true }),
                   'AbortSignal { aborted: true }');

for (const [value, tag] of [[event, 'Event'], [new CustomEvent('x'), 'CustomEvent'],
                            [new EventTarget(), 'EventTarget'], [ac, 'AbortController'],
                            [ac.signal, 'AbortSignal']]) {
  assert.strictEqual(Object.prototype.toString.call(value), `[object ${tag}]`);
}

// Class shapes.
assert.deepStrictEqual(
  Object.keys(Event.prototype),
  ['initEvent', 'stopImmediatePropagation', 'preventDefault', 'target', 'currentTarget',
   'srcElement', 'type', 'cancelable', 'defaultPrevented', 'timeStamp', 'composedPath',
   'returnValue', 'bubbles', 'composed', 'eventPhase', 'cancelBubble', 'stopPropagation',
   'isTrusted']);
assert.deepStrictEqual(Object.keys(EventTarget.prototype),
                       ['addEventListener', 'removeEventListener', 'dispatchEvent']);
assert.deepStrictEqual(Object.keys(CustomEvent.prototype), ['detail']);
assert.deepStrictEqual(Object.keys(AbortController.prototype), ['signal', 'abort']);
assert.deepStrictEqual(Object.keys(AbortSignal.prototype), ['aborted', 'onabort']);
assert.deepStrictEqual(
  [Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE], [0, 1, 2, 3]);
assert.strictEqual(event.AT_TARGET, undefined);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(Event, 'AT_TARGET'),
                       { value: 2, writable: false, enumerable: true, configurable: false });
assert.strictEqual(Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted').configurable,
                   false);
assert.strictEqual(event.isTrusted, false);
assert.deepStrictEqual(Object.keys(event), []);
assert.strictEqual(Object.getPrototypeOf(CustomEvent), Event);
assert.strictEqual(Object.getPrototypeOf(AbortSignal), EventTarget);
assert.strictEqual(Event.length, 1);
assert.strictEqual(EventTarget.length, 0);
