'use strict';

// perf_hooks.createHistogram(): a RecordableHistogram with HdrHistogram's bucketing, so
// min/max/mean/stddev/percentiles come out as Node's (which uses HdrHistogram_c) do.
// Values are integers >= 1 kept as Numbers (exact up to 2^53, Node's highest default).

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateInteger, validateNumber, validateObject } = require('internal/validators');
const { customInspectSymbol, kEmptyObject } = require('internal/util');
const { createCloneable, kClone } = require('internal/cloneable');

const kInt64Max = 9223372036854775807n;

// Map subclass named like Node's, so the percentiles print the same.
class SafeMap extends Map {}

function log2Ceil(x) {
  return Math.ceil(Math.log2(x));
}

// 64 - clz64(value) for 0 <= value < 2^53.
function bitLength(value) {
  let bits = 0;
  while (value >= 2 ** 32) {
    value = Math.floor(value / 2 ** 32);
    bits += 32;
  }
  return bits + 32 - Math.clz32(value);
}

// The HDR layout of HdrHistogram_c's hdr_init for (lowest, highest, figures).
class HdrLayout {
  constructor(lowest, highest, figures) {
    const largestSingleUnit = 2 * 10 ** figures;
    const subBucketCountMagnitude = log2Ceil(largestSingleUnit);
    this.subBucketHalfCountMagnitude = Math.max(subBucketCountMagnitude, 1) - 1;
    this.unitMagnitude = Math.floor(Math.log2(lowest));
    this.subBucketCount = 2 ** (this.subBucketHalfCountMagnitude + 1);
    this.subBucketHalfCount = this.subBucketCount / 2;
    this.subBucketMask = (this.subBucketCount - 1) * 2 ** this.unitMagnitude;
    let smallestUntrackable = this.subBucketCount * 2 ** this.unitMagnitude;
    let buckets = 1;
    while (smallestUntrackable <= highest) {
      smallestUntrackable *= 2;
      buckets++;
    }
    this.bucketCount = buckets;
    this.countsLength = (buckets + 1) * this.subBucketHalfCount;
  }

  bucketIndex(value) {
    // value | subBucketMask, for values that may exceed 32 bits.
    const masked = value < 2 ** 31 ? (value | this.subBucketMask) >>> 0 :
      Math.max(value, this.subBucketMask);
    return bitLength(masked) - this.unitMagnitude - (this.subBucketHalfCountMagnitude + 1);
  }

  subBucketIndex(value, bucketIndex) {
    return Math.floor(value / 2 ** (bucketIndex + this.unitMagnitude));
  }

  countsIndex(value) {
    const bucketIndex = this.bucketIndex(value);
    const subBucketIndex = this.subBucketIndex(value, bucketIndex);
    return (bucketIndex + 1) * 2 ** this.subBucketHalfCountMagnitude +
      (subBucketIndex - this.subBucketHalfCount);
  }

  valueAtIndex(index) {
    let bucketIndex = Math.floor(index / 2 ** this.subBucketHalfCountMagnitude) - 1;
    let subBucketIndex = (index % this.subBucketHalfCount) + this.subBucketHalfCount;
    if (bucketIndex < 0) {
      subBucketIndex -= this.subBucketHalfCount;
      bucketIndex = 0;
    }
    return subBucketIndex * 2 ** (bucketIndex + this.unitMagnitude);
  }

  rangeSize(value) {
    const bucketIndex = this.bucketIndex(value);
    const subBucketIndex = this.subBucketIndex(value, bucketIndex);
    const adjusted = subBucketIndex >= this.subBucketCount ? bucketIndex + 1 : bucketIndex;
    return 2 ** (this.unitMagnitude + adjusted);
  }

  lowestEquivalent(value) {
    const bucketIndex = this.bucketIndex(value);
    const subBucketIndex = this.subBucketIndex(value, bucketIndex);
    return subBucketIndex * 2 ** (bucketIndex + this.unitMagnitude);
  }

