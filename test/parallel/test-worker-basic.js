'use strict';
// Worker basics: a script file on its own thread, workerData, argv, messages both ways,
// 'online' before the first message, 'exit' with code 0.
const common = require('../common');
const assert = require('assert');
const fixtures = require('../common/fixtures');
const { Worker, isMainThread, threadId, parentPort, workerData } = require('worker_threads');

assert.strictEqual(isMainThread, true);
assert.strictEqual(threadId, 0);
assert.strictEqual(parentPort, null);
assert.strictEqual(workerData, null);

const worker = new Worker(fixtures.path('worker', 'echo.js'), {
  workerData: { list: [1, 2, 3], map: new Map([['a', 1]]) },
  argv: ['x', 2],
});
assert.ok(Number.isInteger(worker.threadId) && worker.threadId > 0);
// Until the thread has started the unset limits read -1, then V8's defaults: only the
// shape and the stack size are certain here.
assert.deepStrictEqual(Object.keys(worker.resourceLimits),
                       ['maxYoungGenerationSizeMb', 'maxOldGenerationSizeMb', 'codeRangeSizeMb',
                        'stackSizeMb']);
assert.strictEqual(worker.resourceLimits.stackSizeMb, 4);
const events = [];
worker.on('online', common.mustCall(() => events.push('online')));
worker.on('message', common.mustCall((message) => {
  events.push('message');
  if (events.length === 2) {
    assert.deepStrictEqual(message, {
      isMainThread: false,
      threadId: worker.threadId,
      workerData: { list: [1, 2, 3], map: new Map([['a', 1]]) },
      argv: ['x', '2'],
    });
    worker.postMessage({ round: 'trip', n: 1n });
  } else {
    assert.deepStrictEqual(message, { round: 'trip', n: 1n });
    worker.postMessage('close');
  }
}, 2));
worker.on('exit', common.mustCall((code) => {
  assert.strictEqual(code, 0);
  assert.deepStrictEqual(events, ['online', 'message', 'message']);
  assert.strictEqual(worker.threadId, -1);
}));
