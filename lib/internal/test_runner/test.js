'use strict';

// The test tree: Test (a test or subtest), Suite (describe) and the hooks.
// Tests run as soon as their parent has concurrency to spare and report their
// results strictly in creation order.

const {
  AbortError,
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const {
  validateAbortSignal, validateFunction, validateNumber, validateOneOf, validateUint32,
} = require('internal/validators');
const { TestsStream } = require('internal/test_runner/tests_stream');
const { getOptions } = require('internal/test_runner/options');
const { SuiteContext, TestContext, TestPlan } = require('internal/test_runner/context');
const {
  createDeferredCallback, getCallerLocation, hrtime, isPromiseLike, isTestFailureError,
  kAborted, kCallbackAndPromisePresent, kCancelledByParent, kHookFailure, kHookNames,
  kMaxTimeout, kParentAlreadyFinished, kSubtestsFailed, kTestCodeFailure,
  kTestTimeoutFailure, noop, stopTest, testFailure,
} = require('internal/test_runner/utils');
const { availableParallelism } = require('os');

// The test whose function is running synchronously right now; test() and
// describe() called at that moment create its subtests. (Node follows the async
// context; rt has no async_hooks, so only the synchronous part is tracked.)
let currentTest = null;
// Tests that have started and not finished, most recent last: an uncaught
// exception is blamed on the newest of them.
const runningTests = [];

function callWithCurrent(test, fn, thisArg, args) {
  const previous = currentTest;
  currentTest = test;
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    currentTest = previous;
  }
}

// Suites whose (async) function has not settled yet.
const buildingSuites = [];
let syncPhaseOver = false;

// The parent for a test() or describe() call. Once the synchronous part of the
// program is over, a call that is not inside a running function goes to the
// newest suite still building (an async describe() after an await).
function getCurrentTest() {
  if (currentTest !== null) return currentTest;
  if (syncPhaseOver && buildingSuites.length > 0) return buildingSuites[buildingSuites.length - 1];
  return null;
}

function endSyncPhase() {
  syncPhaseOver = true;
}

function getRunningTest() {
  return runningTests.length > 0 ? runningTests[runningTests.length - 1] : null;
}

function removeRunning(test) {
  const index = runningTests.lastIndexOf(test);
  if (index !== -1) runningTests.splice(index, 1);
}

class Test {
  #abortController = new AbortController();
  #outerSignal = null;
  #postRunDone = false;
  #runningAfter = null;

  constructor(options) {
    const { parent = null, skip, todo, only, timeout, concurrency, signal, plan, loc } = options;
    let { fn, name } = options;
    const { testOnly } = getOptions();

    if (typeof fn !== 'function') fn = noop;
    if (typeof name !== 'string' || name === '') name = fn.name || '<anonymous>';

    this.name = name;
    this.parent = parent;
    this.reportedType = undefined;
    this.mock = null;
    this.plan = null;
    this.harness = null;

    if (parent === null) {
      this.concurrency = 1;
      this.nesting = 0;
      this.only = testOnly;
      this.reporter = new TestsStream();
      this.runOnlySubtests = this.only;
      this.childNumber = 0;
      this.testNumber = 0;
      this.timeout = Infinity;
      this.root = this;
      this.hooks = { before: [], after: [], beforeEach: [], afterEach: [], ownAfterEachCount: 0 };
    } else {
      this.concurrency = parent.concurrency;
      this.nesting = parent.parent === null ? parent.nesting : parent.nesting + 1;
      this.only = only ?? !parent.runOnlySubtests;
      this.reporter = parent.reporter;
      this.runOnlySubtests = !this.only;
      this.childNumber = parent.subtests.length + 1;
      this.testNumber = this.childNumber;
      this.timeout = parent.timeout;
      this.root = parent.root;
      this.hooks = {
        before: [],
        after: [],
        beforeEach: parent.hooks.beforeEach.slice(),
        afterEach: parent.hooks.afterEach.slice(),
        ownAfterEachCount: 0,
      };
    }

    switch (typeof concurrency) {
      case 'number':
        validateUint32(concurrency, 'options.concurrency', true);
        this.concurrency = concurrency;
        break;
      case 'boolean':
        if (concurrency) {
          this.concurrency = parent === null ? Math.max(availableParallelism() - 1, 1) : Infinity;
        } else {
          this.concurrency = 1;
        }
        break;
      default:
        if (concurrency != null) {
          throw new ERR_INVALID_ARG_TYPE('options.concurrency', ['boolean', 'number'], concurrency);
        }
    }

    if (timeout != null && timeout !== Infinity) {
      validateNumber(timeout, 'options.timeout', 0, kMaxTimeout);
      this.timeout = timeout;
    }

    if (signal) validateAbortSignal(signal, 'options.signal');
    this.#outerSignal = signal ?? null;
    this.#outerSignal?.addEventListener('abort', this.#abortHandler);

    if (plan != null) this.plan = new TestPlan(plan);

    let skipReason = skip;
    if (testOnly && !this.only) skipReason = '\'only\' option not set';
    if (skipReason) fn = noop;

    this.fn = fn;
    this.signal = this.#abortController.signal;
    this.skipped = skipReason !== undefined && skipReason !== false;
    this.isTodo = todo !== undefined && todo !== false;
    this.message = typeof skipReason === 'string' ? skipReason :
      typeof todo === 'string' ? todo : null;
    this.startTime = null;
    this.endTime = null;
    this.passed = false;
    this.error = null;
    this.cancelled = false;
    this.diagnostics = [];
    this.activeSubtests = 0;
    this.pendingSubtests = [];
    this.readySubtests = new Map();
    this.subtests = [];
    this.waitingOn = 0;
    this.finished = false;
    this.reported = false;
    this.startReported = false;

    if (!testOnly && (only || (parent !== null && parent.runOnlySubtests))) {
      this.diagnostic('\'only\' and \'runOnly\' require the --test-only command-line option.');
    }

    this.loc = loc;
  }

