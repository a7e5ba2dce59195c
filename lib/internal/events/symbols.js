'use strict';
// Symbols shared between events and the modules that build on it.

module.exports = {
  // events.on() option: hand the iterator each event's first argument instead
  // of an array of all of them (readline's async iterator uses it).
  kFirstEventParam: Symbol('nodejs.kFirstEventParam'),
  // Where events.on()'s iterator exposes its queue size and watermarks.
  kWatermarkData: Symbol.for('nodejs.watermarkData'),
};
