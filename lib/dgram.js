'use strict';

// The `dgram` module: UDP sockets over the udp_wrap binding, like Node's:
// createSocket, bind, connect, send (queued until the implicit bind is done),
// 'message', 'listening', 'connect', 'close', address, ref/unref, broadcast, TTL,
// multicast and buffer-size settings.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const {
  errnoException,
  exceptionWithHostPort,
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_MISSING_ARGS,
    ERR_SOCKET_ALREADY_BOUND,
    ERR_SOCKET_BAD_BUFFER_SIZE,
    ERR_SOCKET_BAD_TYPE,
    ERR_SOCKET_BUFFER_SIZE,
    ERR_SOCKET_DGRAM_IS_CONNECTED,
    ERR_SOCKET_DGRAM_NOT_CONNECTED,
    ERR_SOCKET_DGRAM_NOT_RUNNING,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateFunction,
  validateNumber,
  validatePort,
  validateString,
  validateUint32,
} = require('internal/validators');
const { uvErrmapGet } = require('internal/errors');

const { UDP, SendWrap, constants: { UV_UDP_IPV6ONLY, UV_UDP_REUSEADDR } } =
  internalBinding('udp_wrap');

const BIND_STATE_UNBOUND = 0;
const BIND_STATE_BINDING = 1;
const BIND_STATE_BOUND = 2;

const CONNECT_STATE_DISCONNECTED = 0;
const CONNECT_STATE_CONNECTING = 1;
const CONNECT_STATE_CONNECTED = 2;

const kState = Symbol('kStateSymbol');
const kOwner = Symbol('owner');
const bufferTypes = ['Buffer', 'TypedArray', 'DataView', 'string'];

function defaultLookup(...args) {
  return require('dns').lookup(...args);
}

// A UDP handle of `type` whose bind/send/lookup speak that family.
function newHandle(type, lookup = defaultLookup) {
  validateFunction(lookup, 'lookup');
  const handle = new UDP();
  if (type === 'udp4') {
    handle.lookup = (address, callback) => lookup(address || '127.0.0.1', 4, callback);
  } else if (type === 'udp6') {
    handle.lookup = (address, callback) => lookup(address || '::1', 6, callback);
    handle.bind = handle.bind6;
    handle.send = handle.send6;
    handle.connect = handle.connect6;
  } else {
    throw new ERR_SOCKET_BAD_TYPE();
  }
  return handle;
}

function healthCheck(socket) {
  if (!socket[kState].handle) throw new ERR_SOCKET_DGRAM_NOT_RUNNING();
}

class Socket extends EventEmitter {
  constructor(type, listener) {
    super();
    let options;
    let lookup;
    if (type !== null && typeof type === 'object') {
      options = type;
      type = options.type;
      lookup = options.lookup;
    }
    const handle = newHandle(type, lookup);
    handle[kOwner] = this;
    this.type = type;
    if (typeof listener === 'function') this.on('message', listener);
    this[kState] = {
      handle,
      receiving: false,
      bindState: BIND_STATE_UNBOUND,
      queue: undefined,
      reuseAddr: options && options.reuseAddr,
      ipv6Only: options && options.ipv6Only,
      connectState: CONNECT_STATE_DISCONNECTED,
      recvBufferSize: undefined,
      sendBufferSize: undefined,
    };
    if (options?.recvBufferSize !== undefined) {
      validateUint32(options.recvBufferSize, 'options.recvBufferSize');
      this[kState].recvBufferSize = options.recvBufferSize;
    }
    if (options?.sendBufferSize !== undefined) {
      validateUint32(options.sendBufferSize, 'options.sendBufferSize');
      this[kState].sendBufferSize = options.sendBufferSize;
    }
    if (options?.signal !== undefined) {
      const { signal } = options;
      validateAbortSignal(signal, 'options.signal');
      const onAborted = () => {
        if (this[kState].handle) this.close();
      };
      if (signal.aborted) {
        onAborted();
      } else {
        signal.addEventListener('abort', onAborted, { once: true });
        this.once('close', () => signal.removeEventListener('abort', onAborted));
      }
    }
  }

