'use strict';
// User timing: PerformanceMark, PerformanceMeasure, performance.mark() and .measure().

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_MISSING_ARGS,
    ERR_PERFORMANCE_INVALID_TIMESTAMP,
    ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS,
  },
} = require('internal/errors');
const { validateNumber, validateObject, validateString } = require('internal/validators');
const { now } = require('internal/perf/utils');
const {
  PerformanceEntry, kSkipThrow, kDetail, kName, kStart, kDuration,
} = require('internal/perf/entry');
const { enqueue, bufferedEntries } = require('internal/perf/observe');

function cloneDetail(detail) {
  return detail == null ? null : structuredClone(detail);
}

function entryToJSON() {
  return {
    name: this[kName],
    entryType: this.entryType,
    startTime: this[kStart],
    duration: this[kDuration],
    detail: this[kDetail],
  };
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (options !== undefined) validateObject(options, 'options');
    const startTime = options?.startTime ?? now();
    validateNumber(startTime, 'startTime');
    if (startTime < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    super(kSkipThrow, name, 'mark', startTime, 0);
    this[kDetail] = cloneDetail(options?.detail);
  }

  get detail() {
    return this[kDetail];
  }
}
PerformanceMark.prototype.toJSON = entryToJSON;

class PerformanceMeasure extends PerformanceEntry {
  constructor(skip, name, start, duration, detail) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kSkipThrow, name, 'measure', start, duration);
    this[kDetail] = detail;
  }

  get detail() {
    return this[kDetail];
  }
}
PerformanceMeasure.prototype.toJSON = entryToJSON;

for (const [Class, tag] of [[PerformanceMark, 'PerformanceMark'],
  [PerformanceMeasure, 'PerformanceMeasure']]) {
  Object.defineProperties(Class.prototype, {
    detail: { enumerable: true },
    toJSON: { enumerable: true, writable: true, configurable: true },
    [Symbol.toStringTag]: { __proto__: null, value: tag, configurable: true },
  });
}

function mark(name, options) {
  const entry = new PerformanceMark(...arguments);
  enqueue(entry);
  return entry;
}

// A timestamp from a mark name (the latest mark so named) or a number.
function markTime(value) {
  if (value === undefined) return undefined;
  if (typeof value === 'number') {
    if (value < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(value);
    return value;
  }
  const name = `${value}`;
  const marks = bufferedEntries(name, 'mark');
  if (marks.length === 0) {
    throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
  }
  return marks[marks.length - 1].startTime;
}

function measure(name, startOrOptions, endMark) {
  validateString(name, 'name');
  let start;
  let end;
  let duration;
  let detail = null;
  const isOptions = startOrOptions !== null && typeof startOrOptions === 'object' &&
    Object.keys(startOrOptions).length > 0;
  if (isOptions) {
    if (endMark !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
    }
    ({ start, end, duration } = startOrOptions);
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
        'Must not have options.start, options.end, and options.duration specified');
    }
    if (duration !== undefined) validateNumber(duration, 'options.duration');
    detail = cloneDetail(startOrOptions.detail);
  }
  let endTime;
  if (endMark !== undefined) {
    endTime = markTime(endMark);
  } else if (end !== undefined) {
    endTime = markTime(end);
  } else if (start !== undefined && duration !== undefined) {
    endTime = markTime(start) + duration;
  } else {
    endTime = now();
  }
  let startTime;
  if (start !== undefined) {
    startTime = markTime(start);
  } else if (duration !== undefined && end !== undefined) {
    startTime = endTime - duration;
  } else if (!isOptions && startOrOptions !== undefined && startOrOptions !== null &&
             typeof startOrOptions !== 'object') {
    startTime = markTime(startOrOptions);
  } else {
    startTime = 0;
  }
  const entry = new PerformanceMeasure(kSkipThrow, name, startTime, endTime - startTime, detail);
  enqueue(entry);
  return entry;
}

module.exports = { PerformanceMark, PerformanceMeasure, mark, measure };
