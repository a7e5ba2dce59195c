// undici 6.24.1 lib/api/index.js (MIT, see LICENSE); only its require() ids changed, to rt's lib ids.
'use strict'

module.exports.request = require('internal/deps/undici/lib/api/api-request')
module.exports.stream = require('internal/deps/undici/lib/api/api-stream')
module.exports.pipeline = require('internal/deps/undici/lib/api/api-pipeline')
module.exports.upgrade = require('internal/deps/undici/lib/api/api-upgrade')
module.exports.connect = require('internal/deps/undici/lib/api/api-connect')
