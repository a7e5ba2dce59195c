'use strict';

// tls.TLSSocket, tls.Server and tls.connect. A TLSSocket is a net.Socket whose handle
// is a TLSWrap (src/bindings/tls_wrap.cc): the TLS engine around the TCP (or Pipe)
// handle, which reads and writes cleartext with the same contract as the plain
// handle, so net.Socket's stream code runs unchanged.

const net = require('net');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_MULTIPLE_CALLBACK,
    ERR_SOCKET_CLOSED,
    ERR_TLS_HANDSHAKE_TIMEOUT,
    ERR_TLS_INVALID_STATE,
    ERR_TLS_REQUIRED_SERVER_NAME,
    ERR_TLS_SNI_FROM_SERVER,
  },
  ConnResetException: connResetException,
} = require('internal/errors');
const {
  validateBuffer,
  validateFunction,
  validateInt32,
  validateNumber,
  validateObject,
  validateString,
  validateUint32,
} = require('internal/validators');
const { onStreamRead, owner_symbol } = require('internal/stream_base_commons');
const common = require('_tls_common');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');

const tls_wrap = internalBinding('tls_wrap');
const { TLSWrap } = tls_wrap;
const { TCP, constants: TCPConstants } = internalBinding('tcp_wrap');
const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');

const kConnectOptions = Symbol('connect-options');
const kErrorEmitted = Symbol('error-emitted');
const kHandshakeTimeout = Symbol('handshake-timeout');
const kRes = Symbol('res');
const kSNICallback = Symbol('snicallback');
const kEnableKeylog = Symbol('enableKeylog');
const kPendingSession = Symbol('pendingSession');
const kIsVerified = Symbol('verified');

let tls;
function lazyTls() {
  tls ??= require('tls');
  return tls;
}

function noop() {}

// ---- TLSWrap: the handle ----------------------------------------------------------

// Methods of the wrapped TCP/Pipe handle, reached through the TLSWrap.
for (const name of ['ref', 'unref', 'hasRef', 'open', 'bind', 'bind6', 'listen',
                    'getsockname', 'getpeername', 'setNoDelay', 'setKeepAlive',
                    'setSimultaneousAccepts', 'setBlocking', 'fchmod', 'reset']) {
  TLSWrap.prototype[name] = function(...args) {
    const parent = this._parent;
    if (typeof parent[name] === 'function') return parent[name](...args);
  };
}

// connect through the wrapped handle; the completion names this TLSWrap as the
// handle, as net's afterConnect expects of the socket's own handle.
for (const name of ['connect', 'connect6']) {
  TLSWrap.prototype[name] = function(req, ...args) {
    const tlsHandle = this;
    const oncomplete = req.oncomplete;
    req.oncomplete = function(status, handle, request, readable, writable) {
      return oncomplete.call(this, status, tlsHandle, request, readable, writable);
    };
    return this._parent[name](req, ...args);
  };
}

const nativeClose = TLSWrap.prototype.close;
TLSWrap.prototype.close = function close(cb) {
  const parentWrap = this._parentWrap;
  if (parentWrap && this._parent && parentWrap._handle === this._parent) {
    // A net.Socket we were given still owns the handle (and counts in its server's
    // connections): it closes it.
    nativeClose.call(this, undefined, true);
    if (typeof cb === 'function') parentWrap.once('close', cb);
    parentWrap.destroy();
    return;
  }
  nativeClose.call(this, cb);
};

function onhandshakedone() {
  const owner = this[owner_symbol];
  if (owner) owner._finishInit();
}

function onerror(err) {
  const owner = this[owner_symbol];
  if (!owner || owner._hadError) return;
  owner._hadError = true;
  if (!owner._secureEstablished) {
    // Handshake failures destroy the socket (a server's reach tlsClientError).
    owner._closeAfterHandlingError = true;
    owner.destroy(err);
  } else if (owner._tlsOptions.isServer && owner._rejectUnauthorized &&
             /peer did not return a certificate/.test(err.message)) {
    owner.destroy();
  } else {
    owner._emitTLSError(err);
  }
}

