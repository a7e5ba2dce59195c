'use strict';

// The deprecated alias of util (DEP0025): the same object, with a warning on load.

module.exports = require('util');

process.emitWarning('sys is deprecated. Use util instead.', 'DeprecationWarning', 'DEP0025');
