'use strict';

// Pieces shared by the HTTP server and client: the parser pool and the callbacks
// that turn llhttp's events (one per message head, one per body slice; see
// src/bindings/http_parser.cc) into IncomingMessage objects, and the token and
// header-value checks.

const { HTTPParser, methods, allMethods } = internalBinding('http_parser');
const { IncomingMessage, readStart, readStop } = require('_http_incoming');
const { FastBuffer } = require('internal/buffer');

const {
  kOnMessageBegin,
  kOnHeaders,
  kOnHeadersComplete,
  kOnBody,
  kOnMessageComplete,
  kOnExecute,
} = HTTPParser;

const kIncomingMessage = Symbol('IncomingMessage');
// Connection tracking for the server's timeouts: when the current message began
// (0 when the connection is idle) and whether its head has arrived.
const kLastMessageStart = Symbol('kLastMessageStart');
const kHeadersCompleted = Symbol('kHeadersCompleted');

const CRLF = '\r\n';
const chunkExpression = /(?:^|\W)chunked(?:$|\W)/i;
const continueExpression = /(?:^|\W)100-continue(?:$|\W)/i;
const MAX_HEADER_PAIRS = 2000;

function parserOnMessageBegin() {
  this[kLastMessageStart] = Date.now();
  this[kHeadersCompleted] = false;
}

// Trailers arrive here, just before kOnMessageComplete.
function parserOnHeaders(headers, url) {
  this._headers = this._headers.length === 0 ? headers : this._headers.concat(headers);
  this._url += url;
}

function parserOnHeadersComplete(versionMajor, versionMinor, headers, method, url,
                                 statusCode, statusMessage, upgrade, shouldKeepAlive) {
  const parser = this;
  const { socket } = parser;
  parser[kHeadersCompleted] = true;

  const IncomingClass = socket?.server?.[kIncomingMessage] || IncomingMessage;
  const incoming = parser.incoming = new IncomingClass(socket);
  incoming.httpVersionMajor = versionMajor;
  incoming.httpVersionMinor = versionMinor;
  incoming.httpVersion = versionMajor === 1 && versionMinor === 1 ? '1.1' :
    `${versionMajor}.${versionMinor}`;
  incoming.joinDuplicateHeaders = socket?.server?.joinDuplicateHeaders ||
    parser.joinDuplicateHeaders;
  incoming.url = url;
  incoming.upgrade = upgrade;

  let n = headers.length;
  if (parser.maxHeaderPairs > 0 && n > parser.maxHeaderPairs) n = parser.maxHeaderPairs;
  incoming._addHeaderLines(headers, n);

  if (parser.type === HTTPParser.REQUEST) {
    incoming.method = methods[method];
  } else {
    incoming.statusCode = statusCode;
    incoming.statusMessage = statusMessage;
  }
  return parser.onIncoming(incoming, shouldKeepAlive);
}

function parserOnBody(buffer, start, length) {
  const stream = this.incoming;
  if (stream === null || stream._dumped) return;
  // The buffer given to execute() is owned by this connection (a fresh read), so a
  // view of it is safe to keep. A consume()d parser passes an ArrayBuffer of the body.
  if (!ArrayBuffer.isView(buffer)) buffer = new FastBuffer(buffer);
  const chunk = start === 0 && length === buffer.length ? buffer :
    buffer.subarray(start, start + length);
  if (!stream.push(chunk)) readStop(this.socket);
}

function parserOnMessageComplete() {
  const parser = this;
  const stream = parser.incoming;
  parser[kLastMessageStart] = 0;
  if (stream !== null) {
    stream.complete = true;
    const headers = parser._headers;
    if (headers.length) {
      stream._addHeaderLines(headers, headers.length);
      parser._headers = [];
      parser._url = '';
    }
    // The end of the body.
    stream.push(null);
  }
  // Some servers send a response before the request is done: keep reading.
  readStart(parser.socket);
}

function newParser() {
  const parser = new HTTPParser();
  parser._headers = [];
  parser._url = '';
  parser._consumed = false;
  parser.socket = null;
  parser.incoming = null;
  parser.outgoing = null;
  parser.type = HTTPParser.REQUEST;
  parser.maxHeaderPairs = MAX_HEADER_PAIRS;
  parser.joinDuplicateHeaders = null;
  parser.onIncoming = null;
  parser[kLastMessageStart] = 0;
  parser[kHeadersCompleted] = false;
  parser[kOnMessageBegin] = parserOnMessageBegin;
  parser[kOnHeaders] = parserOnHeaders;
  parser[kOnHeadersComplete] = parserOnHeadersComplete;
  parser[kOnBody] = parserOnBody;
  parser[kOnMessageComplete] = parserOnMessageComplete;
  return parser;
}

// A small pool: parsers are reused across connections.
class FreeList {
  constructor(name, max, ctor) {
    this.name = name;
    this.ctor = ctor;
    this.max = max;
    this.list = [];
  }

  alloc() {
    return this.list.length > 0 ? this.list.pop() : this.ctor();
  }

  free(obj) {
    if (this.list.length < this.max) {
      this.list.push(obj);
      return true;
    }
    return false;
  }
}

const parsers = new FreeList('parsers', 1000, newParser);

// Initialises a parser from the pool for one connection.
function initParser(parser, type, maxHeaderSize, lenient) {
  parser.type = type;
  parser.initialize(type, null, maxHeaderSize || 0, Boolean(lenient));
  parser[kLastMessageStart] = 0;
  parser[kHeadersCompleted] = false;
}

function closeParserInstance(parser) {
  parser.onIncoming = null;
}

// Puts a parser back in the pool once its connection no longer needs it.
function freeParser(parser, req, socket) {
  if (parser) {
    if (parser._consumed) parser.unconsume();
    parser[kOnExecute] = null;
    parser._headers = [];
    parser._url = '';
    parser.onIncoming = null;
    parser.socket = null;
    parser.incoming = null;
    parser.outgoing = null;
    parser.maxHeaderPairs = MAX_HEADER_PAIRS;
    parser.joinDuplicateHeaders = null;
    parser._consumed = false;
    parser[kLastMessageStart] = 0;
    parsers.free(parser);
  }
  if (req) req.parser = null;
  if (socket) socket.parser = null;
}

const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
// Whether val is a valid HTTP token (a header name, a method).
function checkIsHttpToken(val) {
  return tokenRegExp.test(val);
}

const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;
// True when val holds a character that may not appear in a header value.
function checkInvalidHeaderChar(val) {
  return headerCharRegex.test(val);
}

let insecureHTTPParser;
function isLenient() {
  if (insecureHTTPParser === undefined) {
    insecureHTTPParser = process.execArgv.includes('--insecure-http-parser');
  }
  return insecureHTTPParser;
}

// Adds what Node reports about a parse error: the offending bytes.
function prepareError(err, parser, rawPacket) {
  err.rawPacket = rawPacket || parser.getCurrentBuffer?.();
  if (typeof err.reason === 'string') err.message = `Parse Error: ${err.reason}`;
}

module.exports = {
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  _checkIsHttpToken: checkIsHttpToken,
  chunkExpression,
  continueExpression,
  CRLF,
  FreeList,
  freeParser,
  closeParserInstance,
  initParser,
  methods,
  allMethods,
  parsers,
  kIncomingMessage,
  kLastMessageStart,
  kHeadersCompleted,
  HTTPParser,
  isLenient,
  prepareError,
};