function onkeylog(line) {
  this[owner_symbol]?.emit('keylog', Buffer.from(line));
}

function onnewsessionclient(der) {
  const owner = this[owner_symbol];
  if (!owner) return;
  const session = Buffer.from(der);
  // Sessions arriving before verification wait for it (TLSv1.3 tickets come early).
  if (owner[kIsVerified]) owner.emit('session', session);
  else owner[kPendingSession] = session;
}

// SNI: the handshake waits after the ClientHello until JS has chosen a context.
function oncertcb(servername) {
  const owner = this[owner_symbol];
  if (!owner) return;
  if (!servername || !owner._SNICallback) {
    this.certCbDone();
    return;
  }
  let once = false;
  owner._SNICallback(servername, (err, context) => {
    if (once) return owner.destroy(new ERR_MULTIPLE_CALLBACK());
    once = true;
    if (err) return owner.destroy(err);
    if (owner._handle === null) return owner.destroy(new ERR_SOCKET_CLOSED());
    if (context) this.certCbDone(context.context || context);
    else this.certCbDone();
  });
}

// ---- TLSSocket ---------------------------------------------------------------------

function TLSSocket(socket, opts) {
  if (!(this instanceof TLSSocket)) return new TLSSocket(socket, opts);
  const tlsOptions = { ...opts };

  if (tlsOptions.ALPNProtocols) lazyTls().convertALPNProtocols(tlsOptions.ALPNProtocols, tlsOptions);

  this._tlsOptions = tlsOptions;
  this._secureEstablished = false;
  this._securePending = false;
  this._newSessionPending = false;
  this._controlReleased = false;
  this.secureConnecting = true;
  this._SNICallback = null;
  this.servername = null;
  this.alpnProtocol = null;
  this.authorized = false;
  this.authorizationError = null;
  this[kRes] = null;
  this[kIsVerified] = false;
  this[kPendingSession] = null;

  let wrap;
  if ((socket instanceof net.Socket && socket._handle) || !socket) {
    wrap = socket;
  } else if (isDuplexLike(socket)) {
    // Any other stream: TLS over it, its bytes moved from JS.
    JSStreamSocket ??= require('internal/js_stream_socket');
    wrap = new JSStreamSocket(socket);
  } else {
    throw new ERR_INVALID_ARG_TYPE('socket', 'net.Socket', socket);
  }

  // Documented: tells secure sockets from plain ones.
  this.encrypted = true;

  net.Socket.call(this, {
    handle: this._wrapHandle(wrap),
    allowHalfOpen: socket ? socket.allowHalfOpen : tlsOptions.allowHalfOpen,
    pauseOnCreate: tlsOptions.pauseOnConnect,
    manualStart: true,
    highWaterMark: tlsOptions.highWaterMark,
    onread: !socket ? tlsOptions.onread : null,
    signal: tlsOptions.signal,
  });

  // The handle under its old name.
  this.ssl = this._handle;

  this.on('error', this._tlsError);
  this._init(socket, wrap);

  if (!tlsOptions.pauseOnConnect) process.nextTick(initRead, this, socket);
}
Object.setPrototypeOf(TLSSocket.prototype, net.Socket.prototype);
Object.setPrototypeOf(TLSSocket, net.Socket);

// Starts the flow of cleartext (and of the server's handshake).
function initRead(tlsSocket, socket) {
  if (!tlsSocket._handle) return;
  // Bytes the plain socket read before it was wrapped are TLS records.
  if (socket && socket.readableLength) {
    let buf;
    while ((buf = socket.read()) !== null) tlsSocket._handle.receive(buf);
  }
  tlsSocket.read(0);
}

let JSStreamSocket;

function isDuplexLike(stream) {
  return stream !== null && typeof stream === 'object' && typeof stream.on === 'function' &&
    typeof stream.write === 'function' && typeof stream.end === 'function';
}

