'use strict';

// rt has no HTTP/2 engine yet. The module loads, with Node's constants and default
// settings, so that packages which only mention HTTP/2 (superagent, got, ...) work over
// HTTP/1; opening a session or a server throws ERR_METHOD_NOT_IMPLEMENTED.

const {
  codes: { ERR_METHOD_NOT_IMPLEMENTED },
} = require('internal/errors');
const constants = require('internal/http2/constants');

function notImplemented(name) {
  return function() {
    throw new ERR_METHOD_NOT_IMPLEMENTED(name);
  };
}

function getDefaultSettings() {
  const settings = Object.create(null);
  Object.assign(settings, {
    headerTableSize: 4096,
    enablePush: true,
    initialWindowSize: 65535,
    maxFrameSize: 16384,
    maxConcurrentStreams: 4294967295,
    maxHeaderSize: 65535,
    maxHeaderListSize: 65535,
    enableConnectProtocol: false,
  });
  return settings;
}

class Http2ServerRequest {
  constructor() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('Http2ServerRequest');
  }
}

class Http2ServerResponse {
  constructor() {
    throw new ERR_METHOD_NOT_IMPLEMENTED('Http2ServerResponse');
  }
}

module.exports = {
  connect: notImplemented('connect()'),
  constants,
  createServer: notImplemented('createServer()'),
  createSecureServer: notImplemented('createSecureServer()'),
  getDefaultSettings,
  getPackedSettings: notImplemented('getPackedSettings()'),
  getUnpackedSettings: notImplemented('getUnpackedSettings()'),
  performServerHandshake: notImplemented('performServerHandshake()'),
  sensitiveHeaders: Symbol('nodejs.http2.sensitiveHeaders'),
  Http2ServerRequest,
  Http2ServerResponse,
};