  highestEquivalent(value) {
    return this.lowestEquivalent(value) + this.rangeSize(value) - 1;
  }

  medianEquivalent(value) {
    return this.lowestEquivalent(value) + Math.floor(this.rangeSize(value) / 2);
  }
}

const kState = Symbol('kState');

function newState(lowest, highest, figures) {
  const layout = new HdrLayout(lowest, highest, figures);
  return {
    layout,
    lowest,
    highest,
    figures,
    counts: new Float64Array(layout.countsLength),
    total: 0,
    min: Infinity,
    max: 0,
    exceeds: 0,
    prevDelta: 0n,
  };
}

function recordValue(state, value) {
  const index = value >= 0 ? state.layout.countsIndex(value) : -1;
  if (index < 0 || index >= state.counts.length) {
    state.exceeds++;
    return;
  }
  state.counts[index]++;
  state.total++;
  if (value !== 0 && value < state.min) state.min = value;
  if (value > state.max) state.max = value;
}

// Each index with a count, with its value (HdrHistogram's all-values iteration).
function* recorded(state) {
  const { counts, layout } = state;
  for (let i = 0; i < counts.length; i++) {
    if (counts[i] !== 0) yield [layout.valueAtIndex(i), counts[i]];
  }
}

function mean(state) {
  let total = 0;
  for (const [value, count] of recorded(state)) total += count * state.layout.medianEquivalent(value);
  return total / state.total;
}

function stddev(state) {
  const m = mean(state);
  let dev = 0;
  for (const [value, count] of recorded(state)) {
    const d = state.layout.medianEquivalent(value) - m;
    dev += d * d * count;
  }
  return Math.sqrt(dev / state.total);
}

function valueAtPercentile(state, percentile) {
  const requested = percentile < 100 ? percentile : 100;
  let countAt = Math.trunc((requested / 100) * state.total + 0.5);
  if (countAt < 1) countAt = 1;
  let value = 0;
  let seen = 0;
  for (let i = 0; i < state.counts.length; i++) {
    seen += state.counts[i];
    if (seen >= countAt) {
      value = state.layout.valueAtIndex(i);
      break;
    }
  }
  return percentile === 0 ? state.layout.lowestEquivalent(value) :
    state.layout.highestEquivalent(value);
}

// HdrHistogram's percentile iteration with one tick per half distance, step by step as
// HdrHistogram_c does it (including reporting the last percentile again when the
// values run out before the next one is reached).
function percentiles(state, map) {
  const { counts, layout } = state;
  const it = { index: -1, count: 0, cumulative: 0, value: 0, seenLast: false, next: 0, percentile: 0 };
  const basicNext = () => {
    if (!(it.cumulative < state.total)) return false;
    it.index++;
    if (it.index >= counts.length) return false;
    it.count = counts[it.index];
    it.cumulative += it.count;
    it.value = layout.valueAtIndex(it.index);
    return true;
  };
  const iterNext = () => {
    if (!(it.cumulative < state.total)) {
      if (it.seenLast) return false;
      it.seenLast = true;
      it.percentile = 100;
      return true;
    }
    if (it.index === -1 && !basicNext()) return false;
    do {
      const current = (100 * it.cumulative) / state.total;
      if (it.count !== 0 && it.next <= current) {
        it.percentile = it.next;
        const temp = Math.trunc(Math.log(100 / (100 - it.next)) / Math.log(2)) + 1;
        it.next += 100 / 2 ** temp;
        return true;
      }
    } while (basicNext());
    return true;
  };
  while (iterNext()) map.set(it.percentile, it.value);
  return map;
}

function toNumberMin(state) {
  if (state.counts[0] > 0) return 0;
  return state.min === Infinity ? 9223372036854775807 : state.layout.lowestEquivalent(state.min);
}

function toNumberMax(state) {
  return state.max === 0 ? 0 : state.layout.highestEquivalent(state.max);
}

class Histogram {
  constructor() {
    throw new TypeError('Illegal constructor');
  }

