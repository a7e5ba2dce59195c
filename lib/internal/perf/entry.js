'use strict';
// PerformanceEntry, the base of every entry type, and its inspection.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');

const kName = Symbol('kName');
const kType = Symbol('kType');
const kStart = Symbol('kStart');
const kDuration = Symbol('kDuration');
const kDetail = Symbol('kDetail');
// Passed by internal code to construct entries; users get ERR_ILLEGAL_CONSTRUCTOR.
const kSkipThrow = Symbol('kSkipThrow');

function isPerformanceEntry(obj) {
  return obj != null && typeof obj === 'object' && obj[kName] !== undefined;
}

function checkThis(obj) {
  if (!isPerformanceEntry(obj)) throw new ERR_INVALID_THIS('PerformanceEntry');
}

class PerformanceEntry {
  constructor(skip, name, type, start, duration) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kName] = name;
    this[kType] = type;
    this[kStart] = start;
    this[kDuration] = duration;
  }

  get name() { checkThis(this); return this[kName]; }
  get entryType() { checkThis(this); return this[kType]; }
  get startTime() { checkThis(this); return this[kStart]; }
  get duration() { checkThis(this); return this[kDuration]; }

  toJSON() {
    checkThis(this);
    return {
      name: this[kName],
      entryType: this[kType],
      startTime: this[kStart],
      duration: this[kDuration],
    };
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return `${this.constructor.name} ${inspect(this.toJSON(), opts)}`;
  }
}

Object.defineProperties(PerformanceEntry.prototype, {
  name: { enumerable: true },
  entryType: { enumerable: true },
  startTime: { enumerable: true },
  duration: { enumerable: true },
  toJSON: { enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, value: 'PerformanceEntry', configurable: true },
});

module.exports = {
  PerformanceEntry,
  isPerformanceEntry,
  kName,
  kType,
  kStart,
  kDuration,
  kDetail,
  kSkipThrow,
};
