'use strict';
// console.context() and console.createTask(), and the order of the global console's keys.
require('../common');
const assert = require('assert');

const keys = Object.keys(console);
assert.deepStrictEqual(keys.slice(keys.indexOf('groupCollapsed')),
                       ['groupCollapsed', 'Console', 'profile', 'profileEnd', 'timeStamp',
                        'context', 'createTask']);

const ctx = console.context('name');
assert.strictEqual(typeof ctx.log, 'function');
assert.strictEqual(typeof ctx.timeStamp, 'function');
assert.strictEqual(ctx.log('not printed without an inspector'), undefined);

const task = console.createTask('task');
assert.strictEqual(task.run(() => 42), 42);
assert.strictEqual(console.createTask.length, 0);
assert.throws(() => console.createTask(), {
  name: 'Error',
  message: 'First argument must be a non-empty string.',
});
assert.throws(() => console.createTask(''), { message: 'First argument must be a non-empty string.' });
