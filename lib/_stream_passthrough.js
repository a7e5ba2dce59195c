'use strict';

// Legacy id for stream.PassThrough (Node keeps it for old packages).
module.exports = require('stream').PassThrough;
