'use strict';
// The public `module` built-in: the CommonJS Module class with its static helpers.

const { Module } = require('internal/modules/cjs/loader');

// Copies the current CommonJS exports of built-ins into their ES module facades.
Module.syncBuiltinESMExports = function syncBuiltinESMExports() {
  require('internal/modules/esm/translators').syncBuiltinESMExports();
};

// rt keeps no source maps.
Module.findSourceMap = function findSourceMap(path) {
  return undefined;
};

module.exports = Module;