  #abortHandler = () => {
    const error = this.#outerSignal?.reason || new AbortError('The test was aborted');
    error.failureType = kAborted;
    this.#cancel(error);
  };

  hasConcurrency() {
    return this.concurrency > this.activeSubtests;
  }

  createSubtest(Factory, name, options, fn, overrides) {
    if (typeof name === 'function') {
      fn = name;
    } else if (name !== null && typeof name === 'object') {
      fn = options;
      options = name;
    } else if (typeof options === 'function') {
      fn = options;
    }
    if (options === null || typeof options !== 'object') options = {};

    let parent = this;
    // A test that has already finished cannot take subtests: the new test goes
    // to the root so that its failure is reported.
    const tooLate = this.finished;
    if (tooLate) {
      while (parent.parent !== null) parent = parent.parent;
    }
    const test = new Factory({ __proto__: null, fn, name, parent, ...options, ...overrides });
    if (parent.waitingOn === 0) parent.waitingOn = test.childNumber;
    if (tooLate) {
      test.fail(testFailure('test could not be started because its parent finished',
                                     kParentAlreadyFinished));
    }
    parent.subtests.push(test);
    return test;
  }

  createHook(name, fn, options) {
    validateOneOf(name, 'hook name', kHookNames);
    const hook = new TestHook(fn, { __proto__: null, ...options, parent: this, hookType: name });
    if (name === 'before' && this.startTime !== null) {
      // The test is already running: run the hook now.
      hook.run(this.getRunArgs()).then(() => {
        if (hook.error !== null) this.fail(hook.error);
      });
    }
    if (name === 'afterEach') {
      // A test's own afterEach hooks run in declaration order, before the
      // ones it inherited.
      this.hooks.afterEach.splice(this.hooks.ownAfterEachCount, 0, hook);
      this.hooks.ownAfterEachCount++;
    } else {
      this.hooks[name].push(hook);
    }
    return hook;
  }

  diagnostic(message) {
    this.diagnostics.push(message);
  }

  skip(message) {
    this.skipped = true;
    this.message = message;
  }

  todo(message) {
    this.isTodo = true;
    this.message = message;
  }

  fail(err) {
    if (this.error !== null) return;
    this.endTime = hrtime();
    this.passed = false;
    this.error = err;
  }

  pass() {
    if (this.endTime !== null) return;
    this.endTime = hrtime();
    this.passed = true;
  }

  #cancel(error) {
    if (this.endTime !== null || this.error !== null) return;
    this.fail(error ||
      testFailure('test did not finish before its parent and was cancelled',
                           kCancelledByParent));
    this.cancelled = true;
    this.#abortController.abort();
  }

  shouldAbort() {
    if (this.signal.aborted) return true;
    if (this.#outerSignal?.aborted) {
      this.#abortHandler();
      return true;
    }
    return false;
  }

  getRunArgs() {
    const ctx = new TestContext(this);
    return { __proto__: null, ctx, args: [ctx] };
  }

  async runHook(name, args) {
    validateOneOf(name, 'hook name', kHookNames);
    try {
      for (const hook of this.hooks[name]) {
        await hook.run(args);
        if (hook.error !== null) throw hook.error;
      }
    } catch (err) {
      throw testFailure(isTestFailureError(err) ? err.cause : err, kHookFailure);
    }
  }

  start() {
    this.reporter.enqueue(this.nesting, this.loc, this.name);
    // While the test file is still being read (the build phase), top-level
    // tests wait; they start in creation order once it is over.
    if (this.root.harness?.buildPhase || !this.parent.hasConcurrency()) {
      let resolve;
      const promise = new Promise((res) => { resolve = res; });
      this.parent.pendingSubtests.push({ test: this, resolve });
      return promise;
    }
    this.reporter.dequeue(this.nesting, this.loc, this.name);
    return this.run();
  }

  async processPendingSubtests() {
    while (this.pendingSubtests.length > 0 && this.hasConcurrency()) {
      const { test, resolve } = this.pendingSubtests.shift();
      this.reporter.dequeue(test.nesting, test.loc, test.name);
      await test.run();
      resolve();
    }
  }

  // Runs the user function with the done callback when it declares one.
  async invokeFn(args, ctx, stopPromise) {
    const fn = this.fn;
    if (fn.length === args.length + 1) {
      const { promise, cb } = createDeferredCallback();
      const ret = callWithCurrent(this, fn, ctx, [...args, cb]);
      if (isPromiseLike(ret)) {
        this.fail(testFailure('passed a callback but also returned a Promise',
                                       kCallbackAndPromisePresent));
        await Promise.race([ret, stopPromise]);
      } else {
        await Promise.race([promise, stopPromise]);
      }
    } else {
      const ret = callWithCurrent(this, fn, ctx, args);
      await Promise.race([Promise.resolve(ret), stopPromise]);
    }
  }

  async run() {
    if (this.parent !== null) this.parent.activeSubtests++;
    this.startTime = hrtime();
    runningTests.push(this);

    if (this.shouldAbort()) {
      this.postRun();
      return;
    }

    const { args, ctx } = this.getRunArgs();
    let afterEachDone = false;
    const afterEach = async () => {
      if (afterEachDone) return;
      afterEachDone = true;
      if (this.parent?.hooks.afterEach.length > 0 && !this.skipped) {
        await this.parent.runHook('afterEach', { __proto__: null, args, ctx });
      }
    };
    const after = async () => {
      if (this.hooks.after.length > 0) {
        await this.runHook('after', { __proto__: null, args, ctx });
      }
    };

    let stopPromise;
    try {
      if (this.parent?.hooks.before.length > 0) {
        await this.parent.runHook('before', this.parent.getRunArgs());
      }
      stopPromise = stopTest(this.timeout, this.signal);
      if (this.parent?.hooks.beforeEach.length > 0 && !this.skipped) {
        await this.parent.runHook('beforeEach', { __proto__: null, args, ctx });
      }
      await this.invokeFn(args, ctx, stopPromise);

      if (this.shouldAbort()) {
        this.postRun();
        return;
      }
      this.plan?.check();
      this.pass();
      await afterEach();
      await after();
    } catch (err) {
      if (isTestFailureError(err)) {
        if (err.failureType === kTestTimeoutFailure) this.#cancel(err);
        else this.fail(err);
      } else {
        this.fail(testFailure(err, kTestCodeFailure));
      }
      try {
        await afterEach();
      } catch {
        // The test is failing already.
      }
      try {
        await after();
      } catch {
        // The test is failing already.
      }
    } finally {
      stopPromise?.dispose();
      if (this.parent !== null) this.#abortController.abort();
    }

    if (this.parent !== null || typeof this.hookType === 'string') {
      this.postRun();
    }
    await this.maybeRunRootAfter();
  }

  // Global after() hooks run once every top-level test has finished, so they
  // can release handles that would keep the process alive.
  async maybeRunRootAfter() {
    const root = this.root;
    if (this.parent === root && root.activeSubtests === 0 &&
        root.pendingSubtests.length === 0 && root.readySubtests.size === 0 &&
        root.hooks.after.length > 0) {
      await root.runRootAfter();
    }
  }

  runRootAfter() {
    this.#runningAfter ??= this.#runRootAfterHooks();
    return this.#runningAfter;
  }

  // A failing global after() hook is reported like a top-level test named
  // after its file (without a test:start event and outside the counters).
  async #runRootAfterHooks() {
    const { ctx, args } = this.getRunArgs();
    for (const hook of this.hooks.after) {
      await hook.run({ __proto__: null, ctx, args });
      if (hook.error !== null) {
        const cause = isTestFailureError(hook.error) ? hook.error.cause : hook.error;
        const details = {
          __proto__: null,
          duration_ms: hook.duration(),
          error: testFailure(cause, kHookFailure),
        };
        this.reporter.fail(0, hook.loc, this.subtests.length + 1, hook.loc?.file ?? hook.name,
                           details, undefined);
        return;
      }
    }
  }

  postRun(pendingSubtestsError) {
    if (this.#postRunDone) return;
    this.#postRunDone = true;
    removeRunning(this);
    if (this.endTime === null || (this.startTime !== null && this.endTime < this.startTime)) {
      this.endTime = hrtime();
    }
    this.startTime ??= this.endTime;

    // Cancel what is still outstanding; this test fails if a subtest did.
    this.pendingSubtests = [];
    let failed = 0;
    for (const subtest of this.subtests) {
      if (!subtest.finished) {
        subtest.#cancel(pendingSubtestsError);
        subtest.postRun(pendingSubtestsError);
      }
      if (!subtest.passed && !subtest.isTodo) failed++;
    }
    if ((this.passed || this.parent === null) && failed > 0) {
      const noun = failed > 1 ? 'subtests' : 'subtest';
      this.fail(testFailure(`${failed} ${noun} failed`, kSubtestsFailed));
    }

    this.#outerSignal?.removeEventListener('abort', this.#abortHandler);
    this.mock?.reset();

    if (this.parent !== null) {
      this.parent.activeSubtests--;
      this.parent.readySubtests.set(this.childNumber, this);
      this.parent.processReadySubtestRange(false);
      this.parent.processPendingSubtests();
    } else if (!this.reported) {
      this.reportRoot();
    }
  }

  reportRoot() {
    this.reported = true;
    const { counters } = this.harness;
    this.reporter.plan(this.nesting, this.loc, counters.topLevel);
    for (const message of this.diagnostics) {
      this.reporter.diagnostic(this.nesting, this.loc, message);
    }
    const duration = Number(hrtime() - this.startTime) / 1e6;
    this.reporter.diagnostic(this.nesting, this.loc, `tests ${counters.all}`);
    this.reporter.diagnostic(this.nesting, this.loc, `suites ${counters.suites}`);
    this.reporter.diagnostic(this.nesting, this.loc, `pass ${counters.passed}`);
    this.reporter.diagnostic(this.nesting, this.loc, `fail ${counters.failed}`);
    this.reporter.diagnostic(this.nesting, this.loc, `cancelled ${counters.cancelled}`);
    this.reporter.diagnostic(this.nesting, this.loc, `skipped ${counters.skipped}`);
    this.reporter.diagnostic(this.nesting, this.loc, `todo ${counters.todo}`);
    this.reporter.diagnostic(this.nesting, this.loc, `duration_ms ${duration}`);
    this.reporter.end();
  }

  isClearToSend() {
    return this.parent === null ||
      (this.parent.waitingOn === this.childNumber && this.parent.isClearToSend());
  }

  // Reports the finished subtests that are next in line, in creation order.
  processReadySubtestRange(canSend) {
    const start = this.waitingOn;
    const end = start + this.readySubtests.size;
    for (let i = start; i < end; i++) {
      const subtest = this.readySubtests.get(i);
      if (subtest === undefined) return;
      canSend ||= this.isClearToSend();
      if (!canSend) return;
      if (i === 1 && this.parent !== null) this.reportStarted();
      subtest.finalize();
      this.readySubtests.delete(i);
    }
  }

  finalize() {
    this.processReadySubtestRange(true);
    this.report();
    this.parent.waitingOn++;
    this.finished = true;
  }

  duration() {
    return Number(this.endTime - this.startTime) / 1e6;
  }

  countCompleted() {
    const counters = this.root.harness.counters;
    if (this.nesting === 0) counters.topLevel++;
    if (this.reportedType === 'suite') {
      counters.suites++;
      return;
    }
    if (this.skipped) counters.skipped++;
    else if (this.isTodo) counters.todo++;
    else if (this.cancelled) counters.cancelled++;
    else if (!this.passed) counters.failed++;
    else counters.passed++;
    counters.all++;
  }

  report() {
    this.countCompleted();
    if (this.subtests.length > 0) {
      this.reporter.plan(this.subtests[0].nesting, this.loc, this.subtests.length);
    } else {
      this.reportStarted();
    }
    let directive;
    if (this.skipped) directive = this.reporter.getSkip(this.message);
    else if (this.isTodo) directive = this.reporter.getTodo(this.message);
    const details = { __proto__: null, duration_ms: this.duration() };
    if (this.reportedType) details.type = this.reportedType;
    if (this.passed) {
      this.reporter.ok(this.nesting, this.loc, this.testNumber, this.name, details, directive);
    } else {
      details.error = this.error;
      this.reporter.fail(this.nesting, this.loc, this.testNumber, this.name, details, directive);
    }
    for (const message of this.diagnostics) {
      this.reporter.diagnostic(this.nesting, this.loc, message);
    }
  }

  reportStarted() {
    if (this.startReported || this.parent === null) return;
    this.startReported = true;
    this.parent.reportStarted();
    this.reporter.start(this.nesting, this.loc, this.name);
  }
}

