'use strict';
// The Performance interface and the `performance` object: now(), timeOrigin, toJSON(),
// user timing, eventLoopUtilization() and timerify().

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS },
} = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');
const { now, timeOrigin, loopStart, loopIdleTime } = require('internal/perf/utils');
const { PerformanceEntry, kSkipThrow, kDetail } = require('internal/perf/entry');
const { mark, measure } = require('internal/perf/usertiming');
const {
  enqueue, hasObserver, bufferedEntries, clearBuffer, setResourceTimingBufferSize,
  setDispatchBufferFull,
} = require('internal/perf/observe');
const { markResourceTiming } = require('internal/perf/resource_timing');
const { Event } = require('internal/event_target');

const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');

function nestedOptions(options) {
  return { ...options, depth: options.depth == null ? null : options.depth - 1 };
}

// performance.nodeTiming. rt records no start-up milestones; those read 0.
class PerformanceNodeTiming {
  get name() { return 'node'; }
  get entryType() { return 'node'; }
  get startTime() { return 0; }
  get duration() { return now(); }
  get nodeStart() { return 0; }
  get v8Start() { return 0; }
  get bootstrapComplete() { return 0; }
  get environment() { return 0; }
  get loopStart() { return loopStart(); }
  get loopExit() { return -1; }
  get idleTime() { return loopStart() < 0 ? 0 : loopIdleTime(); }

  toJSON() {
    const json = {};
    for (const key of Object.keys(Object.getOwnPropertyDescriptors(PerformanceNodeTiming.prototype))) {
      if (key !== 'constructor' && key !== 'toJSON') json[key] = this[key];
    }
    return json;
  }

  [inspectSymbol](depth, options, inspect) {
    if (depth < 0) return this;
    return `PerformanceNodeTiming ${inspect(this.toJSON(), nestedOptions(options))}`;
  }
}
for (const key of Object.getOwnPropertyNames(PerformanceNodeTiming.prototype)) {
  if (key !== 'constructor') {
    Object.defineProperty(PerformanceNodeTiming.prototype, key, { enumerable: true });
  }
}
const nodeTiming = new PerformanceNodeTiming();

function eventLoopUtilization(util1, util2) {
  const start = loopStart();
  if (start < 0) return { idle: 0, active: 0, utilization: 0 };
  if (util2) {
    const idle = util1.idle - util2.idle;
    const active = util1.active - util2.active;
    return { idle, active, utilization: active / (idle + active) };
  }
  const idle = loopIdleTime();
  const active = now() - start - idle;
  if (!util1) return { idle, active, utilization: active / (idle + active) };
  const idleDelta = idle - util1.idle;
  const activeDelta = active - util1.active;
  return { idle: idleDelta, active: activeDelta, utilization: activeDelta / (idleDelta + activeDelta) };
}

// The 'function' entries timerify() reports to PerformanceObservers.
class FunctionEntry extends PerformanceEntry {
  constructor(name, start, duration, args) {
    super(kSkipThrow, name, 'function', start, duration);
    this[kDetail] = args;
  }

  get detail() { return this[kDetail]; }

  toJSON() {
    return { ...super.toJSON(), detail: this[kDetail] };
  }
}
Object.defineProperty(FunctionEntry, 'name', { __proto__: null, value: 'PerformanceEntry' });

// Wraps fn so that each call (or construction) is reported as a 'function' entry.
// The `histogram` option is not supported (rt has no createHistogram yet).
function timerify(fn, options = {}) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  function timerifiedFn(...args) {
    const start = now();
    const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    const report = () => {
      if (hasObserver('function')) enqueue(new FunctionEntry(fn.name, start, now() - start, args));
    };
    if (!new.target && result !== null && typeof result?.finally === 'function') {
      return result.finally(report);
    }
    report();
    return result;
  }
  Object.defineProperties(timerifiedFn, {
    length: { __proto__: null, configurable: true, enumerable: true, value: fn.length },
    name: { __proto__: null, configurable: true, enumerable: true, value: `timerified ${fn.name}` },
  });
  return timerifiedFn;
}

let performance;

function checkThis(self) {
  if (self !== performance && !(self instanceof Performance)) {
    throw new ERR_INVALID_ARG_TYPE('this', 'Performance', self);
  }
}

class Performance extends EventTarget {
  constructor(skip) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  now() {
    checkThis(this);
    return now();
  }

  get timeOrigin() {
    checkThis(this);
    return timeOrigin;
  }

  get nodeTiming() {
    return nodeTiming;
  }

  mark(name, options) {
    checkThis(this);
    return mark(...arguments);
  }

  measure(name, startOrOptions, endMark) {
    checkThis(this);
    return measure(...arguments);
  }

  clearMarks(name) {
    checkThis(this);
    clearBuffer('mark', name === undefined ? undefined : `${name}`);
  }

  clearMeasures(name) {
    checkThis(this);
    clearBuffer('measure', name === undefined ? undefined : `${name}`);
  }

  clearResourceTimings() {
    checkThis(this);
    clearBuffer('resource', undefined);
  }

  setResourceTimingBufferSize(maxSize) {
    checkThis(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('maxSize');
    setResourceTimingBufferSize(maxSize);
  }

  getEntries() {
    checkThis(this);
    return bufferedEntries(undefined, undefined);
  }

  getEntriesByName(name, type) {
    checkThis(this);
    return bufferedEntries(`${name}`, type === undefined ? undefined : `${type}`);
  }

  getEntriesByType(type) {
    checkThis(this);
    return bufferedEntries(undefined, `${type}`);
  }

  eventLoopUtilization(util1, util2) {
    return eventLoopUtilization(util1, util2);
  }

  timerify(fn, options) {
    return timerify(fn, options);
  }

  toJSON() {
    checkThis(this);
    return {
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization(),
    };
  }

  [inspectSymbol](depth, options, inspect) {
    if (depth < 0) return this;
    return `Performance ${inspect({ nodeTiming, timeOrigin }, nestedOptions(options))}`;
  }
}

for (const key of Object.getOwnPropertyNames(Performance.prototype)) {
  if (key !== 'constructor') Object.defineProperty(Performance.prototype, key, { enumerable: true });
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Performance', configurable: true,
});

// Not enumerable, unlike the rest of the interface: Node adds it for undici's fetch.
Object.defineProperty(Performance.prototype, 'markResourceTiming', {
  __proto__: null, value: markResourceTiming, writable: true, enumerable: false, configurable: true,
});

performance = new Performance(kSkipThrow);
setDispatchBufferFull((type) => performance.dispatchEvent(new Event(type)));

module.exports = { Performance, performance, timerify, eventLoopUtilization };
