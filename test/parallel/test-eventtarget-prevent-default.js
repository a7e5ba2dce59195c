'use strict';
// preventDefault(): only cancelable events become defaultPrevented, and
// dispatchEvent() then returns false. Node does not enforce `passive`.
require('../common');
const assert = require('node:assert');

{
  const event = new Event('x');
  event.preventDefault();
  assert.strictEqual(event.defaultPrevented, false);
  assert.strictEqual(event.returnValue, true);
}

{
  const event = new Event('x', { cancelable: true });
  assert.strictEqual(event.cancelable, true);
  event.preventDefault();
  assert.strictEqual(event.defaultPrevented, true);
  assert.strictEqual(event.returnValue, false);
}

{
  const et = new EventTarget();
  et.addEventListener('x', (e) => e.preventDefault());
  assert.strictEqual(et.dispatchEvent(new Event('x', { cancelable: true })), false);
  assert.strictEqual(et.dispatchEvent(new Event('x')), true);
}

{
  // A passive listener may still prevent the default in Node.
  const et = new EventTarget();
  et.addEventListener('x', (e) => {
    e.preventDefault();
    assert.strictEqual(e.defaultPrevented, true);
  }, { passive: true });
  assert.strictEqual(et.dispatchEvent(new Event('x', { cancelable: true })), false);
}

{
  // returnValue has no setter; cancelBubble can only be set to true.
  const event = new Event('x', { cancelable: true });
  assert.throws(() => { event.returnValue = false; }, TypeError);
  assert.strictEqual(event.defaultPrevented, false);
  event.cancelBubble = false;
  assert.strictEqual(event.cancelBubble, false);
  event.cancelBubble = true;
  assert.strictEqual(event.cancelBubble, true);
  event.cancelBubble = false;
  assert.strictEqual(event.cancelBubble, true);
}
