'use strict';
// domain: errors thrown in callbacks started inside d.run(), and 'error' events of
// emitters created or added there, reach the domain; process.domain follows it.
const assert = require('assert');
const fs = require('fs');
const { EventEmitter } = require('events');

assert.strictEqual(process.domain, null);
const domain = require('domain');
assert.deepStrictEqual(Object.keys(domain), ['_stack', 'Domain', 'createDomain', 'create', 'active']);

const d = domain.create();
assert.ok(d instanceof domain.Domain);
assert.ok(d instanceof EventEmitter);
assert.deepStrictEqual(d.members, []);

const seen = [];
d.on('error', (err) => {
  seen.push([err.message, err.domainThrown, err.domain === d, process.domain === d,
             Object.keys(err)]);
});

let emitter;
d.run(() => {
  assert.strictEqual(process.domain, d);
  assert.strictEqual(domain.active, d);
  assert.strictEqual(domain._stack.length, 1);
  process.nextTick(() => seen.push(['tick', process.domain === d]));
  Promise.resolve().then(() => seen.push(['promise', process.domain === d]));
  fs.stat(__filename, () => seen.push(['fs', process.domain === d]));
  setTimeout(() => {
    seen.push(['timer', process.domain === d]);
    throw new Error('from timer');
  }, 1);
  emitter = new EventEmitter();
});
assert.strictEqual(emitter.domain, d);
assert.strictEqual(Object.keys(emitter).includes('domain'), false);
assert.strictEqual(domain._stack.length, 0);
assert.notStrictEqual(process.domain, d);

// bind() and intercept().
const bound = d.bind(function(a) { return [this, a, process.domain === d]; });
assert.strictEqual(bound.domain, d);
assert.deepStrictEqual(bound.call('self', 1), ['self', 1, true]);
const intercepted = d.intercept((value) => seen.push(['intercepted', value, process.domain === d]));
intercepted(null, 5);
intercepted(new Error('intercepted error'));

// add()/remove(), and an emitter's listeners running in its domain.
const added = new EventEmitter();
d.add(added);
assert.strictEqual(added.domain, d);
assert.strictEqual(d.members.length, 1);
added.on('x', () => seen.push(['listener', process.domain === d]));
added.emit('x');
added.emit('error', new Error('emitted'));
d.remove(added);
assert.strictEqual(added.domain, null);
assert.strictEqual(d.members.length, 0);
assert.throws(() => added.emit('error', new Error('no domain now')), /no domain now/);

// A synchronous throw inside run() (in a callback) goes to the domain too.
const d2 = domain.create();
d2.on('error', (err) => seen.push(['d2', err.message, domain._stack.length]));
setTimeout(() => d2.run(() => { throw new Error('sync in run'); }), 20);

assert.throws(() => process.setUncaughtExceptionCaptureCallback(() => {}),
              { code: 'ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE' });

process.on('exit', (code) => {
  assert.strictEqual(code, 0);
  const byName = (name) => seen.find((entry) => entry[0] === name);
  assert.deepStrictEqual(byName('tick'), ['tick', true]);
  assert.deepStrictEqual(byName('promise'), ['promise', true]);
  assert.deepStrictEqual(byName('fs'), ['fs', true]);
  assert.deepStrictEqual(byName('timer'), ['timer', true]);
  assert.deepStrictEqual(byName('from timer'), ['from timer', true, true, false, ['domainThrown']]);
  assert.deepStrictEqual(byName('intercepted'), ['intercepted', 5, true]);
  assert.deepStrictEqual(byName('intercepted error'),
                         ['intercepted error', false, true, false, ['domainBound', 'domainThrown']]);
  assert.deepStrictEqual(byName('listener'), ['listener', true]);
  assert.deepStrictEqual(byName('emitted'),
                         ['emitted', false, true, false, ['domainEmitter', 'domainThrown']]);
  assert.deepStrictEqual(byName('d2'), ['d2', 'sync in run', 0]);
});