// A before/after/beforeEach/afterEach hook: runs like a test but is never
// reported; before and after run once however often they are asked to.
class TestHook extends Test {
  #args = null;
  #ran = null;

  constructor(fn, options) {
    const { hookType, loc, parent, timeout, signal } = options;
    validateFunction(fn, 'fn');
    super({ __proto__: null, fn, loc, timeout, signal, parent: null });
    this.hookType = hookType;
    this.parentTest = parent;
    this.root = parent.root;
  }

  run(args) {
    if (this.hookType === 'before' || this.hookType === 'after') {
      this.#ran ??= this.#runHook(args);
      return this.#ran;
    }
    return this.#runHook(args);
  }

  async #runHook(args) {
    this.#args = args;
    this.error = null;
    this.startTime = hrtime();
    this.endTime = null;
    this.passed = false;
    const { ctx } = args;
    const stopPromise = stopTest(this.timeout, this.signal);
    try {
      await this.invokeFn(args.args, ctx, stopPromise);
      this.pass();
    } catch (err) {
      if (isTestFailureError(err)) this.fail(err);
      else this.fail(testFailure(err, kTestCodeFailure));
    } finally {
      stopPromise.dispose();
    }
  }

  getRunArgs() {
    return this.#args;
  }

  postRun() {}
}

