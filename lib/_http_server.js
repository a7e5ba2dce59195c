'use strict';

// The HTTP server: Server (a net.Server whose connections are parsed by llhttp),
// ServerResponse, and the per-connection state machine: pipelined requests wait in
// `state.incoming`, their responses in `state.outgoing` until the socket is free.

const EventEmitter = require('events');
const net = require('net');
const {
  HTTPParser,
  parsers,
  freeParser,
  initParser,
  isLenient,
  prepareError,
  continueExpression,
  chunkExpression,
  kIncomingMessage,
  kLastMessageStart,
  kHeadersCompleted,
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
} = require('_http_common');
const { IncomingMessage } = require('_http_incoming');
const { kOnExecute } = HTTPParser;
const {
  OutgoingMessage,
  kUniqueHeaders,
  parseUniqueHeadersOption,
  validateHeaderName,
  validateHeaderValue,
} = require('_http_outgoing');
const { kOutHeaders, kNeedDrain } = require('internal/http');
const {
  onStreamRead,
  kUpdateTimer,
  kBytesRead,
  kBuffer,
  owner_symbol,
} = require('internal/stream_base_commons');
const { FastBuffer } = require('internal/buffer');
const {
  codes: {
    ERR_HTTP_HEADERS_SENT,
    ERR_HTTP_INVALID_STATUS_CODE,
    ERR_HTTP_REQUEST_TIMEOUT,
    ERR_HTTP_SOCKET_ASSIGNED,
    ERR_HTTP_SOCKET_ENCODING,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_CHAR,
    ERR_OUT_OF_RANGE,
  },
  ConnResetException,
} = require('internal/errors');
const {
  validateBoolean,
  validateInteger,
  validateObject,
  validateLinkHeaderValue,
} = require('internal/validators');

const kServerResponse = Symbol('ServerResponse');
const kConnections = Symbol('http.server.connections');
const kConnectionsCheckingInterval = Symbol('http.server.connectionsCheckingInterval');

const STATUS_CODES = {
  100: 'Continue',
  101: 'Switching Protocols',
  102: 'Processing',
  103: 'Early Hints',
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  203: 'Non-Authoritative Information',
  204: 'No Content',
  205: 'Reset Content',
  206: 'Partial Content',
  207: 'Multi-Status',
  208: 'Already Reported',
  226: 'IM Used',
  300: 'Multiple Choices',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  304: 'Not Modified',
  305: 'Use Proxy',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  407: 'Proxy Authentication Required',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  411: 'Length Required',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  416: 'Range Not Satisfiable',
  417: 'Expectation Failed',
  418: 'I\'m a Teapot',
  421: 'Misdirected Request',
  422: 'Unprocessable Entity',
  423: 'Locked',
  424: 'Failed Dependency',
  425: 'Too Early',
  426: 'Upgrade Required',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
  505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates',
  507: 'Insufficient Storage',
  508: 'Loop Detected',
  509: 'Bandwidth Limit Exceeded',
  510: 'Not Extended',
  511: 'Network Authentication Required',
};

// What the server says to a client whose request it cannot parse.
const badRequestResponse = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const requestTimeoutResponse = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';
const requestHeaderFieldsTooLargeResponse =
  'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';
const requestChunkExtensionsTooLargeResponse =
  'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n';

// ---- ServerResponse ---------------------------------------------------------

function ServerResponse(req, options) {
  OutgoingMessage.call(this, options);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  this.sendDate = true;
  this._sent100 = false;
  this._expect_continue = false;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = chunkExpression.test(req.headers.te);
    this.shouldKeepAlive = false;
  }
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

ServerResponse.prototype.statusCode = 200;
ServerResponse.prototype.statusMessage = undefined;

function onServerResponseClose() {
  // The socket closed under a response: the response is done for.
  const res = this._httpMessage;
  if (res) emitCloseNT(res);
}