// The TLS handle's JS parent (a Duplex that is not a socket): encrypted bytes go out with
// stream.write() and come in from its 'data' events.
function connectJSParent(tlsSocket, res, stream) {
  res.onjsencrypted = (arrayBuffer) => {
    if (!stream.destroyed && !stream.writableEnded) stream.write(new FastBuffer(arrayBuffer));
  };
  res.onjsshutdown = (req) => {
    if (!stream.writableEnded) stream.end();
    process.nextTick(() => req.oncomplete(0));
  };
  res.onjsclose = (callback) => {
    stream.removeListener('data', onData);
    if (typeof stream.destroy === 'function') stream.destroy();
    // Like a handle's close callback: after the ticks (a destroy's 'error' comes first).
    if (typeof callback === 'function') setImmediate(callback);
  };
  function onData(chunk) {
    res.receive(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    // A failed handshake destroys the socket at once but closes the handle a little
    // later: stop a stream that keeps pushing meanwhile (it could push forever).
    if (tlsSocket.destroyed && typeof stream.pause === 'function') stream.pause();
  }
  stream.on('data', onData);
  stream.on('end', () => res.receiveEnd());
  stream.on('error', (err) => tlsSocket.destroy(err));
}

TLSSocket.prototype._wrapHandle = function(wrap, handle) {
  const options = this._tlsOptions;
  JSStreamSocket ??= require('internal/js_stream_socket');
  if (!handle && wrap instanceof JSStreamSocket) {
    const context = options.secureContext || options.credentials ||
      lazyTls().createSecureContext(options);
    const res = tls_wrap.wrap({}, context.context, !!options.isServer);
    res._parent = null;
    res._parentWrap = wrap;
    res._secureContext = context;
    res.reading = false;
    this[kRes] = res;
    connectJSParent(this, res, wrap.stream);
    return res;
  }
  if (!handle && wrap) handle = wrap._handle;
  if (!handle) {
    handle = options.pipe ? new Pipe(PipeConstants.SOCKET) : new TCP(TCPConstants.SOCKET);
    handle[owner_symbol] = this;
  }
  const context = options.secureContext || options.credentials ||
    lazyTls().createSecureContext(options);
  const res = tls_wrap.wrap(handle, context.context, !!options.isServer);
  res._parent = handle;
  res._parentWrap = wrap;
  res._secureContext = context;
  res.reading = false;
  this[kRes] = res;
  return res;
};

TLSSocket.prototype._init = function(socket, wrap) {
  const options = this._tlsOptions;
  const ssl = this._handle;
  this.server = options.server;

  // Clients always check the server; servers only when asked to.
  const requestCert = !!options.requestCert || !options.isServer;
  const rejectUnauthorized = !!options.rejectUnauthorized;
  this._requestCert = requestCert;
  this._rejectUnauthorized = rejectUnauthorized;
  if (requestCert || rejectUnauthorized) ssl.setVerifyMode(requestCert, rejectUnauthorized);

  ssl.onerror = onerror;
  ssl.onhandshakedone = onhandshakedone;
  ssl.oncertcb = oncertcb;
  ssl.onkeylog = onkeylog;

  if (options.isServer) {
    if (options.SNICallback &&
        (options.SNICallback !== SNICallback ||
         (options.server && options.server._contexts.length))) {
      validateFunction(options.SNICallback, 'options.SNICallback');
      this._SNICallback = options.SNICallback;
      ssl.enableCertCb();
    }
  } else {
    ssl.onnewsession = onnewsessionclient;
    if (options.session) this.setSession(options.session);
  }

  if (options.ALPNProtocols) ssl.setALPNProtocols(options.ALPNProtocols);

  this.on('newListener', keylogNewListener);
  function keylogNewListener(event) {
    if (event !== 'keylog') return;
    ssl.enableKeylogCallback();
    this.removeListener('newListener', keylogNewListener);
  }

  if (options.handshakeTimeout > 0) this.setTimeout(options.handshakeTimeout, this._handleTimeout);

  if (socket instanceof net.Socket) {
    this._parent = socket;
    this.connecting = socket.connecting || !socket._handle;
    socket.once('connect', () => {
      this.connecting = false;
      this.emit('connect');
    });
  }

  if (wrap) {
    wrap.on('error', (err) => this._emitTLSError(err));
  } else {
    this.connecting = true;
  }
};

TLSSocket.prototype._handleTimeout = function() {
  this._emitTLSError(new ERR_TLS_HANDSHAKE_TIMEOUT());
  if (!this._controlReleased) this.destroy();
};

TLSSocket.prototype._emitTLSError = function(err) {
  const e = this._tlsError(err);
  if (e) this.emit('error', e);
};

TLSSocket.prototype._tlsError = function(err) {
  this.emit('_tlsError', err);
  if (this._controlReleased) return err;
  return null;
};

TLSSocket.prototype._releaseControl = function() {
  if (this._controlReleased) return false;
  this._controlReleased = true;
  this.removeListener('error', this._tlsError);
  return true;
};

TLSSocket.prototype._finishInit = function() {
  // Destroyed while the handshake finished.
  if (!this._handle) return;
  this.alpnProtocol = this._handle.getALPNNegotiatedProtocol();
  this.servername = this._handle.getServername();
  this._secureEstablished = true;
  this.secureConnecting = false;
  if (this._tlsOptions.handshakeTimeout > 0) this.setTimeout(0, this._handleTimeout);
  this.emit('secure');
};

TLSSocket.prototype._start = function() {
  if (this.connecting) {
    this.once('connect', this._start);
    return;
  }
  if (!this._handle) return;
  if (!(this._handle instanceof TLSWrap)) {
    // net replaced the handle after a failed attempt on one of several addresses:
    // wrap the new one.
    const handle = this._handle;
    handle.onread = noop;
    const res = this._wrapHandle(null, handle);
    this._handle = res;
    this.ssl = res;
    res[owner_symbol] = this;
    res.onread = onStreamRead;
    this._init(null, null);
    this.connecting = false;
    const options = this[kConnectOptions];
    if (options?.servername) res.setServername(options.servername);
  }
  this._handle.start();
};

TLSSocket.prototype.setServername = function(name) {
  validateString(name, 'name');
  if (this._tlsOptions.isServer) throw new ERR_TLS_SNI_FROM_SERVER();
  this._handle.setServername(name);
};

TLSSocket.prototype.setSession = function(session) {
  if (typeof session === 'string') session = Buffer.from(session, 'latin1');
  this._handle.setSession(session);
};

TLSSocket.prototype.getPeerCertificate = function(detailed) {
  if (this._handle) {
    return common.translatePeerCertificate(this._handle.getPeerX509Chain(), detailed) || {};
  }
  return null;
};

TLSSocket.prototype.getCertificate = function() {
  if (this._handle) {
    const handle = this._handle.getX509();
    return (handle && common.translatePeerCertificate([handle], false)) || {};
  }
  return null;
};

TLSSocket.prototype.getPeerX509Certificate = function() {
  const handle = this._handle?.getPeerX509Chain()?.[0];
  if (!handle) return undefined;
  const { X509Certificate } = require('crypto');
  return new X509Certificate(handle.raw());
};

TLSSocket.prototype.getX509Certificate = function() {
  const handle = this._handle?.getX509();
  if (!handle) return undefined;
  const { X509Certificate } = require('crypto');
  return new X509Certificate(handle.raw());
};

TLSSocket.prototype.getCipher = function() {
  if (this._handle) return this._handle.getCipher();
  return null;
};

TLSSocket.prototype.getProtocol = function() {
  if (this._handle) return this._secureEstablished ? this._handle.getProtocol() : 'unknown';
  return null;
};

TLSSocket.prototype.getSession = function() {
  const der = this._handle?.getSession();
  return der ? Buffer.from(der) : undefined;
};

TLSSocket.prototype.isSessionReused = function() {
  if (this._handle) return this._handle.isSessionReused();
  return null;
};

TLSSocket.prototype.getFinished = function() {
  const ab = this._handle?.getFinished();
  return ab ? Buffer.from(ab) : undefined;
};

TLSSocket.prototype.getPeerFinished = function() {
  const ab = this._handle?.getPeerFinished();
  return ab ? Buffer.from(ab) : undefined;
};

TLSSocket.prototype.getTLSTicket = function() {
  return undefined;
};

TLSSocket.prototype.getEphemeralKeyInfo = function() {
  return this._handle ? {} : null;
};

TLSSocket.prototype.getSharedSigalgs = function() {
  return this._handle ? [] : null;
};

TLSSocket.prototype.exportKeyingMaterial = function(length, label, context) {
  validateUint32(length, 'length', true);
  validateString(label, 'label');
  if (context !== undefined) validateBuffer(context, 'context');
  if (!this._secureEstablished) throw new ERR_TLS_INVALID_STATE();
  return Buffer.from(this._handle.exportKeyingMaterial(length, label, context));
};

TLSSocket.prototype.setMaxSendFragment = function(size) {
  validateInt32(size, 'size');
  return size >= 512 && size <= 16384;
};

TLSSocket.prototype.disableRenegotiation = function() {};

TLSSocket.prototype.renegotiate = function(options, callback) {
  validateObject(options, 'options');
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (this.destroyed) return;
  // Renegotiation is disabled in this runtime (SSL_OP_NO_RENEGOTIATION).
  const { ERR_TLS_RENEGOTIATION_DISABLED } = require('internal/errors').codes;
  if (callback) process.nextTick(callback, new ERR_TLS_RENEGOTIATION_DISABLED());
  return false;
};

TLSSocket.prototype.enableTrace = function() {};

// ---- Server ---------------------------------------------------------------------

function onServerSocketSecure() {
  if (this._requestCert) {
    const verifyError = this._handle.verifyError();
    if (verifyError) {
      this.authorizationError = verifyError.code;
      if (this._rejectUnauthorized) this.destroy();
    } else {
      this.authorized = true;
    }
  }
  if (!this.destroyed && this._releaseControl()) {
    this._tlsOptions.server.emit('secureConnection', this);
  }
}

function onSocketTLSError(err) {
  if (!this._controlReleased && !this[kErrorEmitted]) {
    this[kErrorEmitted] = true;
    this._tlsOptions.server.emit('tlsClientError', err, this);
  }
}

function onSocketClose(hadError) {
  if (hadError) return;
  if (!this._controlReleased && !this[kErrorEmitted]) {
    this[kErrorEmitted] = true;
    this._tlsOptions.server.emit('tlsClientError', connResetException('socket hang up'), this);
  }
}

function tlsConnectionListener(rawSocket) {
  const socket = new TLSSocket(rawSocket, {
    secureContext: this._sharedCreds,
    isServer: true,
    server: this,
    requestCert: this.requestCert,
    rejectUnauthorized: this.rejectUnauthorized,
    handshakeTimeout: this[kHandshakeTimeout],
    ALPNProtocols: this.ALPNProtocols,
    SNICallback: this[kSNICallback] || SNICallback,
    pauseOnConnect: this.pauseOnConnect,
  });
  socket.on('secure', onServerSocketSecure);
  if (this[kEnableKeylog]) {
    socket.on('keylog', (line) => this.emit('keylog', line, socket));
  }
  socket[kErrorEmitted] = false;
  socket.on('close', onSocketClose);
  socket.on('_tlsError', onSocketTLSError);
}

function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options ??= {};
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }

  this._contexts = [];
  this.requestCert = options.requestCert === true;
  this.rejectUnauthorized = options.rejectUnauthorized !== false;
  if (options.sessionTimeout) this.sessionTimeout = options.sessionTimeout;
  if (options.ticketKeys) this.ticketKeys = options.ticketKeys;
  if (options.ALPNProtocols) lazyTls().convertALPNProtocols(options.ALPNProtocols, this);

  this.setSecureContext(options);

  this[kHandshakeTimeout] = options.handshakeTimeout || (120 * 1000);
  this[kSNICallback] = options.SNICallback;
  validateNumber(this[kHandshakeTimeout], 'options.handshakeTimeout');
  if (this[kSNICallback]) validateFunction(this[kSNICallback], 'options.SNICallback');

  net.Server.call(this, options, tlsConnectionListener);
  if (listener) this.on('secureConnection', listener);

  this[kEnableKeylog] = false;
  this.on('newListener', (event) => {
    if (event === 'keylog') this[kEnableKeylog] = true;
  });
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype.setSecureContext = function(options) {
  validateObject(options, 'options');
  for (const name of ['pfx', 'key', 'passphrase', 'cert', 'clientCertEngine', 'ca',
                      'minVersion', 'maxVersion', 'secureProtocol', 'crl', 'ciphers',
                      'dhparam', 'sigalgs', 'privateKeyIdentifier', 'privateKeyEngine']) {
    this[name] = options[name] || undefined;
  }
  this.ecdhCurve = options.ecdhCurve;
  this.honorCipherOrder = options.honorCipherOrder !== undefined ?
    !!options.honorCipherOrder : true;
  this.secureOptions = options.secureOptions || undefined;
  if (options.sessionIdContext) {
    this.sessionIdContext = options.sessionIdContext;
  } else {
    this.sessionIdContext = require('crypto').createHash('sha1')
      .update(process.argv.join(' ')).digest('hex').slice(0, 32);
  }
  this._sharedCreds = lazyTls().createSecureContext({
    pfx: this.pfx,
    key: this.key,
    passphrase: this.passphrase,
    cert: this.cert,
    ca: this.ca,
    ciphers: this.ciphers,
    sigalgs: this.sigalgs,
    ecdhCurve: this.ecdhCurve,
    dhparam: this.dhparam,
    minVersion: this.minVersion,
    maxVersion: this.maxVersion,
    secureProtocol: this.secureProtocol,
    secureOptions: this.secureOptions,
    honorCipherOrder: this.honorCipherOrder,
    crl: this.crl,
    sessionIdContext: this.sessionIdContext,
    ticketKeys: this.ticketKeys,
    sessionTimeout: this.sessionTimeout,
  });
};

