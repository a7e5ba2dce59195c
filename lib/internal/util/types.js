'use strict';

// Internal name of util.types, for lib/ code written against Node's layout.
module.exports = require('util/types');
