'use strict';

// net.Server: listens on a TCP port or a Unix socket path and makes a net.Socket
// for each connection (lib/net.js defines Socket and re-exports this).

const EventEmitter = require('events');
const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_SERVER_ALREADY_LISTEN,
    ERR_SERVER_NOT_RUNNING,
  },
  errnoException,
  exceptionWithHostPort,
  uvExceptionWithHostPort,
} = require('internal/errors');
const { validateNumber, validatePort } = require('internal/validators');
const { createHandle, isPipeName, normalizeArgs, toNumber } = require('internal/net');
const { owner_symbol } = require('internal/stream_base_commons');
const { getDefaultHighWaterMark } = require('internal/streams/state');

const { TCP, constants: TCPConstants } = internalBinding('tcp_wrap');
const { Pipe, constants: PipeConstants } = internalBinding('pipe_wrap');

const DEFAULT_IPV4_ADDR = '0.0.0.0';
const DEFAULT_IPV6_ADDR = '::';

function noop() {}

function getFlags(ipv6Only) {
  return ipv6Only === true ? TCPConstants.UV_TCP_IPV6ONLY : 0;
}

let Socket;
let dnsLookup;

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);

  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
    this.on('connection', connectionListener);
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  } else {
    throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  }
  if (typeof options.keepAliveInitialDelay !== 'undefined') {
    validateNumber(options.keepAliveInitialDelay, 'options.keepAliveInitialDelay');
    if (options.keepAliveInitialDelay < 0) options.keepAliveInitialDelay = 0;
  }
  if (typeof options.highWaterMark !== 'undefined') {
    validateNumber(options.highWaterMark, 'options.highWaterMark');
    if (options.highWaterMark < 0) options.highWaterMark = undefined;
  }

  this._connections = 0;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this._listeningId = 1;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.highWaterMark = options.highWaterMark ?? getDefaultHighWaterMark(false);
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

