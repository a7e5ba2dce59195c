'use strict';
// Clock shared by the perf_hooks pieces: performance.now() and the time origin.

const binding = internalBinding('performance');

// A direct call into C++: no allocation beyond the returned number.
const now = binding.now;

module.exports = {
  now,
  timeOrigin: binding.timeOrigin,
  loopStart: binding.loopStart,
  loopIdleTime: binding.loopIdleTime,
};