  // bind([port][, address][, callback]) or bind(options[, callback])
  bind(port, address /* , callback */) {
    healthCheck(this);
    const state = this[kState];
    if (state.bindState !== BIND_STATE_UNBOUND) throw new ERR_SOCKET_ALREADY_BOUND();
    state.bindState = BIND_STATE_BINDING;

    const callback = arguments.length && arguments[arguments.length - 1];
    if (typeof callback === 'function') {
      const removeListeners = () => {
        this.removeListener('error', removeListeners);
        this.removeListener('listening', onListening);
      };
      const onListening = () => {
        removeListeners();
        callback.call(this);
      };
      this.on('error', removeListeners);
      this.on('listening', onListening);
    }

    if (port !== null && typeof port === 'object') {
      address = port.address || '';
      port = port.port;
    } else if (typeof address === 'function') {
      address = '';
    }
    if (!address) address = this.type === 'udp4' ? '0.0.0.0' : '::';

    state.handle.lookup(address, (err, ip) => {
      if (!state.handle) return;  // closed in the meantime
      if (err) {
        state.bindState = BIND_STATE_UNBOUND;
        this.emit('error', err);
        return;
      }
      let flags = 0;
      if (state.reuseAddr) flags |= UV_UDP_REUSEADDR;
      if (state.ipv6Only) flags |= UV_UDP_IPV6ONLY;
      const status = state.handle.bind(ip, port || 0, flags);
      if (status) {
        state.bindState = BIND_STATE_UNBOUND;
        this.emit('error', exceptionWithHostPort(status, 'bind', ip, port));
        return;
      }
      startListening(this);
    });
    return this;
  }

  // send(msg[, offset, length], port[, address][, callback])
  send(buffer, offset, length, port, address, callback) {
    const state = this[kState];
    const connected = state.connectState === CONNECT_STATE_CONNECTED;
    if (!connected) {
      if (address || (port && typeof port !== 'function')) {
        buffer = sliceBuffer(buffer, offset, length);
      } else {
        callback = port;
        port = offset;
        address = length;
      }
    } else {
      // Connected: send(msg[, offset, length][, callback]), never to an address.
      if (typeof length === 'number') {
        buffer = sliceBuffer(buffer, offset, length);
        if (typeof port === 'function') {
          callback = port;
          port = null;
        }
      } else {
        callback = offset;
      }
      if (port || address) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
    }

    let list;
    if (!Array.isArray(buffer)) {
      if (typeof buffer === 'string') list = [Buffer.from(buffer)];
      else if (!ArrayBuffer.isView(buffer)) throw new ERR_INVALID_ARG_TYPE('buffer', bufferTypes, buffer);
      else list = [buffer];
    } else if (!(list = fixBufferList(buffer))) {
      throw new ERR_INVALID_ARG_TYPE('buffer list arguments', bufferTypes, buffer);
    }

    if (!connected) port = validatePort(port, 'Port', false);
    if (typeof callback !== 'function') callback = undefined;
    if (typeof address === 'function') {
      callback = address;
      address = undefined;
    } else if (address != null) {
      validateString(address, 'address');
    }

    healthCheck(this);
    if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
    if (list.length === 0) list.push(Buffer.alloc(0));

    // Not bound yet: send once the implicit bind is done.
    if (state.bindState !== BIND_STATE_BOUND) {
      enqueue(this, () => this.send(list, port, address, callback));
      return;
    }
    if (connected) {
      doSend(null, this, undefined, list, address, port, callback);
      return;
    }
    state.handle.lookup(address, (err, ip) => doSend(err, this, ip, list, address, port, callback));
  }

