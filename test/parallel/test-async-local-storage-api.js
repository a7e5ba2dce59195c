'use strict';
// AsyncLocalStorage enterWith/disable/bind/snapshot, AsyncResource, createHook, ids.
const common = require('../common');
const assert = require('node:assert');
const {
  AsyncLocalStorage, AsyncResource, createHook, executionAsyncId, triggerAsyncId,
} = require('node:async_hooks');

assert.strictEqual(executionAsyncId(), 1);
assert.strictEqual(triggerAsyncId(), 0);

const als = new AsyncLocalStorage();

// bind and snapshot capture the context of their creation.
const bound = als.run('a', () => AsyncLocalStorage.bind(() => als.getStore()));
const snap = als.run('b', () => AsyncLocalStorage.snapshot());
assert.strictEqual(bound(), 'a');
assert.strictEqual(snap(() => als.getStore()), 'b');
assert.strictEqual(snap((x, y) => x + y, 1, 2), 3);
assert.throws(() => AsyncLocalStorage.bind(1), { code: 'ERR_INVALID_ARG_TYPE' });

// disable: getStore() is undefined until the next run().
als.run('c', () => {
  als.disable();
  assert.strictEqual(als.getStore(), undefined);
  als.run('d', () => assert.strictEqual(als.getStore(), 'd'));
});

// AsyncResource runs functions in the context where it was created.
assert.throws(() => new AsyncResource(), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "type" argument must be of type string. Received undefined',
});
const resource = als.run('res', () => new AsyncResource('X'));
assert.strictEqual(typeof resource.asyncId(), 'number');
assert.strictEqual(resource.triggerAsyncId(), 1);
assert.strictEqual(resource.emitDestroy(), resource);
assert.strictEqual(resource.runInAsyncScope(function(v) { return [this, v, als.getStore()]; },
                                            'self', 'arg').join(), 'self,arg,res');
const fn = resource.bind(function f(a, b) { return als.getStore(); });
assert.strictEqual(fn.length, 2);
assert.strictEqual(fn.name, 'bound');
assert.strictEqual(fn.asyncResource, resource);
assert.strictEqual(fn(), 'res');
const staticBound = als.run('static', () => AsyncResource.bind(() => als.getStore()));
assert.strictEqual(staticBound(), 'static');

// createHook: validated, enable/disable chain.
assert.throws(() => createHook({ init: 1 }), {
  code: 'ERR_ASYNC_CALLBACK', message: 'hook.init must be a function',
});
const hook = createHook({ init() {} });
assert.strictEqual(hook.enable(), hook);
assert.strictEqual(hook.disable(), hook);

// enterWith sets the store for the rest of the synchronous run and what it schedules.
setImmediate(common.mustCall(() => {
  als.enterWith('entered');
  assert.strictEqual(als.getStore(), 'entered');
  setTimeout(common.mustCall(() => assert.strictEqual(als.getStore(), 'entered')), 1);
}));
setImmediate(common.mustCall(() => assert.strictEqual(als.getStore(), undefined)));
