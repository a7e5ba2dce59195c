'use strict';

// Legacy id for stream.Readable (Node keeps it for old packages).
module.exports = require('stream').Readable;