ServerResponse.prototype.assignSocket = function assignSocket(socket) {
  if (socket._httpMessage) throw new ERR_HTTP_SOCKET_ASSIGNED();
  socket._httpMessage = this;
  socket.on('close', onServerResponseClose);
  this.socket = socket;
  this.emit('socket', socket);
  this._flush();
};

ServerResponse.prototype.detachSocket = function detachSocket(socket) {
  socket.removeListener('close', onServerResponseClose);
  socket._httpMessage = null;
  this.socket = null;
};

ServerResponse.prototype.writeContinue = function writeContinue(cb) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', cb);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function writeProcessing(cb) {
  this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', cb);
};

ServerResponse.prototype.writeEarlyHints = function writeEarlyHints(hints, cb) {
  let head = 'HTTP/1.1 103 Early Hints\r\n';
  validateObject(hints, 'hints');
  if (hints.link === null || hints.link === undefined) return;
  const link = validateLinkHeaderValue(hints.link);
  if (link.length === 0) return;
  head += 'Link: ' + link + '\r\n';
  for (const key of Object.keys(hints)) {
    if (key !== 'link') {
      validateHeaderName(key);
      validateHeaderValue(key, hints[key]);
      head += key + ': ' + hints[key] + '\r\n';
    }
  }
  head += '\r\n';
  this._writeRaw(head, 'ascii', cb);
};

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, obj) {
  if (this._header) throw new ERR_HTTP_HEADERS_SENT('write');
  const originalStatusCode = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) {
    throw new ERR_HTTP_INVALID_STATUS_CODE(originalStatusCode);
  }

  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
    obj ??= reason;
  }
  this.statusCode = statusCode;

  let headers;
  if (this[kOutHeaders]) {
    // Headers set with setHeader(), plus those given here (which win).
    if (Array.isArray(obj)) {
      if (obj.length % 2 !== 0) throw new ERR_INVALID_ARG_VALUE('headers', obj);
      for (let n = 0; n < obj.length; n += 2) this.removeHeader(obj[n]);
      for (let n = 0; n < obj.length; n += 2) {
        if (obj[n]) this.appendHeader(obj[n], obj[n + 1]);
      }
    } else if (obj) {
      const keys = Object.keys(obj);
      for (let i = 0; i < keys.length; i++) {
        const k = keys[i];
        if (k) this.setHeader(k, obj[k]);
      }
    }
    headers = this[kOutHeaders];
  } else {
    headers = obj;
  }

  if (checkInvalidHeaderChar(this.statusMessage)) throw new ERR_INVALID_CHAR('statusMessage');

  const statusLine = `HTTP/1.1 ${statusCode} ${this.statusMessage}\r\n`;

  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
    this._hasBody = false;
  }

  // A client waiting for 100 Continue that got a final answer may still send the
  // body: the connection cannot be reused.
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;

  this._storeHeader(statusLine, headers);
  return this;
};

ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

// ---- connection tracking (timeouts, closeIdleConnections) ----------------------

class ConnectionsList {
  constructor() {
    this.parsers = new Set();
  }

  push(parser) { this.parsers.add(parser); }
  pop(parser) { this.parsers.delete(parser); }
  all() { return Array.from(this.parsers); }

  idle() {
    const out = [];
    for (const parser of this.parsers) {
      if (parser[kLastMessageStart] === 0) out.push(parser);
    }
    return out;
  }

  active() {
    const out = [];
    for (const parser of this.parsers) {
      if (parser[kLastMessageStart] !== 0) out.push(parser);
    }
    return out;
  }

  // The connections whose request head or whole request took too long; they
  // leave the list.
  expired(headersTimeout, requestTimeout) {
    const now = Date.now();
    const out = [];
    for (const parser of this.parsers) {
      const start = parser[kLastMessageStart];
      if (start === 0) continue;
      if ((!parser[kHeadersCompleted] && headersTimeout > 0 && now - start > headersTimeout) ||
          (requestTimeout > 0 && now - start > requestTimeout)) {
        out.push(parser);
        this.parsers.delete(parser);
      }
    }
    return out;
  }
}

