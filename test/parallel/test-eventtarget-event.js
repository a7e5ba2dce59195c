'use strict';
// Event and CustomEvent construction: type conversion, flags, initEvent,
// timeStamp, isTrusted and detail.
require('../common');
const assert = require('node:assert');

{
  const event = new Event('foo');
  assert.strictEqual(event.type, 'foo');
  assert.strictEqual(event.bubbles, false);
  assert.strictEqual(event.cancelable, false);
  assert.strictEqual(event.composed, false);
  assert.strictEqual(event.defaultPrevented, false);
  assert.strictEqual(event.isTrusted, false);
  assert.strictEqual(event.cancelBubble, false);
  assert.strictEqual(event.returnValue, true);
}

{
  const event = new Event('foo', { bubbles: 1, cancelable: 'yes', composed: {} });
  assert.strictEqual(event.bubbles, true);
  assert.strictEqual(event.cancelable, true);
  assert.strictEqual(event.composed, true);
  assert.strictEqual(new Event(1).type, '1');
  assert.strictEqual(new Event(undefined).type, 'undefined');
  assert.strictEqual(new Event({ toString() { return 'obj'; } }).type, 'obj');
}

{
  // initEvent resets type, bubbles and cancelable (not while dispatching).
  const event = new Event('a');
  event.initEvent('b', true, true);
  assert.strictEqual(event.type, 'b');
  assert.strictEqual(event.bubbles, true);
  assert.strictEqual(event.cancelable, true);
  event.initEvent('c');
  assert.strictEqual(event.bubbles, false);
  assert.throws(() => event.initEvent(), { code: 'ERR_MISSING_ARGS' });

  const et = new EventTarget();
  const during = new Event('d');
  et.addEventListener('d', (e) => e.initEvent('changed'));
  et.dispatchEvent(during);
  assert.strictEqual(during.type, 'd');
}

{
  // timeStamp: milliseconds since the process started, non-decreasing.
  const first = new Event('x').timeStamp;
  const second = new Event('x').timeStamp;
  assert.strictEqual(typeof first, 'number');
  assert.ok(first > 0);
  assert.ok(second >= first);
  assert.ok(first < process.uptime() * 1000 + 1);
}

{
  const event = new CustomEvent('c');
  assert.strictEqual(event.detail, null);
  assert.ok(event instanceof Event);
  const detail = { x: 1 };
  assert.strictEqual(new CustomEvent('c', { detail }).detail, detail);
  assert.strictEqual(new CustomEvent('c', { detail: 0 }).detail, 0);
  assert.strictEqual(new CustomEvent('c', { cancelable: true }).cancelable, true);
  assert.throws(() => new CustomEvent('c', 1), { code: 'ERR_INVALID_ARG_TYPE' });

  const et = new EventTarget();
  et.addEventListener('c', (e) => assert.strictEqual(e.detail, detail));
  et.dispatchEvent(new CustomEvent('c', { detail }));
}
