'use strict';

// What test and suite functions receive: TestContext (t) and SuiteContext, and
// the assertion plan of t.plan().

const { validateUint32 } = require('internal/validators');
const { MockTracker } = require('internal/test_runner/mock');
const {
  getCallerLocation, kTestCodeFailure, testFailure,
} = require('internal/test_runner/utils');

const assertMethods = [
  'deepEqual', 'deepStrictEqual', 'doesNotMatch', 'doesNotReject', 'doesNotThrow', 'equal',
  'fail', 'ifError', 'match', 'notDeepEqual', 'notDeepStrictEqual', 'notEqual',
  'notStrictEqual', 'ok', 'rejects', 'strictEqual', 'throws',
];

class TestPlan {
  constructor(count) {
    validateUint32(count, 'count');
    this.expected = count;
    this.actual = 0;
  }

  check() {
    if (this.actual !== this.expected) {
      throw testFailure(
        `plan expected ${this.expected} assertions but received ${this.actual}`,
        kTestCodeFailure);
    }
  }
}

function fullName(test) {
  const names = [];
  for (let t = test; t !== null && t.parent !== null; t = t.parent) names.unshift(t.name);
  return names.join(' > ');
}

class TestContext {
  #test;
  #assert;

  constructor(test) {
    this.#test = test;
  }

  get signal() {
    return this.#test.signal;
  }

  get name() {
    return this.#test.name;
  }

  get fullName() {
    return fullName(this.#test);
  }

  get mock() {
    this.#test.mock ??= new MockTracker();
    return this.#test.mock;
  }

  get assert() {
    if (this.#assert === undefined) {
      const assert = require('assert');
      const test = this.#test;
      const methods = { __proto__: null };
      for (const name of assertMethods) {
        const method = assert[name];
        methods[name] = function(...args) {
          if (test.plan !== null) test.plan.actual++;
          return Reflect.apply(method, this, args);
        };
      }
      this.#assert = methods;
    }
    return this.#assert;
  }

  diagnostic(message) {
    this.#test.diagnostic(message);
  }

  plan(count) {
    if (this.#test.plan !== null) {
      throw testFailure('cannot set plan more than once', kTestCodeFailure);
    }
    this.#test.plan = new TestPlan(count);
  }

  runOnly(value) {
    this.#test.runOnlySubtests = !!value;
  }

  skip(message) {
    this.#test.skip(message);
  }

  todo(message) {
    this.#test.todo(message);
  }

  test(name, options, fn) {
    const overrides = { __proto__: null, loc: getCallerLocation() };
    if (this.#test.plan !== null) this.#test.plan.actual++;
    const { Test } = require('internal/test_runner/test');
    const subtest = this.#test.createSubtest(Test, name, options, fn, overrides);
    return subtest.start();
  }

  before(fn, options) {
    this.#test.createHook('before', fn, { __proto__: null, ...options, loc: getCallerLocation() });
  }

  after(fn, options) {
    this.#test.createHook('after', fn, { __proto__: null, ...options, loc: getCallerLocation() });
  }

  beforeEach(fn, options) {
    this.#test.createHook('beforeEach', fn,
                          { __proto__: null, ...options, loc: getCallerLocation() });
  }

  afterEach(fn, options) {
    this.#test.createHook('afterEach', fn,
                          { __proto__: null, ...options, loc: getCallerLocation() });
  }
}

class SuiteContext {
  #suite;

  constructor(suite) {
    this.#suite = suite;
  }

  get signal() {
    return this.#suite.signal;
  }

  get name() {
    return this.#suite.name;
  }

  get fullName() {
    return fullName(this.#suite);
  }
}

module.exports = { SuiteContext, TestContext, TestPlan };
