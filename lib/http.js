'use strict';

// The public `http` module: HTTP/1.1 server and client (see _http_server.js,
// _http_client.js, _http_agent.js).

const { methods } = require('_http_common');
const { IncomingMessage } = require('_http_incoming');
const {
  validateHeaderName,
  validateHeaderValue,
  OutgoingMessage,
} = require('_http_outgoing');
const { ServerResponse, STATUS_CODES, Server } = require('_http_server');
const { validateInteger } = require('internal/validators');

const httpAgent = require('_http_agent');
const { ClientRequest } = require('_http_client');

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

let maxHeaderSize;

const METHODS = methods.filter((m) => m !== undefined).sort();

module.exports = {
  _connectionListener: require('_http_server')._connectionListener,
  METHODS,
  STATUS_CODES,
  Agent: httpAgent.Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers(max) {
    validateInteger(max, 'max', 1);
    require('_http_common').parsers.max = max;
  },
};

Object.defineProperty(module.exports, 'maxHeaderSize', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    if (maxHeaderSize === undefined) {
      const value = require('internal/options').getOptionValue('--max-http-header-size');
      maxHeaderSize = value !== undefined ? Number(value) : 16 * 1024;
    }
    return maxHeaderSize;
  },
});

Object.defineProperty(module.exports, 'globalAgent', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return httpAgent.globalAgent; },
  set(value) { httpAgent.globalAgent = value; },
});
