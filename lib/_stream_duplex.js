'use strict';

// Legacy id for stream.Duplex (Node keeps it for old packages).
module.exports = require('stream').Duplex;
