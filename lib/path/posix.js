'use strict';
// require('path/posix'): the POSIX flavour of the path module.

module.exports = require('path').posix;