Server.prototype._getServerData = function() {
  return { ticketKeys: this.getTicketKeys().toString('hex') };
};

Server.prototype._setServerData = function(data) {
  this.setTicketKeys(Buffer.from(data.ticketKeys, 'hex'));
};

Server.prototype.getTicketKeys = function() {
  // OpenSSL keeps its own ticket keys; rt does not expose them.
  return this.ticketKeys ?? Buffer.alloc(48);
};

Server.prototype.setTicketKeys = function(keys) {
  validateBuffer(keys, 'keys');
  this.ticketKeys = keys;
};

Server.prototype.addContext = function(servername, context) {
  if (!servername) throw new ERR_TLS_REQUIRED_SERVER_NAME();
  // '*' matches one label.
  const re = new RegExp('^' + servername.replace(/([.^$+?\-\\[\]{}])/g, '\\$1')
    .replace(/\*/g, '[^.]*') + '$');
  const secureContext = context instanceof common.SecureContext ?
    context : lazyTls().createSecureContext(context);
  this._contexts.push([re, secureContext.context]);
};

function SNICallback(servername, callback) {
  const contexts = this.server._contexts;
  for (let i = contexts.length - 1; i >= 0; i--) {
    const [re, context] = contexts[i];
    if (re.test(servername)) {
      callback(null, context);
      return;
    }
  }
  callback(null, undefined);
}

