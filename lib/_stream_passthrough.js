'use strict';

// Legacy alias kept from Node's early stream layout: require('_stream_passthrough') is stream.PassThrough.

module.exports = require('stream').PassThrough;
