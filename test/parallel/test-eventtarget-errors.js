'use strict';
// Argument and receiver errors of Event, CustomEvent and EventTarget.
require('../common');
const assert = require('node:assert');

const et = new EventTarget();
const fn = () => {};

assert.throws(() => new Event(), {
  code: 'ERR_MISSING_ARGS', name: 'TypeError', message: 'The "type" argument must be specified',
});
assert.throws(() => new CustomEvent(), { code: 'ERR_MISSING_ARGS' });
for (const options of [1, 'x', [], () => {}]) {
  assert.throws(() => new Event('x', options), { code: 'ERR_INVALID_ARG_TYPE', name: 'TypeError' });
}
assert.throws(() => new Event('x', 1), {
  message: 'The "options" argument must be of type object. Received type number (1)',
});
assert.strictEqual(new Event('x', null).type, 'x');
assert.throws(() => Event('x'), TypeError);
assert.throws(() => new Event(Symbol('s')), TypeError);

const invalidEventThis = {
  code: 'ERR_INVALID_THIS', name: 'TypeError', message: 'Value of "this" must be of type Event',
};
for (const name of ['type', 'target', 'currentTarget', 'srcElement', 'cancelable',
                    'defaultPrevented', 'timeStamp', 'returnValue', 'bubbles', 'composed',
                    'eventPhase', 'cancelBubble']) {
  const { get } = Object.getOwnPropertyDescriptor(Event.prototype, name);
  assert.throws(() => get.call({}), invalidEventThis);
}
for (const name of ['preventDefault', 'stopPropagation', 'stopImmediatePropagation',
                    'composedPath']) {
  assert.throws(() => Event.prototype[name].call({}), invalidEventThis);
}
// isTrusted never throws.
assert.strictEqual(Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted').get.call({}),
                   false);
assert.throws(
  () => Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail').get.call(new Event('x')),
  { code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type CustomEvent' });

const invalidTargetThis = {
  code: 'ERR_INVALID_THIS', name: 'TypeError',
  message: 'Value of "this" must be of type EventTarget',
};
assert.throws(() => et.addEventListener.call({}, 'x', fn), invalidTargetThis);
assert.throws(() => et.removeEventListener.call({}, 'x', fn), invalidTargetThis);
assert.throws(() => et.dispatchEvent.call({}, new Event('x')), invalidTargetThis);

const missingTypeAndListener = {
  code: 'ERR_MISSING_ARGS',
  message: 'The "type" and "listener" arguments must be specified',
};
assert.throws(() => et.addEventListener(), missingTypeAndListener);
assert.throws(() => et.addEventListener('x'), missingTypeAndListener);
assert.throws(() => et.removeEventListener('x'), missingTypeAndListener);
assert.throws(() => et.dispatchEvent(), {
  code: 'ERR_MISSING_ARGS', message: 'The "event" argument must be specified',
});

for (const listener of [1, 'x', true, Symbol('s')]) {
  assert.throws(() => et.addEventListener('x', listener), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: /^The "listener" argument must be an instance of EventListener\. Received /,
  });
  assert.throws(() => et.removeEventListener('x', listener), { code: 'ERR_INVALID_ARG_TYPE' });
}
assert.throws(() => et.addEventListener('x', fn, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type number (1)',
});
assert.throws(() => et.addEventListener('x', fn, { signal: {} }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options.signal" property must be an instance of AbortSignal. ' +
           'Received an instance of Object',
});
assert.throws(() => et.addEventListener(Symbol('t'), fn), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: "The argument 'value' is invalid. Received Symbol(t)",
});
assert.throws(() => et.dispatchEvent({ type: 'x' }), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "event" argument must be an instance of Event. Received an instance of Object',
});
