'use strict';

// Small helpers shared by the http modules: the cached Date header value and the
// symbols under which messages keep their state.

const kOutHeaders = Symbol('kOutHeaders');
const kNeedDrain = Symbol('kNeedDrain');

let utcCache;

// The current time as an HTTP date; computed at most once per second.
function utcDate() {
  if (!utcCache) cache();
  return utcCache;
}

function cache() {
  const d = new Date();
  utcCache = d.toUTCString();
  const { setUnrefTimeout } = require('internal/timers');
  setUnrefTimeout(resetCache, 1000 - d.getMilliseconds());
}

function resetCache() {
  utcCache = undefined;
}

module.exports = {
  kOutHeaders,
  kNeedDrain,
  utcDate,
};
