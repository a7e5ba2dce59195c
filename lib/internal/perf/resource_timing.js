'use strict';
// PerformanceResourceTiming and performance.markResourceTiming(), which fetch (undici)
// calls once per response with the timing record of the Fetch standard.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INTERNAL_ASSERTION, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { PerformanceEntry, kSkipThrow } = require('internal/perf/entry');
const { enqueue, bufferResourceTiming } = require('internal/perf/observe');

const kRequestedUrl = Symbol('kRequestedUrl');
const kInitiatorType = Symbol('kInitiatorType');
const kTimingInfo = Symbol('kTimingInfo');
const kCacheMode = Symbol('kCacheMode');

function checkThis(obj) {
  if (obj == null || typeof obj !== 'object' || obj[kTimingInfo] === undefined) {
    throw new ERR_INVALID_ARG_TYPE('this', 'PerformanceResourceTiming', obj);
  }
}

function connectionInfo(obj) {
  return obj[kTimingInfo].finalConnectionTimingInfo;
}

class PerformanceResourceTiming extends PerformanceEntry {
  constructor(skip, requestedUrl, initiatorType, timingInfo, cacheMode) {
    if (skip !== kSkipThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kSkipThrow, requestedUrl, 'resource');
    this[kRequestedUrl] = requestedUrl;
    this[kInitiatorType] = initiatorType;
    // A null record still makes an entry; its getters throw when read, as in Node.
    this[kTimingInfo] = timingInfo === undefined ? null : timingInfo;
    this[kCacheMode] = cacheMode;
  }

  get name() { checkThis(this); return this[kRequestedUrl]; }
  get startTime() { checkThis(this); return this[kTimingInfo].startTime; }
  get duration() { checkThis(this); return this[kTimingInfo].endTime - this[kTimingInfo].startTime; }
  get initiatorType() { checkThis(this); return this[kInitiatorType]; }
  get workerStart() { checkThis(this); return this[kTimingInfo].finalServiceWorkerStartTime; }
  get redirectStart() { checkThis(this); return this[kTimingInfo].redirectStartTime; }
  get redirectEnd() { checkThis(this); return this[kTimingInfo].redirectEndTime; }
  get fetchStart() { checkThis(this); return this[kTimingInfo].postRedirectStartTime; }
  get domainLookupStart() { checkThis(this); return connectionInfo(this)?.domainLookupStartTime; }
  get domainLookupEnd() { checkThis(this); return connectionInfo(this)?.domainLookupEndTime; }
  get connectStart() { checkThis(this); return connectionInfo(this)?.connectionStartTime; }
  get connectEnd() { checkThis(this); return connectionInfo(this)?.connectionEndTime; }
  get secureConnectionStart() {
    checkThis(this);
    return connectionInfo(this)?.secureConnectionStartTime;
  }
  get nextHopProtocol() { checkThis(this); return connectionInfo(this)?.ALPNNegotiatedProtocol; }
  get requestStart() { checkThis(this); return this[kTimingInfo].finalNetworkRequestStartTime; }
  get responseStart() { checkThis(this); return this[kTimingInfo].finalNetworkResponseStartTime; }
  get responseEnd() { checkThis(this); return this[kTimingInfo].endTime; }
  get encodedBodySize() { checkThis(this); return this[kTimingInfo].encodedBodySize; }
  get decodedBodySize() { checkThis(this); return this[kTimingInfo].decodedBodySize; }

  // Resource Timing: a cached response moved no bytes; 300 stands for the headers.
  get transferSize() {
    checkThis(this);
    if (this[kCacheMode] === 'local') return 0;
    if (this[kCacheMode] === 'validated') return 300;
    return this[kTimingInfo].encodedBodySize + 300;
  }

  toJSON() {
    checkThis(this);
    return {
      name: this.name,
      entryType: this.entryType,
      startTime: this.startTime,
      duration: this.duration,
      initiatorType: this[kInitiatorType],
      nextHopProtocol: this.nextHopProtocol,
      workerStart: this.workerStart,
      redirectStart: this.redirectStart,
      redirectEnd: this.redirectEnd,
      fetchStart: this.fetchStart,
      domainLookupStart: this.domainLookupStart,
      domainLookupEnd: this.domainLookupEnd,
      connectStart: this.connectStart,
      connectEnd: this.connectEnd,
      secureConnectionStart: this.secureConnectionStart,
      requestStart: this.requestStart,
      responseStart: this.responseStart,
      responseEnd: this.responseEnd,
      transferSize: this.transferSize,
      encodedBodySize: this.encodedBodySize,
      decodedBodySize: this.decodedBodySize,
    };
  }
}

for (const key of Object.getOwnPropertyNames(PerformanceResourceTiming.prototype)) {
  if (key !== 'constructor') {
    Object.defineProperty(PerformanceResourceTiming.prototype, key, { enumerable: true });
  }
}
Object.defineProperty(PerformanceResourceTiming.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'PerformanceResourceTiming', configurable: true,
});

// The arguments after cacheMode (body info, response status, delivery type) are accepted
// and unused: Node 20's entries do not expose them.
function markResourceTiming(timingInfo, requestedUrl, initiatorType, global, cacheMode) {
  if (cacheMode !== '' && cacheMode !== 'local') {
    throw new ERR_INTERNAL_ASSERTION('cache must be an empty string or \'local\'');
  }
  const entry = new PerformanceResourceTiming(kSkipThrow, requestedUrl, initiatorType,
                                              timingInfo, cacheMode);
  enqueue(entry);
  bufferResourceTiming(entry);
  return entry;
}

module.exports = { PerformanceResourceTiming, markResourceTiming };