// ---- Server -------------------------------------------------------------------

function storeHTTPOptions(options) {
  this[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  this[kServerResponse] = options.ServerResponse || ServerResponse;

  const maxHeaderSize = options.maxHeaderSize;
  if (maxHeaderSize !== undefined) validateInteger(maxHeaderSize, 'maxHeaderSize', 0);
  this.maxHeaderSize = maxHeaderSize;

  const insecureHTTPParser = options.insecureHTTPParser;
  if (insecureHTTPParser !== undefined) {
    validateBoolean(insecureHTTPParser, 'options.insecureHTTPParser');
  }
  this.insecureHTTPParser = insecureHTTPParser;

  const requestTimeout = options.requestTimeout;
  if (requestTimeout !== undefined) {
    validateInteger(requestTimeout, 'requestTimeout', 0);
    this.requestTimeout = requestTimeout;
  } else {
    this.requestTimeout = 300_000;
  }

  const headersTimeout = options.headersTimeout;
  if (headersTimeout !== undefined) {
    validateInteger(headersTimeout, 'headersTimeout', 0);
    this.headersTimeout = headersTimeout;
  } else {
    this.headersTimeout = Math.min(60_000, this.requestTimeout);
  }

  if (this.requestTimeout > 0 && this.headersTimeout > 0 &&
      this.headersTimeout > this.requestTimeout) {
    throw new ERR_OUT_OF_RANGE('headersTimeout', '<= requestTimeout', headersTimeout);
  }

  const keepAliveTimeout = options.keepAliveTimeout;
  if (keepAliveTimeout !== undefined) {
    validateInteger(keepAliveTimeout, 'keepAliveTimeout', 0);
    this.keepAliveTimeout = keepAliveTimeout;
  } else {
    this.keepAliveTimeout = 5_000;
  }

  const connectionsCheckingInterval = options.connectionsCheckingInterval;
  if (connectionsCheckingInterval !== undefined) {
    validateInteger(connectionsCheckingInterval, 'connectionsCheckingInterval', 0);
    this.connectionsCheckingInterval = connectionsCheckingInterval;
  } else {
    this.connectionsCheckingInterval = 30_000;
  }

  const requireHostHeader = options.requireHostHeader;
  if (requireHostHeader !== undefined) {
    validateBoolean(requireHostHeader, 'options.requireHostHeader');
    this.requireHostHeader = requireHostHeader;
  } else {
    this.requireHostHeader = true;
  }

  const joinDuplicateHeaders = options.joinDuplicateHeaders;
  if (joinDuplicateHeaders !== undefined) {
    validateBoolean(joinDuplicateHeaders, 'options.joinDuplicateHeaders');
  }
  this.joinDuplicateHeaders = joinDuplicateHeaders;

  const rejectNonStandardBodyWrites = options.rejectNonStandardBodyWrites;
  if (rejectNonStandardBodyWrites !== undefined) {
    validateBoolean(rejectNonStandardBodyWrites, 'options.rejectNonStandardBodyWrites');
    this.rejectNonStandardBodyWrites = rejectNonStandardBodyWrites;
  } else {
    this.rejectNonStandardBodyWrites = false;
  }
}

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);

  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }

  storeHTTPOptions.call(this, options);
  net.Server.call(this, {
    allowHalfOpen: true,
    noDelay: options.noDelay ?? true,
    keepAlive: options.keepAlive,
    keepAliveInitialDelay: options.keepAliveInitialDelay,
    highWaterMark: options.highWaterMark,
  });

  if (requestListener) this.on('request', requestListener);

  // The other end sending FIN ends our side too, unless this is set.
  this.httpAllowHalfOpen = false;

  this.on('connection', connectionListener);
  this.on('listening', setupConnectionsTracking);

  this.timeout = 0;
  this.maxHeadersCount = null;
  this.maxRequestsPerSocket = 0;
  this[kUniqueHeaders] = parseUniqueHeadersOption(options.uniqueHeaders);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

