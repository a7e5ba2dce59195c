'use strict';
// The event and abort classes are globals defined as Node defines them:
// non-enumerable, writable and configurable.
require('../common');
const assert = require('node:assert');

const names = ['Event', 'EventTarget', 'CustomEvent', 'AbortController', 'AbortSignal',
               'DOMException'];
for (const name of names) {
  const desc = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(desc.enumerable, false, name);
  assert.strictEqual(desc.configurable, true, name);
  assert.strictEqual(Object.keys(globalThis).includes(name), false, name);
}
// Event, EventTarget and CustomEvent are data properties; the abort classes
// and DOMException load on first access and then become data properties.
for (const name of ['Event', 'EventTarget', 'CustomEvent']) {
  assert.strictEqual(Object.getOwnPropertyDescriptor(globalThis, name).writable, true);
}
const lazy = Object.getOwnPropertyDescriptor(globalThis, 'AbortController');
assert.strictEqual(lazy.get.name, 'get AbortController');
assert.strictEqual(lazy.set.name, 'set AbortController');
assert.strictEqual(typeof Object.getOwnPropertyDescriptor(globalThis, 'DOMException').get,
                   'function');
assert.strictEqual(typeof AbortSignal, 'function');
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(globalThis, 'AbortSignal'), {
  value: AbortSignal, writable: true, enumerable: false, configurable: true,
});
assert.strictEqual(typeof DOMException, 'function');
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(globalThis, 'DOMException'), {
  value: DOMException, writable: true, enumerable: false, configurable: true,
});

// Assigning replaces a lazy global.
globalThis.AbortController = 5;
assert.strictEqual(AbortController, 5);
assert.deepStrictEqual(Object.getOwnPropertyDescriptor(globalThis, 'AbortController'), {
  value: 5, writable: true, enumerable: false, configurable: true,
});

// EventTarget is recognised by events' helpers.
assert.strictEqual(EventTarget[Symbol.for('nodejs.event_target')], true);
