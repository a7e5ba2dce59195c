'use strict';
// events.getEventListeners() for EventEmitters and EventTargets.
require('../common');
const assert = require('assert');
const { getEventListeners, EventEmitter } = require('events');

function a() {}
function b() {}

{
  const ee = new EventEmitter();
  ee.on('foo', a);
  ee.once('foo', b);
  assert.deepStrictEqual(getEventListeners(ee, 'foo'), [a, b]);
  assert.deepStrictEqual(getEventListeners(ee, 'bar'), []);
}

{
  const et = new EventTarget();
  et.addEventListener('foo', a);
  et.addEventListener('foo', b);
  et.addEventListener('foo', a); // duplicates are ignored by EventTarget
  assert.deepStrictEqual(getEventListeners(et, 'foo'), [a, b]);
  et.removeEventListener('foo', a);
  assert.deepStrictEqual(getEventListeners(et, 'foo'), [b]);
  assert.deepStrictEqual(getEventListeners(et, 'none'), []);
}

assert.throws(() => getEventListeners({}, 'x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "emitter" argument must be an instance of EventEmitter or EventTarget. ' +
           'Received an instance of Object',
});