function setupConnectionsTracking() {
  this[kConnections] ||= new ConnectionsList();
  if (this[kConnectionsCheckingInterval]) clearInterval(this[kConnectionsCheckingInterval]);
  if (this.connectionsCheckingInterval > 0) {
    this[kConnectionsCheckingInterval] =
      setInterval(checkConnections.bind(this), this.connectionsCheckingInterval).unref();
  }
}

function httpServerPreClose(server) {
  server.closeIdleConnections();
  clearInterval(server[kConnectionsCheckingInterval]);
}

Server.prototype.close = function close(...args) {
  httpServerPreClose(this);
  net.Server.prototype.close.apply(this, args);
  return this;
};

Server.prototype[Symbol.asyncDispose] = async function() {
  return new Promise((resolve, reject) => {
    this.close((err) => (err ? reject(err) : resolve()));
  });
};

Server.prototype.closeAllConnections = function closeAllConnections() {
  if (!this[kConnections]) return;
  for (const parser of this[kConnections].all()) parser.socket?.destroy();
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  if (!this[kConnections]) return;
  for (const parser of this[kConnections].idle()) {
    const socket = parser.socket;
    if (!socket) continue;
    if (socket._httpMessage && !socket._httpMessage.finished) continue;
    socket.destroy();
  }
};

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

// A rejected async 'request' handler: answer 500 if nothing was sent yet.
Server.prototype[EventEmitter.captureRejectionSymbol] = function(err, event, ...args) {
  if (event === 'request') {
    const res = args[1];
    if (!res.headersSent && !res.writableEnded) {
      for (const name of res.getHeaderNames()) res.removeHeader(name);
      res.statusCode = 500;
      res.end(STATUS_CODES[500]);
    } else {
      res.destroy();
    }
    return;
  }
  const base = net.Server.prototype[EventEmitter.captureRejectionSymbol];
  if (typeof base === 'function') return base.call(this, err, event, ...args);
  this.destroy?.(err);
};

function checkConnections() {
  if (this.headersTimeout === 0 && this.requestTimeout === 0) return;
  const expired = this[kConnections].expired(this.headersTimeout, this.requestTimeout);
  for (let i = 0; i < expired.length; i++) {
    const socket = expired[i].socket;
    if (socket) onRequestTimeout(socket);
  }
}

function onRequestTimeout(socket) {
  socketOnError.call(socket, new ERR_HTTP_REQUEST_TIMEOUT());
}

function connectionListener(socket) {
  connectionListenerInternal(this, socket);
}

