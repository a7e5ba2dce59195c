'use strict';

// Legacy alias kept from Node's early stream layout: require('_stream_transform') is stream.Transform.

module.exports = require('stream').Transform;
