'use strict';

// The root of the test tree for a process: created by the first test() call,
// it reports through the default reporter, blames uncaught errors on the test
// that is running, and reports what is left when the event loop empties.

const path = require('path');
const {
  Suite, Test, endSyncPhase, getCallerLocation, getCurrentTest, getRunningTest,
  kCancelledByParent, testFailure,
} = require('internal/test_runner/test');
const { setupReporters } = require('internal/test_runner/reporters_setup');

let root = null;

function createCounters() {
  return {
    __proto__: null,
    all: 0, failed: 0, passed: 0, cancelled: 0, skipped: 0, todo: 0, topLevel: 0, suites: 0,
  };
}

function asyncErrorMessage(test, err, type) {
  if (test) {
    const name = test.hookType ? `Test hook "${test.hookType}"` : `Test "${test.name}"`;
    let where = '';
    if (test.loc) {
      where = ` at ${path.relative(process.cwd(), test.loc.file)}:${test.loc.line}:` +
        `${test.loc.column}`;
    }
    return `Error: ${name}${where} generated asynchronous activity after the test ended. ` +
      `This activity created the error "${err}" and would have caused the test to fail, but ` +
      `instead triggered an ${type} event.`;
  }
  return 'Error: A resource generated asynchronous activity after the test ended. This ' +
    `activity created the error "${err}" which triggered an ${type} event, caught by the ` +
    'test runner.';
}

function setup(rootTest) {
  const onError = (type) => (err) => {
    const test = getRunningTest();
    if (test === null) throw err;
    if (test.finished) {
      rootTest.diagnostic(asyncErrorMessage(test, err, type));
      process.exitCode = 1;
      return;
    }
    test.fail(testFailure(err, type));
    test.postRun();
  };
  const exceptionHandler = onError('uncaughtException');
  const rejectionHandler = onError('unhandledRejection');

  const exitHandler = async () => {
    if (rootTest.reported) return;
    await rootTest.runRootAfter();
    rootTest.postRun(testFailure(
      'Promise resolution is still pending but the event loop has already resolved',
      kCancelledByParent));
    process.removeListener('uncaughtException', exceptionHandler);
    process.removeListener('unhandledRejection', rejectionHandler);
    process.removeListener('beforeExit', exitHandler);
  };

  rootTest.reporter.on('test:fail', (data) => {
    if (data.todo === undefined || data.todo === false) process.exitCode = 1;
  });
  process.on('uncaughtException', exceptionHandler);
  process.on('unhandledRejection', rejectionHandler);
  process.on('beforeExit', exitHandler);
}

function getRoot() {
  if (root === null) {
    root = new Test({ __proto__: null, name: '<root>' });
    root.harness = {
      __proto__: null,
      counters: createCounters(),
      bootstrapPromise: Promise.resolve(),
      buildPhase: true,
    };
    root.startTime = process.hrtime.bigint();
    setup(root);
    process.nextTick(endSyncPhase);
    setupReporters(root.reporter);
  }
  return root;
}

function getParent() {
  return getCurrentTest() ?? getRoot();
}

// test(), it(), describe() and suite(), plus their skip/todo/only variants.
function runInParent(Factory, overrides = {}) {
  return function run(name, options, fn) {
    const parent = getParent();
    const loc = getCallerLocation();
    const subtest = parent.createSubtest(Factory, name, options, fn,
                                         { __proto__: null, ...overrides, loc });
    if (parent instanceof Suite) return Promise.resolve();
    return startAfterBootstrap(subtest);
  };
}

// The first test waits a microtask for the harness to be ready, then ends the
// build phase, which starts the tests queued so far.
async function startAfterBootstrap(subtest) {
  const { harness } = subtest.root;
  if (harness.bootstrapPromise) {
    await harness.bootstrapPromise;
    harness.bootstrapPromise = null;
    queueMicrotask(() => {
      harness.buildPhase = false;
      subtest.root.processPendingSubtests();
    });
  }
  await subtest.start();
}

function withVariants(Factory) {
  const fn = runInParent(Factory);
  fn.skip = runInParent(Factory, { skip: true });
  fn.todo = runInParent(Factory, { todo: true });
  fn.only = runInParent(Factory, { only: true });
  return fn;
}

function hook(name) {
  return (fn, options) => {
    const parent = getParent();
    parent.createHook(name, fn, { __proto__: null, ...options, loc: getCallerLocation() });
  };
}

module.exports = {
  getRoot,
  test: withVariants(Test),
  suite: withVariants(Suite),
  before: hook('before'),
  after: hook('after'),
  beforeEach: hook('beforeEach'),
  afterEach: hook('afterEach'),
};