function connectionListenerInternal(server, socket) {
  socket.server = server;

  if (server.timeout && typeof socket.setTimeout === 'function') {
    socket.setTimeout(server.timeout);
  }
  socket.on('timeout', socketOnTimeout);

  const parser = parsers.alloc();
  const lenient = server.insecureHTTPParser === undefined ?
    isLenient() : server.insecureHTTPParser;
  initParser(parser, HTTPParser.REQUEST, server.maxHeaderSize || 0, lenient);
  parser.socket = socket;
  socket.parser = parser;
  server[kConnections] ||= new ConnectionsList();
  server[kConnections].push(parser);

  if (typeof server.maxHeadersCount === 'number') {
    parser.maxHeaderPairs = server.maxHeadersCount << 1;
  }

  const state = {
    onData: null,
    onEnd: null,
    onClose: null,
    onDrain: null,
    outgoing: [],
    incoming: [],
    // Bytes of responses waiting for the socket: past its high-water mark the
    // server stops reading new requests.
    outgoingData: 0,
    requestsCount: 0,
    keepAliveTimeoutSet: false,
  };
  socket[kHttpState] = state;
  state.onData = socketOnData.bind(undefined, server, socket, parser, state);
  state.onEnd = socketOnEnd.bind(undefined, server, socket, parser, state);
  state.onClose = socketOnClose.bind(undefined, socket, state);
  state.onDrain = socketOnDrain.bind(undefined, socket, state);
  socket.on('data', state.onData);
  socket.on('error', socketOnError);
  socket.on('end', state.onEnd);
  socket.on('close', state.onClose);
  socket.on('drain', state.onDrain);
  parser.onIncoming = parserOnIncoming.bind(undefined, server, socket, state);

  socket.setEncoding = socketSetEncoding;
  socket._paused = false;
  consume(socket, parser, state.onData);
  if (parser._consumed) {
    parser[kOnExecute] = onParserExecute.bind(undefined, server, socket, parser, state);
  }
  // Whoever else listens for the socket's data gets it through the stream again.
  socket.on = socketOnWrapper;
  socket.addListener = socketAddListenerWrapper;
  socket.prependListener = socketPrependListenerWrapper;
}

function generateSocketListenerWrapper(name) {
  return function socketListenerWrap(ev, fn) {
    const res = net.Socket.prototype[name].call(this, ev, fn);
    if (!this.parser) {
      this.on = net.Socket.prototype.on;
      this.addListener = net.Socket.prototype.addListener;
      this.prependListener = net.Socket.prototype.prependListener;
      return res;
    }
    if (ev === 'data' || ev === 'readable') unconsume(this);
    return res;
  };
}
const socketOnWrapper = generateSocketListenerWrapper('on');
const socketAddListenerWrapper = generateSocketListenerWrapper('addListener');
const socketPrependListenerWrapper = generateSocketListenerWrapper('prependListener');

// Reads go straight from the handle to the parser, skipping the socket's Readable
// (like Node's parser.consume()); the 'data' listener above only keeps the socket
// flowing so that EOF still becomes 'end'. socket.pause()/resume() stop and start
// the handle.
//
// Natively (kNativeConsume), the parser is the handle's C++ read listener: each read
// is parsed in C++ and onParserExecute follows; EOF and read errors still reach
// handle.onread (onStreamRead). Otherwise handle.onread feeds parser.execute().
const kNativeConsume = typeof HTTPParser.prototype.consume === 'function';
const kHttpOnData = Symbol('kHttpOnData');
const kHttpParser = Symbol('kHttpParser');
const kHttpState = Symbol('kHttpState');

function consume(socket, parser, onData) {
  const handle = socket._handle;
  // Plain TCP/pipe sockets only: a TLS socket's handle carries ciphertext.
  if (Object.getPrototypeOf(socket) !== net.Socket.prototype || !handle ||
      handle.onread !== onStreamRead || socket[kBuffer]) {
    return;
  }
  if (kNativeConsume) {
    parser.consume(handle);
    parser._consumed = true;
    handle[kHttpParser] = parser;
  } else {
    handle[kHttpOnData] = onData;
    handle.onread = onConsumedRead;
  }
  socket.on('pause', onSocketPause);
  socket.on('resume', onSocketResume);
}

function unconsume(socket) {
  const handle = socket._handle;
  if (handle && handle.onread === onConsumedRead) {
    handle.onread = onStreamRead;
    handle[kHttpOnData] = undefined;
  }
  const parser = handle?.[kHttpParser];
  if (parser) {
    handle[kHttpParser] = undefined;
    // A parser freed with its socket may serve another connection by now.
    if (parser._consumed && parser.socket === socket) {
      parser._consumed = false;
      parser.unconsume();
    }
  }
  socket.removeListener('pause', onSocketPause);
  socket.removeListener('resume', onSocketResume);
}

function isConsumed(handle) {
  return handle.onread === onConsumedRead || handle[kHttpParser] !== undefined;
}

