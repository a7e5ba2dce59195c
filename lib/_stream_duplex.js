'use strict';

// Legacy alias kept from Node's early stream layout: require('_stream_duplex') is stream.Duplex.

module.exports = require('stream').Duplex;
