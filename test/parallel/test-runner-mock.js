'use strict';

// node:test's mock: mock.fn() call tracking and implementations, mock.method(),
// mock.getter()/setter(), restore/reset, and t.mock restored after its test.

const common = require('../common');
const assert = require('node:assert');
const { mock, test } = require('node:test');

test('mock.fn tracks calls', common.mustCall(() => {
  const fn = mock.fn((a, b) => a + b);
  assert.strictEqual(fn(1, 2), 3);
  assert.strictEqual(fn.call('self', 3, 4), 7);
  assert.strictEqual(fn.mock.callCount(), 2);
  const [first, second] = fn.mock.calls;
  assert.strictEqual(Object.getPrototypeOf(first), null);
  assert.deepStrictEqual(Object.keys(first),
                         ['arguments', 'error', 'result', 'stack', 'target', 'this']);
  assert.deepStrictEqual(first.arguments, [1, 2]);
  assert.strictEqual(first.result, 3);
  assert.strictEqual(first.error, undefined);
  assert.strictEqual(first.target, undefined);
  assert.ok(first.stack instanceof Error);
  assert.strictEqual(second.this, 'self');
  fn.mock.resetCalls();
  assert.strictEqual(fn.mock.callCount(), 0);
  assert.strictEqual(fn.length, 2);
}));

test('mock.fn records thrown errors', common.mustCall(() => {
  const error = new Error('boom');
  const fn = mock.fn(() => { throw error; });
  assert.throws(fn, error);
  assert.strictEqual(fn.mock.calls[0].error, error);
  assert.strictEqual(fn.mock.calls[0].result, undefined);
}));

test('implementations', common.mustCall(() => {
  const fn = mock.fn(() => 'original');
  fn.mock.mockImplementationOnce(() => 'once');
  fn.mock.mockImplementationOnce(() => 'third call', 2);
  assert.strictEqual(fn(), 'once');
  assert.strictEqual(fn(), 'original');
  assert.strictEqual(fn(), 'third call');
  fn.mock.mockImplementation(() => 'replaced');
  assert.strictEqual(fn(), 'replaced');
  fn.mock.restore();
  assert.strictEqual(fn(), 'original');
  const limited = mock.fn(() => 'original', () => 'mocked', { times: 2 });
  assert.deepStrictEqual([limited(), limited(), limited()], ['mocked', 'mocked', 'original']);
  assert.strictEqual(mock.fn().mock.calls.length, 0);
  assert.strictEqual(mock.fn()(), undefined);
}));

test('constructors', common.mustCall(() => {
  class Point {
    constructor(x) { this.x = x; }
  }
  const MockPoint = mock.fn(Point);
  const point = new MockPoint(5);
  assert.ok(point instanceof Point);
  assert.strictEqual(point.x, 5);
  assert.strictEqual(MockPoint.mock.calls[0].this, point);
  assert.strictEqual(MockPoint.mock.calls[0].result, point);
  assert.strictEqual(MockPoint.mock.calls[0].target, Point);
}));

test('mock.method, getter and setter', common.mustCall(() => {
  const object = {
    value: 1,
    double(x) { return x * 2; },
    get current() { return this.value; },
    set target(v) { this.value = v; },
  };
  const double = mock.method(object, 'double', (x) => x * 3);
  assert.strictEqual(object.double(2), 6);
  assert.strictEqual(double.mock.calls[0].this, object);
  // Without an implementation the mock calls the original method.
  const other = { triple(x) { return x * 3; } };
  const spy = mock.method(other, 'triple');
  assert.strictEqual(other.triple(2), 6);
  assert.strictEqual(spy.mock.callCount(), 1);
  mock.getter(object, 'current', () => 42);
  assert.strictEqual(object.current, 42);
  mock.setter(object, 'target', function(v) { this.value = v + 1; });
  object.target = 1;
  assert.strictEqual(object.value, 2);
  mock.restoreAll();
  assert.strictEqual(object.double(2), 4);
  assert.strictEqual(object.current, 2);
  object.target = 5;
  assert.strictEqual(object.value, 5);
  assert.strictEqual(Object.getOwnPropertyDescriptor(object, 'double').enumerable, true);
}));

test('argument errors', common.mustCall(() => {
  assert.throws(() => mock.fn('x'), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => mock.fn(() => {}, { times: 0 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => mock.method({ a: 1 }, 'a'), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The argument 'methodName' must be a method. Received 1",
  });
  assert.throws(() => mock.method({}, 1), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "methodName" argument must be one of type string or symbol. ' +
      'Received type number (1)',
  });
  assert.throws(() => mock.method({ m() {} }, 'm', { getter: true, setter: true }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.setter' cannot be used with 'options.getter'. " +
      'Received true',
  });
  assert.throws(() => mock.getter({}, 'x', () => {}, { getter: false }), {
    code: 'ERR_INVALID_ARG_VALUE',
  });
}));

const shared = { read() { return 'real'; } };
test('t.mock is reset when its test ends', common.mustCall(async (t) => {
  t.mock.method(shared, 'read', () => 'mocked');
  assert.strictEqual(shared.read(), 'mocked');
  await t.test('subtest sees the mock', common.mustCall(() => {
    assert.strictEqual(shared.read(), 'mocked');
  }));
}));
test('after it', common.mustCall(() => {
  assert.strictEqual(shared.read(), 'real');
}));