  // connect(port[, address][, callback])
  connect(port, address, callback) {
    port = validatePort(port, 'Port', false);
    if (typeof address === 'function') {
      callback = address;
      address = '';
    } else if (address === undefined) {
      address = '';
    }
    validateString(address, 'address');
    const state = this[kState];
    if (state.connectState !== CONNECT_STATE_DISCONNECTED) throw new ERR_SOCKET_DGRAM_IS_CONNECTED();
    state.connectState = CONNECT_STATE_CONNECTING;
    if (state.bindState === BIND_STATE_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
    if (state.bindState !== BIND_STATE_BOUND) {
      enqueue(this, () => startConnect(this, port, address, callback));
      return;
    }
    startConnect(this, port, address, callback);
  }

  disconnect() {
    const state = this[kState];
    if (state.connectState !== CONNECT_STATE_CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
    const err = state.handle.disconnect();
    if (err) throw errnoException(err, 'connect');
    state.connectState = CONNECT_STATE_DISCONNECTED;
  }

  remoteAddress() {
    healthCheck(this);
    const state = this[kState];
    if (state.connectState !== CONNECT_STATE_CONNECTED) throw new ERR_SOCKET_DGRAM_NOT_CONNECTED();
    const out = {};
    const err = state.handle.getpeername(out);
    if (err) throw errnoException(err, 'getpeername');
    return out;
  }

  close(callback) {
    const state = this[kState];
    if (typeof callback === 'function') this.on('close', callback);
    if (state.queue !== undefined) {
      state.queue.push(() => this.close());
      return this;
    }
    healthCheck(this);
    stopReceiving(this);
    state.handle.close();
    state.handle = null;
    process.nextTick(() => this.emit('close'));
    return this;
  }

  address() {
    healthCheck(this);
    const out = {};
    const err = this[kState].handle.getsockname(out);
    if (err) throw errnoException(err, 'getsockname');
    return out;
  }

  setBroadcast(flag) {
    const err = this[kState].handle.setBroadcast(!!flag);
    if (err) throw errnoException(err, 'setBroadcast');
  }

  setTTL(ttl) {
    validateNumber(ttl, 'ttl');
    const err = this[kState].handle.setTTL(ttl);
    if (err) throw errnoException(err, 'setTTL');
    return ttl;
  }

  setMulticastTTL(ttl) {
    validateNumber(ttl, 'ttl');
    const err = this[kState].handle.setMulticastTTL(ttl);
    if (err) throw errnoException(err, 'setMulticastTTL');
    return ttl;
  }

  setMulticastLoopback(flag) {
    const err = this[kState].handle.setMulticastLoopback(!!flag);
    if (err) throw errnoException(err, 'setMulticastLoopback');
    return flag;
  }

  addMembership(multicastAddress, interfaceAddress) {
    healthCheck(this);
    if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
    const err = this[kState].handle.addMembership(multicastAddress, interfaceAddress);
    if (err) throw errnoException(err, 'addMembership');
  }

  dropMembership(multicastAddress, interfaceAddress) {
    healthCheck(this);
    if (!multicastAddress) throw new ERR_MISSING_ARGS('multicastAddress');
    const err = this[kState].handle.dropMembership(multicastAddress, interfaceAddress);
    if (err) throw errnoException(err, 'dropMembership');
  }

  addSourceSpecificMembership(sourceAddress, groupAddress, interfaceAddress) {
    healthCheck(this);
    validateString(sourceAddress, 'sourceAddress');
    validateString(groupAddress, 'groupAddress');
    const err = this[kState].handle.addSourceSpecificMembership(
      sourceAddress, groupAddress, interfaceAddress);
    if (err) throw errnoException(err, 'addSourceSpecificMembership');
  }

  dropSourceSpecificMembership(sourceAddress, groupAddress, interfaceAddress) {
    healthCheck(this);
    validateString(sourceAddress, 'sourceAddress');
    validateString(groupAddress, 'groupAddress');
    const err = this[kState].handle.dropSourceSpecificMembership(
      sourceAddress, groupAddress, interfaceAddress);
    if (err) throw errnoException(err, 'dropSourceSpecificMembership');
  }

  setMulticastInterface(interfaceAddress) {
    healthCheck(this);
    validateString(interfaceAddress, 'interfaceAddress');
    const err = this[kState].handle.setMulticastInterface(interfaceAddress);
    if (err) throw errnoException(err, 'setMulticastInterface');
  }

  setRecvBufferSize(size) {
    bufferSize(this, size, true);
  }

  setSendBufferSize(size) {
    bufferSize(this, size, false);
  }

  getRecvBufferSize() {
    return bufferSize(this, 0, true);
  }

  getSendBufferSize() {
    return bufferSize(this, 0, false);
  }

  getSendQueueSize() {
    return this[kState].handle?.getSendQueueSize() ?? 0;
  }

  getSendQueueCount() {
    return this[kState].handle?.getSendQueueCount() ?? 0;
  }

  ref() {
    this[kState].handle?.ref();
    return this;
  }

  unref() {
    this[kState].handle?.unref();
    return this;
  }
}

// Reads (size 0) or sets the kernel's receive or send buffer size.
function bufferSize(socket, size, isRecv) {
  if (size >>> 0 !== size) throw new ERR_SOCKET_BAD_BUFFER_SIZE();
  const ret = socket[kState].handle.bufferSize(size, isRecv);
  if (ret < 0) {
    const [code, message] = uvErrmapGet(ret) || ['UNKNOWN', 'unknown error'];
    throw new ERR_SOCKET_BUFFER_SIZE({
      errno: ret,
      code,
      message,
      syscall: isRecv ? 'uv_recv_buffer_size' : 'uv_send_buffer_size',
    });
  }
  return ret;
}

function startConnect(socket, port, address, callback) {
  const state = socket[kState];
  if (callback) socket.once('connect', callback);
  state.handle.lookup(address, (err, ip) => {
    if (!state.handle) return;  // closed in the meantime
    if (!err) {
      const status = state.handle.connect(ip, port);
      if (status) err = exceptionWithHostPort(status, 'connect', address, port);
    }
    if (err) {
      state.connectState = CONNECT_STATE_DISCONNECTED;
      process.nextTick(() => {
        if (callback) {
          socket.removeListener('connect', callback);
          callback(err);
        } else {
          socket.emit('error', err);
        }
      });
      return;
    }
    state.connectState = CONNECT_STATE_CONNECTED;
    process.nextTick(() => socket.emit('connect'));
  });
}

function sliceBuffer(buffer, offset, length) {
  if (typeof buffer === 'string') {
    buffer = Buffer.from(buffer);
  } else if (!ArrayBuffer.isView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', bufferTypes, buffer);
  }
  offset = offset >>> 0;
  length = length >>> 0;
  if (offset > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (offset + length > buffer.byteLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
  return Buffer.from(buffer.buffer, buffer.byteOffset + offset, length);
}

function fixBufferList(list) {
  const out = new Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const chunk = list[i];
    if (typeof chunk === 'string') out[i] = Buffer.from(chunk);
    else if (!ArrayBuffer.isView(chunk)) return null;
    else out[i] = chunk;
  }
  return out;
}

function enqueue(socket, send) {
  const state = socket[kState];
  if (state.queue === undefined) {
    state.queue = [];
    socket.once(EventEmitter.errorMonitor, onListenError);
    socket.once('listening', onListenSuccess);
  }
  state.queue.push(send);
}

function onListenSuccess() {
  this.removeListener(EventEmitter.errorMonitor, onListenError);
  const queue = this[kState].queue;
  this[kState].queue = undefined;
  for (const send of queue) send();
}

function onListenError() {
  this.removeListener('listening', onListenSuccess);
  this[kState].queue = undefined;
}

function startListening(socket) {
  const state = socket[kState];
  state.handle.onmessage = onMessage;
  state.handle.recvStart();
  state.receiving = true;
  state.bindState = BIND_STATE_BOUND;
  if (state.recvBufferSize) bufferSize(socket, state.recvBufferSize, true);
  if (state.sendBufferSize) bufferSize(socket, state.sendBufferSize, false);
  socket.emit('listening');
}

function stopReceiving(socket) {
  const state = socket[kState];
  if (!state.receiving) return;
  state.handle.recvStop();
  state.receiving = false;
}

// handle.onmessage(nread, arrayBuffer, address, port, family)
function onMessage(nread, arrayBuffer, address, port, family) {
  const socket = this[kOwner];
  if (nread < 0) {
    socket.emit('error', errnoException(nread, 'recvmsg'));
    return;
  }
  const message = Buffer.from(arrayBuffer);
  socket.emit('message', message, { address, family, port, size: message.length });
}

function doSend(err, socket, ip, list, address, port, callback) {
  const state = socket[kState];
  if (err) {
    if (callback) process.nextTick(callback, err);
    else process.nextTick(() => socket.emit('error', err));
    return;
  }
  if (!state.handle) return;
  const req = new SendWrap();
  req.list = list;
  req.address = address;
  req.port = port;
  if (callback) {
    req.callback = callback;
    req.oncomplete = afterSend;
  }
  const status = ip === undefined ?
    state.handle.send(req, list) : state.handle.send(req, list, port, ip);
  if (status && callback) {
    process.nextTick(callback, exceptionWithHostPort(status, 'send', address, port));
  }
}

function afterSend(status, sent) {
  const err = status ? exceptionWithHostPort(status, 'send', this.address, this.port) : null;
  this.callback(err, sent);
}

function createSocket(type, listener) {
  return new Socket(type, listener);
}

module.exports = {
  createSocket,
  Socket,
};
