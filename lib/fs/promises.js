'use strict';

// The `fs/promises` module (also `fs.promises`); see lib/internal/fs/promises.js.

module.exports = require('internal/fs/promises').exports;
