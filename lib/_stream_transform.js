'use strict';

// Legacy id for stream.Transform (Node keeps it for old packages).
module.exports = require('stream').Transform;