// ---- connect ------------------------------------------------------------------------

function normalizeConnectArgs(listArgs) {
  const args = net._normalizeArgs(listArgs);
  const options = args[0];
  const cb = args[1];
  // (port, host, options) and (port, options): the TLS options are merged in.
  if (listArgs[1] !== null && typeof listArgs[1] === 'object') {
    Object.assign(options, listArgs[1]);
  } else if (listArgs[2] !== null && typeof listArgs[2] === 'object') {
    Object.assign(options, listArgs[2]);
  }
  return cb ? [options, cb] : [options];
}

function onConnectSecure() {
  const options = this[kConnectOptions];
  let verifyError = this._handle.verifyError();
  if (!verifyError && !this.isSessionReused()) {
    const hostname = options.servername || options.host ||
      (options.socket && options.socket._host) || 'localhost';
    const cert = this.getPeerCertificate(true);
    verifyError = options.checkServerIdentity(hostname, cert);
  }
  if (verifyError) {
    this.authorized = false;
    this.authorizationError = verifyError.code || verifyError.message;
    if (options.rejectUnauthorized) {
      this.destroy(verifyError);
      return;
    }
    this.emit('secureConnect');
  } else {
    this.authorized = true;
    this.emit('secureConnect');
  }
  this[kIsVerified] = true;
  const session = this[kPendingSession];
  this[kPendingSession] = null;
  if (session) this.emit('session', session);
  this.removeListener('end', onConnectEnd);
}

