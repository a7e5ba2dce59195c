'use strict';
// How util.inspect shows an EventEmitter (its own fields and symbols).
require('../common');
const assert = require('assert');
const util = require('util');
const EventEmitter = require('events');

const ee = new EventEmitter();
assert.strictEqual(util.inspect(ee),
                   'EventEmitter {\n' +
                   '  _events: [Object: null prototype] {},\n' +
                   '  _eventsCount: 0,\n' +
                   '  _maxListeners: undefined,\n' +
                   '  [Symbol(shapeMode)]: false,\n' +
                   '  [Symbol(kCapture)]: false\n' +
                   '}');
function listener() {}
ee.on('data', listener);
ee.setMaxListeners(5);
assert.strictEqual(util.inspect(ee, { breakLength: Infinity }),
                   'EventEmitter { _events: [Object: null prototype] { data: [Function: listener] }, ' +
                   '_eventsCount: 1, _maxListeners: 5, [Symbol(shapeMode)]: false, [Symbol(kCapture)]: false }');
