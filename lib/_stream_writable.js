'use strict';

// Legacy id for stream.Writable (Node keeps it for old packages).
module.exports = require('stream').Writable;
