'use strict';

// Legacy alias kept from Node's early stream layout: require('_stream_writable') is stream.Writable.

module.exports = require('stream').Writable;