// parser[kOnExecute] after each read parsed natively; chunk (an ArrayBuffer copy of
// the read) comes with errors and upgrades.
function onParserExecute(server, socket, parser, state, ret, nread, chunk) {
  socket[kUpdateTimer]();
  socket[kBytesRead] += nread;
  onParserExecuteCommon(server, socket, parser, state, ret,
                        chunk === undefined ? undefined : new FastBuffer(chunk));
}

// handle.onread while consumed: `this` is the handle.
function onConsumedRead(nread, arrayBuffer) {
  if (nread > 0) {
    const socket = this[owner_symbol];
    if (socket === undefined || socket.destroyed) return;
    socket[kUpdateTimer]();
    socket[kBytesRead] += nread;
    this[kHttpOnData](new FastBuffer(arrayBuffer, 0, nread));
    return;
  }
  onStreamRead.call(this, nread, arrayBuffer);
}

function onSocketPause() {
  const handle = this._handle;
  if (handle && handle.reading && isConsumed(handle)) {
    handle.reading = false;
    handle.readStop();
  }
}

function onSocketResume() {
  if (this._paused) {
    this.pause();
    return;
  }
  const handle = this._handle;
  if (handle && !handle.reading && isConsumed(handle)) {
    handle.reading = true;
    handle.readStart();
  }
}

function socketSetEncoding() {
  throw new ERR_HTTP_SOCKET_ENCODING();
}

function updateOutgoingData(socket, state, delta) {
  state.outgoingData += delta;
  socketOnDrain(socket, state);
}

function socketOnDrain(socket, state) {
  const needPause = state.outgoingData > socket.writableHighWaterMark;
  if (socket._paused && !needPause) {
    socket._paused = false;
    socket.resume();
  }
  const msg = socket._httpMessage;
  if (msg && !msg.finished && msg[kNeedDrain]) {
    msg[kNeedDrain] = false;
    msg.emit('drain');
  }
}

