'use strict';
// assert.CallTracker (deprecated, still present in Node 20).
require('../common');
const assert = require('assert');

process.on('warning', () => {});
const tracker = new assert.CallTracker();

function foo(a) { return a * 2; }
const tracked = tracker.calls(foo, 2);
assert.strictEqual(tracked(2), 4);
assert.deepStrictEqual(tracker.getCalls(tracked), [{ thisArg: undefined, arguments: [2] }]);
assert.strictEqual(Object.isFrozen(tracker.getCalls(tracked)[0]), true);

const report = tracker.report();
assert.strictEqual(report.length, 1);
assert.strictEqual(report[0].message,
                   'Expected the foo function to be executed 2 time(s) but was executed 1 time(s).');
assert.strictEqual(report[0].actual, 1);
assert.strictEqual(report[0].expected, 2);
assert.strictEqual(report[0].operator, 'foo');
assert.ok(report[0].stack instanceof Error);

assert.throws(() => tracker.verify(), {
  code: 'ERR_ASSERTION',
  message: 'Expected the foo function to be executed 2 time(s) but was executed 1 time(s).',
});
tracked(1);
tracker.verify();

const anon = tracker.calls();
assert.throws(() => tracker.verify(), {
  message: 'Expected the calls function to be executed 1 time(s) but was executed 0 time(s).',
});
tracker.calls(3);
assert.throws(() => tracker.verify(), {
  message: 'Functions were not called the expected number of times',
});
anon();

tracker.reset(tracked);
assert.deepStrictEqual(tracker.getCalls(tracked), []);
assert.throws(() => tracker.getCalls(foo), {
  code: 'ERR_INVALID_ARG_VALUE',
  message: /^The argument 'tracked' is not a tracked function\. Received \[Function: foo\]$/,
});