  get count() { return this[kState].total; }
  get countBigInt() { return BigInt(this[kState].total); }
  get min() { return toNumberMin(this[kState]); }
  get minBigInt() {
    const state = this[kState];
    return state.min === Infinity && state.counts[0] === 0 ? kInt64Max : BigInt(toNumberMin(state));
  }
  get max() { return toNumberMax(this[kState]); }
  get maxBigInt() { return BigInt(toNumberMax(this[kState])); }
  get mean() { return mean(this[kState]); }
  get exceeds() { return this[kState].exceeds; }
  get exceedsBigInt() { return BigInt(this[kState].exceeds); }
  get stddev() { return stddev(this[kState]); }

  percentile(percentile) {
    validateNumber(percentile, 'percentile');
    if (!(percentile > 0 && percentile <= 100)) {
      throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
    }
    return valueAtPercentile(this[kState], percentile);
  }

  percentileBigInt(percentile) {
    return BigInt(this.percentile(percentile));
  }

  get percentiles() {
    return percentiles(this[kState], new SafeMap());
  }

  get percentilesBigInt() {
    const map = new SafeMap();
    for (const [key, value] of percentiles(this[kState], new Map())) map.set(key, BigInt(value));
    return map;
  }

  reset() {
    const { lowest, highest, figures } = this[kState];
    this[kState] = newState(lowest, highest, figures);
  }

  toJSON() {
    return {
      count: this.count,
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      percentiles: Object.fromEntries(this.percentiles),
    };
  }

  [kClone]() {
    const { layout, ...state } = this[kState];
    return {
      data: { recordable: this instanceof RecordableHistogram, state },
      deserializeInfo: 'internal/histogram:ClonedHistogram',
    };
  }

  [customInspectSymbol](depth, options) {
    if (depth < 0) return this;
    const { inspect } = require('internal/util/inspect');
    const fields = {
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      count: this.count,
      percentiles: this.percentiles,
    };
    return `Histogram ${inspect(fields, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

class RecordableHistogram extends Histogram {
  record(val) {
    if (typeof val === 'bigint') {
      if (val < 1n) throw new ERR_OUT_OF_RANGE('val', '>= 1', val);
      recordValue(this[kState], Number(val));
      return;
    }
    validateInteger(val, 'val', 1);
    recordValue(this[kState], val);
  }

  recordDelta() {
    const now = process.hrtime.bigint();
    const state = this[kState];
    if (state.prevDelta !== 0n) recordValue(state, Number(now - state.prevDelta));
    state.prevDelta = now;
  }

  add(other) {
    if (!(other instanceof RecordableHistogram)) {
      throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    }
    const source = other[kState];
    for (const [value, count] of recorded(source)) {
      for (let i = 0; i < count; i++) recordValue(this[kState], value);
    }
    // Values too large for the source were not recorded there either.
    this[kState].exceeds += source.exceeds;
  }
}

function toLimit(value, name, min) {
  if (typeof value === 'bigint') value = Number(value);
  validateInteger(value, name, min);
  return value;
}

function createHistogram(options = kEmptyObject) {
  validateObject(options, 'options');
  const { lowest = 1, highest = Number.MAX_SAFE_INTEGER, figures = 3 } = options;
  const low = toLimit(lowest, 'options.lowest', 1);
  const high = toLimit(highest, 'options.highest', 2 * low);
  validateInteger(figures, 'options.figures', 1, 5);
  const histogram = createCloneable(RecordableHistogram.prototype);
  histogram[kState] = newState(low, high, figures);
  return histogram;
}

// The receiving side of a cloned histogram (internal/cloneable): a copy of the counts
// (Node's clones share them).
function ClonedHistogram({ recordable, state }) {
  const { lowest, highest, figures } = state;
  const histogram = createCloneable((recordable ? RecordableHistogram : Histogram).prototype);
  histogram[kState] = { ...state, layout: new HdrLayout(lowest, highest, figures) };
  return histogram;
}

module.exports = { ClonedHistogram, createHistogram, Histogram, RecordableHistogram };
