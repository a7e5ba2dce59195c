'use strict';
// listenerCount(type[, listener]) and the deprecated static listenerCount().
require('../common');
const assert = require('assert');
const EventEmitter = require('events');

const ee = new EventEmitter();
function a() {}
function b() {}
assert.strictEqual(ee.listenerCount('e'), 0);
ee.on('e', a);
assert.strictEqual(ee.listenerCount('e'), 1);
assert.strictEqual(ee.listenerCount('e', a), 1);
assert.strictEqual(ee.listenerCount('e', b), 0);
ee.on('e', b);
ee.on('e', a);
ee.once('e', b);
assert.strictEqual(ee.listenerCount('e'), 4);
assert.strictEqual(ee.listenerCount('e', a), 2);
assert.strictEqual(ee.listenerCount('e', b), 2); // counts the once wrapper too
assert.strictEqual(ee.listenerCount('e', null), 4);
assert.strictEqual(ee.listenerCount('missing', a), 0);

const single = new EventEmitter();
single.once('s', a);
assert.strictEqual(single.listenerCount('s', a), 1);

assert.strictEqual(EventEmitter.listenerCount(ee, 'e'), 4);
// Works on objects with their own listenerCount() and on plain emitter shapes.
assert.strictEqual(EventEmitter.listenerCount({ listenerCount: (t) => `n:${t}` }, 'q'), 'n:q');
assert.strictEqual(EventEmitter.listenerCount({ _events: { x: [a, b] } }, 'x'), 2);
assert.strictEqual(Object.create(EventEmitter.prototype).listenerCount('x'), 0);
