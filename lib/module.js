'use strict';
// The public `module` built-in: the CommonJS Module class with its static helpers.

const { Module } = require('internal/modules/cjs/loader');

// ES module named exports are not live copies of the CommonJS ones in rt yet,
// so there is nothing to sync.
Module.syncBuiltinESMExports = function syncBuiltinESMExports() {};

// rt keeps no source maps.
Module.findSourceMap = function findSourceMap(path) {
  return undefined;
};

module.exports = Module;