class Suite extends Test {
  constructor(options) {
    super(options);
    this.reportedType = 'suite';
    this.runOnlySubtests = getOptions().testOnly;

    try {
      const { ctx, args } = this.getRunArgs();
      const ret = callWithCurrent(this, this.fn, ctx, args);
      if (isPromiseLike(ret)) {
        buildingSuites.push(this);
        const built = () => {
          const index = buildingSuites.lastIndexOf(this);
          if (index !== -1) buildingSuites.splice(index, 1);
        };
        this.buildSuite = Promise.resolve(ret).then(built, (err) => {
          built();
          this.fail(testFailure(err, kTestCodeFailure));
        });
      } else {
        this.buildSuite = Promise.resolve();
      }
    } catch (err) {
      this.fail(testFailure(err, kTestCodeFailure));
      this.buildSuite = Promise.resolve();
    }
    this.fn = noop;
  }

  getRunArgs() {
    const ctx = new SuiteContext(this);
    return { __proto__: null, ctx, args: [ctx] };
  }

  async run() {
    const hookArgs = this.getRunArgs();
    let stopPromise;
    try {
      this.parent.activeSubtests++;
      await this.buildSuite;
      this.startTime = hrtime();
      runningTests.push(this);
      if (this.shouldAbort()) {
        this.subtests = [];
        this.postRun();
        return;
      }
      if (this.parent.hooks.before.length > 0) {
        await this.parent.runHook('before', this.parent.getRunArgs());
      }
      await this.runHook('before', hookArgs);
      stopPromise = stopTest(this.timeout, this.signal);
      const subtests = this.skipped || this.error ? [] : this.subtests;
      await Promise.race([Promise.all(subtests.map((subtest) => subtest.start())), stopPromise]);
      await this.runHook('after', hookArgs);
      this.pass();
    } catch (err) {
      if (isTestFailureError(err)) this.fail(err);
      else this.fail(testFailure(err, kTestCodeFailure));
    } finally {
      stopPromise?.dispose();
    }
    this.postRun();
    await this.maybeRunRootAfter();
  }
}

module.exports = {
  Suite,
  Test,
  TestContext,
  TestHook,
  getCallerLocation,
  endSyncPhase,
  getCurrentTest,
  getRunningTest,
  kCancelledByParent,
  kSubtestsFailed,
  testFailure,
};
