'use strict';
// connect() with neither a port nor a path throws ERR_MISSING_ARGS at once, for
// every way of calling it; a path or a port alone is enough.
require('../common');
const assert = require('node:assert');
const net = require('node:net');

const missing = {
  name: 'TypeError',
  code: 'ERR_MISSING_ARGS',
  message: 'The "options" or "port" or "path" argument must be specified',
};
assert.throws(() => net.connect(), missing);
assert.throws(() => net.createConnection({}), missing);
assert.throws(() => net.connect({ host: '127.0.0.1' }), missing);
assert.throws(() => new net.Socket().connect({ port: undefined, path: null }), missing);
assert.throws(() => net.connect({ port: undefined }, () => {}), missing);
// A callback alone is taken as the port.
assert.throws(() => net.connect(() => {}), {
  name: 'TypeError',
  code: 'ERR_INVALID_ARG_TYPE',
});
