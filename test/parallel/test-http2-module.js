'use strict';
// require('http2') loads with Node's constants and default settings (superagent and
// supertest destructure http2.constants when they load, before any HTTP/2 use).
require('../common');
const assert = require('node:assert');
const http2 = require('node:http2');

assert.strictEqual(require('http2'), http2);
for (const name of ['connect', 'createServer', 'createSecureServer', 'getDefaultSettings',
  'getPackedSettings', 'getUnpackedSettings']) {
  assert.strictEqual(typeof http2[name], 'function', name);
}
assert.strictEqual(typeof http2.sensitiveHeaders, 'symbol');

const c = http2.constants;
assert.strictEqual(c.HTTP2_HEADER_PATH, ':path');
assert.strictEqual(c.HTTP2_HEADER_STATUS, ':status');
assert.strictEqual(c.HTTP2_HEADER_METHOD, ':method');
assert.strictEqual(c.HTTP2_HEADER_AUTHORITY, ':authority');
assert.strictEqual(c.HTTP2_HEADER_HOST, 'host');
assert.strictEqual(c.HTTP2_HEADER_SET_COOKIE, 'set-cookie');
assert.strictEqual(c.HTTP2_HEADER_CONTENT_TYPE, 'content-type');
assert.strictEqual(c.HTTP2_METHOD_GET, 'GET');
assert.strictEqual(c.NGHTTP2_NO_ERROR, 0);
assert.strictEqual(c.NGHTTP2_CANCEL, 8);
assert.strictEqual(c.NGHTTP2_DEFAULT_WEIGHT, 16);
assert.strictEqual(c.HTTP_STATUS_OK, 200);
assert.strictEqual(c.HTTP_STATUS_NOT_FOUND, 404);
assert.strictEqual(c.HTTP_STATUS_TEAPOT, 418);

const settings = http2.getDefaultSettings();
assert.strictEqual(Object.getPrototypeOf(settings), null);
assert.deepStrictEqual(Object.keys(settings), [
  'headerTableSize', 'enablePush', 'initialWindowSize', 'maxFrameSize',
  'maxConcurrentStreams', 'maxHeaderSize', 'maxHeaderListSize', 'enableConnectProtocol',
]);
assert.deepStrictEqual({ ...settings }, {
  headerTableSize: 4096, enablePush: true, initialWindowSize: 65535, maxFrameSize: 16384,
  maxConcurrentStreams: 4294967295, maxHeaderSize: 65535, maxHeaderListSize: 65535,
  enableConnectProtocol: false,
});
assert.notStrictEqual(http2.getDefaultSettings(), settings);
