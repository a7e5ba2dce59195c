'use strict';

// Legacy alias kept from Node's early stream layout: require('_stream_readable') is stream.Readable.

module.exports = require('stream').Readable;