function onConnectEnd() {
  if (!this._hadError) {
    const options = this[kConnectOptions];
    this._hadError = true;
    const error = connResetException('Client network socket disconnected before ' +
                                     'secure TLS connection was established');
    error.path = options.path;
    error.host = options.host;
    error.port = options.port;
    error.localAddress = options.localAddress;
    this.destroy(error);
  }
}

let warnedInsecure = false;
function allowUnauthorized() {
  const allow = process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0';
  if (allow && !warnedInsecure) {
    warnedInsecure = true;
    process.emitWarning('Setting the NODE_TLS_REJECT_UNAUTHORIZED environment variable to ' +
                        "'0' makes TLS connections and HTTPS requests insecure by disabling " +
                        'certificate verification.');
  }
  return allow;
}

let ipServernameWarned = false;

function connect(...args) {
  args = normalizeConnectArgs(args);
  let options = args[0];
  const cb = args[1];
  const tlsModule = lazyTls();
  options = {
    rejectUnauthorized: !allowUnauthorized(),
    ciphers: tlsModule.DEFAULT_CIPHERS,
    checkServerIdentity: tlsModule.checkServerIdentity,
    minDHSize: 1024,
    ...options,
  };
  if (!options.keepAlive) options.singleUse = true;
  validateFunction(options.checkServerIdentity, 'options.checkServerIdentity');
  validateNumber(options.minDHSize, 'options.minDHSize', 1);

  const context = options.secureContext || tlsModule.createSecureContext(options);
  const tlssock = new TLSSocket(options.socket, {
    allowHalfOpen: options.allowHalfOpen,
    pipe: !!options.path,
    secureContext: context,
    isServer: false,
    requestCert: true,
    rejectUnauthorized: options.rejectUnauthorized !== false,
    session: options.session,
    ALPNProtocols: options.ALPNProtocols,
    highWaterMark: options.highWaterMark,
    onread: options.onread,
    signal: options.signal,
  });
  tlssock[kConnectOptions] = options;
  if (cb) tlssock.once('secureConnect', cb);

  if (!options.socket) {
    if (options.timeout) tlssock.setTimeout(options.timeout);
    tlssock.connect(options, tlssock._start);
  }
  tlssock._releaseControl();

  if (options.servername) {
    if (!ipServernameWarned && net.isIP(options.servername)) {
      process.emitWarning('Setting the TLS ServerName to an IP address is not permitted by ' +
                          'RFC 6066. This will be ignored in a future version.',
                          'DeprecationWarning', 'DEP0123');
      ipServernameWarned = true;
    }
    tlssock.setServername(options.servername);
  }
  if (options.socket) tlssock._start();

  tlssock.on('secure', onConnectSecure);
  tlssock.prependListener('end', onConnectEnd);
  return tlssock;
}

function createServer(options, listener) {
  return new Server(options, listener);
}

module.exports = {
  TLSSocket,
  Server,
  createServer,
  connect,
};
