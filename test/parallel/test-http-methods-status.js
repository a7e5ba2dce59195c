'use strict';
// http.METHODS, http.STATUS_CODES and http.maxHeaderSize as in Node 20.
require('../common');
const assert = require('node:assert');
const http = require('node:http');

// Node 20.18+ (llhttp 9) adds QUERY; rt's llhttp 8.1 does not parse it.
assert.deepStrictEqual(http.METHODS.filter((m) => m !== 'QUERY'), [
  'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK',
  'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS',
  'PATCH', 'POST', 'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'REBIND', 'REPORT', 'SEARCH',
  'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE',
]);
assert.strictEqual(Object.keys(http.STATUS_CODES).length, 63);
assert.strictEqual(http.STATUS_CODES[200], 'OK');
assert.strictEqual(http.STATUS_CODES[418], 'I\'m a Teapot');
assert.strictEqual(http.STATUS_CODES[425], 'Too Early');
assert.strictEqual(http.STATUS_CODES[509], 'Bandwidth Limit Exceeded');
assert.strictEqual(http.STATUS_CODES[999], undefined);
assert.strictEqual(http.maxHeaderSize, 16384);
assert.strictEqual(typeof http.Agent, 'function');
assert.ok(http.globalAgent instanceof http.Agent);
assert.strictEqual(http.globalAgent.keepAlive, true);
assert.strictEqual(http.globalAgent.options.timeout, 5000);
assert.strictEqual(http.globalAgent.maxSockets, Infinity);
assert.strictEqual(http.globalAgent.maxFreeSockets, 256);