function socketOnTimeout() {
  const state = this[kHttpState];
  if (state?.keepAliveTimeoutSet && isConnectionBusy(this, state)) {
    // The keep-alive timer left armed by resetSocketTimeout: not a real timeout.
    this.setTimeout(0);
    state.keepAliveTimeoutSet = false;
    return;
  }
  const req = this.parser?.incoming;
  const reqTimeout = req && !req.complete && req.emit('timeout', this);
  const res = this._httpMessage;
  const resTimeout = res && res.emit('timeout', this);
  const serverTimeout = this.server.emit('timeout', this);
  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

function socketOnClose(socket, state) {
  const parser = socket.parser;
  if (parser) {
    socket.server?.[kConnections]?.pop(parser);
    freeParser(parser, null, socket);
  }
  abortIncoming(state.incoming);
}

function abortIncoming(incoming) {
  while (incoming.length) {
    const req = incoming.shift();
    req.destroy(new ConnResetException('aborted'));
  }
}

function socketOnEnd(server, socket, parser, state) {
  const ret = parser.finish();
  if (ret instanceof Error) {
    socketOnError.call(socket, ret);
  } else if (!server.httpAllowHalfOpen) {
    socket.end();
  } else if (state.outgoing.length) {
    state.outgoing[state.outgoing.length - 1]._last = true;
  } else if (socket._httpMessage) {
    socket._httpMessage._last = true;
  } else {
    socket.end();
  }
}

function socketOnData(server, socket, parser, state, d) {
  const ret = parser.execute(d);
  onParserExecuteCommon(server, socket, parser, state, ret, d);
}

function onParserExecuteCommon(server, socket, parser, state, ret, d) {
  resetSocketTimeout(server, socket, state);

  if (ret instanceof Error) {
    prepareError(ret, parser, d);
    socketOnError.call(socket, ret);
  } else if (parser.incoming?.upgrade) {
    // Upgrade or CONNECT: the socket leaves HTTP and goes to the listener with the
    // bytes that followed the head.
    const req = parser.incoming;
    const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    socket.removeListener('data', state.onData);
    socket.removeListener('end', state.onEnd);
    socket.removeListener('close', state.onClose);
    socket.removeListener('drain', state.onDrain);
    socket.removeListener('error', socketOnError);
    socket.removeListener('timeout', socketOnTimeout);
    if (state.keepAliveTimeoutSet) {
      socket.setTimeout(server.timeout || 0);
      state.keepAliveTimeoutSet = false;
    }
    socket[kHttpState] = undefined;
    unconsume(socket);
    delete socket.setEncoding;
    delete socket.on;
    delete socket.addListener;
    delete socket.prependListener;
    server[kConnections]?.pop(parser);
    parser.finish();
    freeParser(parser, req, socket);

    if (eventName === 'upgrade' || server.listenerCount(eventName) > 0) {
      const bodyHead = d === undefined ? new FastBuffer(0) : d.slice(ret, d.length);
      socket.readableFlowing = null;
      server.emit(eventName, req, socket, bodyHead);
    } else {
      // CONNECT with nobody to handle it.
      socket.destroy();
    }
  } else if (parser.incoming?.method === 'PRI') {
    socket.destroy();
  }
}

// A request arrived: the keep-alive timeout no longer applies. Without a server
// timeout the keep-alive timer stays armed instead of being cleared and re-created
// for every request (socketOnTimeout ignores it while the connection is busy).
function resetSocketTimeout(server, socket, state) {
  if (!state.keepAliveTimeoutSet) return;
  if (server.timeout === 0 && socket.timeout === server.keepAliveTimeout) return;
  socket.setTimeout(server.timeout || 0);
  state.keepAliveTimeoutSet = false;
}

function isConnectionBusy(socket, state) {
  return state.incoming.length > 0 || socket._httpMessage !== null &&
    socket._httpMessage !== undefined || socket.parser?.[kLastMessageStart] > 0;
}

function noop() {}

function socketOnError(e) {
  // Only the first error counts.
  this.removeListener('error', socketOnError);
  if (!this.listeners('error').includes(noop)) this.on('error', noop);

  if (!this.server.emit('clientError', e, this)) {
    // Answer only if no response has started on this socket.
    if (this.writable && (!this._httpMessage || !this._httpMessage._headerSent)) {
      let response;
      switch (e.code) {
        case 'HPE_HEADER_OVERFLOW':
          response = requestHeaderFieldsTooLargeResponse;
          break;
        case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
          response = requestChunkExtensionsTooLargeResponse;
          break;
        case 'ERR_HTTP_REQUEST_TIMEOUT':
          response = requestTimeoutResponse;
          break;
        default:
          response = badRequestResponse;
          break;
      }
      this.write(response);
    }
    this.destroy(e);
  }
}

// Looks for the headers that need handling before 'request' (host, expect)
// without building req.headers.
function findRawHeader(raw, name) {
  for (let i = 0; i < raw.length; i += 2) {
    const field = raw[i];
    if (field.length === name.length && field.toLowerCase() === name) return raw[i + 1];
  }
  return undefined;
}

function parserOnIncoming(server, socket, state, req, keepAlive) {
  resetSocketTimeout(server, socket, state);

  if (req.upgrade) {
    req.upgrade = req.method === 'CONNECT' || server.listenerCount('upgrade') > 0;
    if (req.upgrade) return 2;
  }

  state.incoming.push(req);

  // Stop reading when responses pile up unsent (a flood of pipelined requests).
  if (!socket._paused) {
    const ws = socket._writableState;
    if (ws.needDrain || state.outgoingData >= socket.writableHighWaterMark) {
      socket._paused = true;
      socket.pause();
    }
  }

  const res = new server[kServerResponse](req, {
    highWaterMark: socket.writableHighWaterMark,
    rejectNonStandardBodyWrites: server.rejectNonStandardBodyWrites,
  });
  res._keepAliveTimeout = server.keepAliveTimeout;
  res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  res._onPendingData = updateOutgoingData.bind(undefined, socket, state);
  res.shouldKeepAlive = keepAlive;
  res[kUniqueHeaders] = server[kUniqueHeaders];

  if (socket._httpMessage) {
    // An earlier response is still being written: this one waits its turn.
    state.outgoing.push(res);
  } else {
    res.assignSocket(socket);
  }

  res.on('finish', resOnFinish.bind(undefined, req, res, socket, state, server));

  let handled = false;
  if (req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    // RFC 7230 5.4: an HTTP/1.1 request without Host gets 400.
    if (server.requireHostHeader && findRawHeader(req.rawHeaders, 'host') === undefined) {
      res.writeHead(400, ['Connection', 'close']);
      res.end();
      return 0;
    }

    const isRequestsLimitSet = typeof server.maxRequestsPerSocket === 'number' &&
      server.maxRequestsPerSocket > 0;
    if (isRequestsLimitSet) {
      state.requestsCount++;
      res.maxRequestsOnConnectionReached = server.maxRequestsPerSocket <= state.requestsCount;
    }

    const expect = findRawHeader(req.rawHeaders, 'expect');
    if (isRequestsLimitSet && server.maxRequestsPerSocket < state.requestsCount) {
      handled = true;
      server.emit('dropRequest', req, socket);
      res.writeHead(503);
      res.end();
    } else if (expect !== undefined) {
      handled = true;
      if (continueExpression.test(req.headers.expect)) {
        res._expect_continue = true;
        if (server.listenerCount('checkContinue') > 0) {
          server.emit('checkContinue', req, res);
        } else {
          res.writeContinue();
          server.emit('request', req, res);
        }
      } else if (server.listenerCount('checkExpectation') > 0) {
        server.emit('checkExpectation', req, res);
      } else {
        res.writeHead(417);
        res.end();
      }
    }
  }

  if (!handled) server.emit('request', req, res);
  return 0;
}

function resOnFinish(req, res, socket, state, server) {
  // Normally the first waiting request is this one (none if they were aborted).
  if (state.incoming[0] === req) state.incoming.shift();

  // A body nobody read is drained off the wire so the next request can be parsed.
  if (!req._consuming && !req._readableState.resumeScheduled) req._dump();

  res.detachSocket(socket);
  clearIncoming(req);
  process.nextTick(emitCloseNT, res);

  if (res._last) {
    if (typeof socket.destroySoon === 'function') {
      socket.destroySoon();
    } else {
      socket.end();
    }
  } else if (state.outgoing.length === 0) {
    if (server.keepAliveTimeout && typeof socket.setTimeout === 'function') {
      if (!state.keepAliveTimeoutSet || socket.timeout !== server.keepAliveTimeout) {
        socket.setTimeout(server.keepAliveTimeout);
        state.keepAliveTimeoutSet = true;
      } else {
        // Still armed from the last response: restart it.
        socket._unrefTimer?.();
      }
    }
  } else {
    const m = state.outgoing.shift();
    if (m) m.assignSocket(socket);
  }
}

function clearIncoming(req) {
  req = req || this;
  const parser = req.socket?.parser;
  // Let the request be collected once its body is done.
  if (parser && parser.incoming === req) {
    if (req.readableEnded) {
      parser.incoming = null;
    } else {
      req.on('end', clearIncoming);
    }
  }
}

function emitCloseNT(self) {
  if (!self._closed) {
    self.destroyed = true;
    self._closed = true;
    self.emit('close');
  }
}

module.exports = {
  STATUS_CODES,
  Server,
  ServerResponse,
  setupConnectionsTracking,
  storeHTTPOptions,
  _connectionListener: connectionListener,
  kServerResponse,
  kConnections,
};