// Makes a bound TCP or Pipe handle, or returns a negative error code.
function createServerHandle(address, port, addressType, fd, flags) {
  let err = 0;
  let handle;
  let isTCP = false;
  if (typeof fd === 'number' && fd >= 0) {
    try {
      handle = createHandle(fd, true);
    } catch {
      return internalBinding('uv').UV_EINVAL;
    }
    err = handle.open(fd);
    if (err) return err;
  } else if (port === -1 && addressType === -1) {
    handle = new Pipe(PipeConstants.SERVER);
  } else {
    handle = new TCP(TCPConstants.SERVER);
    isTCP = true;
  }

  if (address || port || isTCP) {
    if (!address) {
      // Any address: IPv6 (dual stack) where the machine has it, else IPv4.
      err = handle.bind6(DEFAULT_IPV6_ADDR, port, flags);
      if (err) {
        handle.close();
        return createServerHandle(DEFAULT_IPV4_ADDR, port);
      }
    } else if (addressType === 6) {
      err = handle.bind6(address, port, flags);
    } else if (addressType === -1) {
      err = handle.bind(address);
    } else {
      err = handle.bind(address, port);
    }
  }
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

Server.prototype._listen2 = function setupListenHandle(address, port, addressType, backlog,
                                                      fd, flags) {
  if (!this._handle) {
    let rval = null;
    if (!address && typeof fd !== 'number') {
      rval = createServerHandle(DEFAULT_IPV6_ADDR, port, 6, fd, flags);
      if (typeof rval === 'number') {
        rval = null;
        address = DEFAULT_IPV4_ADDR;
        addressType = 4;
      } else {
        address = DEFAULT_IPV6_ADDR;
        addressType = 6;
      }
    }
    if (rval === null) rval = createServerHandle(address, port, addressType, fd, flags);
    if (typeof rval === 'number') {
      const error = uvExceptionWithHostPort(rval, 'listen', address, port);
      process.nextTick(emitErrorNT, this, error);
      return;
    }
    this._handle = rval;
  }

  this._handle.onconnection = onconnection;
  this._handle[owner_symbol] = this;
  const err = this._handle.listen(backlog || 511);
  if (err) {
    const ex = uvExceptionWithHostPort(err, 'listen', address, port);
    this._handle.close();
    this._handle = null;
    process.nextTick(emitErrorNT, this, ex);
    return;
  }
  this._connectionKey = `${addressType}:${address}:${port}`;
  if (this._unref) this.unref();
  process.nextTick(emitListeningNT, this);
};

function emitErrorNT(self, err) {
  self.emit('error', err);
}

function emitListeningNT(self) {
  if (self._handle) self.emit('listening');
}

// In a cluster worker, a server that is not `exclusive` gets its handle from the
// primary (see lib/internal/cluster/child.js). A worker loads cluster at start-up, so a
// process that has not loaded it is no worker and need not load it.
function listenInCluster(server, address, port, addressType, backlog, fd, exclusive, flags) {
  exclusive = Boolean(exclusive);
  const cluster = require.isLoaded('cluster') ? require('cluster') : null;
  if (cluster === null || cluster.isPrimary || exclusive) {
    server._listen2(address, port, addressType, backlog, fd, flags);
    return;
  }
  const serverQuery = { address, port, addressType, fd, flags, backlog };
  cluster._getServer(server, serverQuery, (err, handle) => {
    if (err) {
      server.emit('error', exceptionWithHostPort(err, 'bind', address, port));
      return;
    }
    server._handle = handle;
    server._listen2(address, port, addressType, backlog, fd, flags);
  });
}

function toBacklog(value) {
  const n = toNumber(value);
  return n === false ? 0 : n;
}

Server.prototype.listen = function(...args) {
  const normalized = normalizeArgs(args);
  let options = normalized[0];
  const cb = normalized[1];

  if (this._handle) throw new ERR_SERVER_ALREADY_LISTEN();
  if (cb !== null) this.once('listening', cb);

  const backlogFromArgs = toBacklog(args.length > 1 && args[1]) ||
                          toBacklog(args.length > 2 && args[2]);

  options = options._handle || options.handle || options;
  const flags = getFlags(options.ipv6Only);

  // listen(handle) with a TCP/Pipe handle or a { fd } object.
  if (options instanceof TCP || options instanceof Pipe) {
    this._handle = options;
    this._handle[owner_symbol] = this;
    listenInCluster(this, null, -1, -1, backlogFromArgs);
    return this;
  }
  if (typeof options.fd === 'number' && options.fd >= 0) {
    listenInCluster(this, null, null, null, backlogFromArgs, options.fd);
    return this;
  }

  // listen(), listen(null), listen(cb), listen({ port: undefined }): any free port.
  if (args.length === 0 || typeof args[0] === 'function' ||
      (typeof options.port === 'undefined' && 'port' in options) ||
      options.port === null) {
    options.port = 0;
  }

  let backlog;
  if (typeof options.port === 'number' || typeof options.port === 'string') {
    validatePort(options.port, 'options.port');
    backlog = options.backlog || backlogFromArgs;
    if (options.host) {
      lookupAndListen(this, options.port | 0, options.host, backlog, options.exclusive, flags);
    } else {
      listenInCluster(this, null, options.port | 0, 4, backlog, undefined, options.exclusive);
    }
    return this;
  }

  if (options.path && isPipeName(options.path)) {
    const pipeName = this._pipeName = options.path;
    backlog = options.backlog || backlogFromArgs;
    listenInCluster(this, pipeName, -1, -1, backlog, undefined, options.exclusive);
    if (!this._handle) return this;
    let mode = 0;
    if (options.readableAll === true) mode |= PipeConstants.UV_READABLE;
    if (options.writableAll === true) mode |= PipeConstants.UV_WRITABLE;
    if (mode !== 0) {
      const err = this._handle.fchmod(mode);
      if (err) {
        this._handle.close();
        this._handle = null;
        throw errnoException(err, 'uv_pipe_chmod');
      }
    }
    return this;
  }

  if (!('port' in options || 'path' in options)) {
    throw new ERR_INVALID_ARG_VALUE('options', options,
                                    'must have the property "port" or "path"');
  }
  throw new ERR_INVALID_ARG_VALUE('options', options);
};

function lookupAndListen(self, port, address, backlog, exclusive, flags) {
  dnsLookup ??= require('dns').lookup;
  dnsLookup(address, function doListen(err, ip, addressType) {
    if (err) {
      self.emit('error', err);
    } else {
      addressType = ip ? addressType : 4;
      listenInCluster(self, ip, port, addressType, backlog, undefined, exclusive, flags);
    }
  });
}

Object.defineProperty(Server.prototype, 'listening', {
  __proto__: null,
  get() { return !!(this._handle && this._connectionKey); },
  configurable: true,
  enumerable: true,
});

Server.prototype.address = function() {
  if (this._handle && this._handle.getsockname) {
    const out = {};
    const err = this._handle.getsockname(out);
    if (err) throw errnoException(err, 'address');
    return out;
  } else if (this._pipeName) {
    return this._pipeName;
  }
  return null;
};

// handle.onconnection(status, clientHandle): `this` is the server handle.
function onconnection(err, clientHandle) {
  const self = this[owner_symbol];
  if (err) {
    self.emit('error', errnoException(err, 'accept'));
    return;
  }
  if (self.maxConnections && self._connections >= self.maxConnections) {
    const data = { localAddress: undefined, localPort: undefined, localFamily: undefined,
                   remoteAddress: undefined, remotePort: undefined, remoteFamily: undefined };
    if (clientHandle.getsockname || clientHandle.getpeername) {
      const local = {};
      const remote = {};
      if (clientHandle.getsockname && !clientHandle.getsockname(local)) {
        data.localAddress = local.address;
        data.localPort = local.port;
        data.localFamily = local.family;
      }
      if (clientHandle.getpeername && !clientHandle.getpeername(remote)) {
        data.remoteAddress = remote.address;
        data.remotePort = remote.port;
        data.remoteFamily = remote.family;
      }
    }
    clientHandle.close();
    self.emit('drop', data);
    return;
  }

  Socket ??= require('net').Socket;
  const socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: self.allowHalfOpen,
    pauseOnCreate: self.pauseOnConnect,
    readable: true,
    writable: true,
    keepAlive: self.keepAlive,
    keepAliveInitialDelay: self.keepAliveInitialDelay,
    noDelay: self.noDelay,
    highWaterMark: self.highWaterMark,
  });
  self._connections++;
  socket.server = self;
  socket._server = self;
  self.emit('connection', socket);
}

Server.prototype.getConnections = function(cb) {
  process.nextTick(cb, null, this._connections);
  return this;
};

Server.prototype.close = function(cb) {
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function close() { cb(new ERR_SERVER_NOT_RUNNING()); });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    this._handle.close();
    this._handle = null;
  }
  this._emitCloseIfDrained();
  return this;
};

Server.prototype[Symbol.asyncDispose] = function() {
  if (!this._handle) return Promise.resolve();
  return new Promise((resolve, reject) => {
    this.close((err) => (err ? reject(err) : resolve()));
  });
};

Server.prototype._emitCloseIfDrained = function() {
  if (this._handle || this._connections) return;
  process.nextTick(emitCloseNT2, this);
};

function emitCloseNT2(self) {
  self.emit('close');
}

Server.prototype.ref = function() {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};

Server.prototype.unref = function() {
  this._unref = true;
  if (this._handle) this._handle.unref();
  return this;
};

Server.prototype._setupWorker = noop;

module.exports = { Server, createServer, createServerHandle };
