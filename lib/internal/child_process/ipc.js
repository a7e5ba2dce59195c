'use strict';

// The IPC channel between a parent and a forked child, over a Pipe opened in IPC mode,
// in Node's two wire formats: 'json' (one JSON text per '\n'-terminated UTF-8 line)
// and 'advanced' (each message a big-endian uint32 byte count, then the message in
// V8's serialization format). The same code serves both ends: `target` is the
// ChildProcess in the parent and `process` in the child.
//
// Handles (net.Server, net.Socket, or a raw TCP/Pipe handle) travel as Node sends them:
// the message becomes { cmd: 'NODE_HANDLE', type, msg } written together with the
// descriptor, the receiver answers { cmd: 'NODE_HANDLE_ACK' }, and only then does the
// sender close its copy of a socket. One handle is in flight at a time; later sends
// with handles wait their turn.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { StringDecoder } = require('string_decoder');
const {
  errnoException,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_HANDLE_TYPE,
    ERR_IPC_CHANNEL_CLOSED,
    ERR_IPC_DISCONNECTED,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const { Pipe, constants: PipeConstants, WriteWrap, streamState, kLastWriteWasAsync } =
  internalBinding('pipe_wrap');
const { TCP } = internalBinding('tcp_wrap');

let net;
function lazyNet() {
  net ??= require('net');
  return net;
}

// What a handle is sent as, and the raw handle that goes over the pipe.
function describeHandle(handle) {
  const { Server, Socket } = lazyNet();
  if (handle instanceof Server) return { type: 'net.Server', raw: handle._handle };
  if (handle instanceof Socket) return { type: 'net.Socket', raw: handle._handle };
  if (handle instanceof TCP || handle instanceof Pipe) return { type: 'net.Native', raw: handle };
  const dgram = require('dgram');
  if (handle instanceof dgram.Socket) {
    throw new ERR_METHOD_NOT_IMPLEMENTED('send(message, dgram.Socket)');
  }
  throw new ERR_INVALID_HANDLE_TYPE();
}

// Turns a received raw handle back into what was sent; calls done(object).
function reviveHandle(type, raw, done) {
  const { Server, Socket } = lazyNet();
  if (type === 'net.Server') {
    const server = new Server();
    server.listen(raw, () => done(server));
  } else if (type === 'net.Socket') {
    done(new Socket({ handle: raw, readable: true, writable: true }));
  } else {
    done(raw);
  }
}

// Above this many bytes waiting to be written, send() returns false.
const kWriteQueueHighWaterMark = 65536 * 2;

// What `subprocess.channel` / `process.channel` is: ref()/unref() on the pipe, plus the
// counted refs the channel takes while writes are pending (and, in the child, while
// 'message'/'disconnect' listeners exist). An explicit ref()/unref() wins over the counting.
class Control extends EventEmitter {
  #channel;
  #refs = 0;
  #refExplicitlySet = false;

  constructor(channel) {
    super();
    this.#channel = channel;
  }

  refCounted() {
    if (++this.#refs === 1 && !this.#refExplicitlySet) this.#channel.ref();
  }

  unrefCounted() {
    if (--this.#refs === 0 && !this.#refExplicitlySet) {
      this.#channel.unref();
      this.emit('unref');
    }
  }

  ref() {
    this.#refExplicitlySet = true;
    this.#channel.ref();
  }

  unref() {
    this.#refExplicitlySet = true;
    this.#channel.unref();
  }

  get fd() {
    // The pipe_wrap binding does not expose the descriptor.
    return undefined;
  }
}

// Messages whose `cmd` starts with NODE_ are Node's own (cluster, handle passing).
function isInternalMessage(message) {
  return message !== null && typeof message === 'object' &&
         typeof message.cmd === 'string' && message.cmd.length > 5 &&
         message.cmd.startsWith('NODE_');
}

// 'json': feed(bytes) returns the messages completed so far.
function jsonCodec() {
  const decoder = new StringDecoder('utf8');
  let pending = '';  // the incomplete last line read so far
  return {
    feed(bytes) {
      pending += decoder.write(bytes);
      const messages = [];
      let start = 0;
      let end;
      while ((end = pending.indexOf('\n', start)) !== -1) {
        messages.push(JSON.parse(pending.slice(start, end)));
        start = end + 1;
      }
      pending = pending.slice(start);
      return messages;
    },
    get buffering() { return pending.length !== 0; },
    encode(message) { return `${JSON.stringify(message)}\n`; },
  };
}

// 'advanced': V8's serializer, with Node's framing and its host-object tags (a view is
// tagged 0 and written as v8.DefaultSerializer does; any other host object is tagged 1
// and written as a plain copy of its own properties).
let advancedClasses;
function getAdvancedClasses() {
  if (advancedClasses !== undefined) return advancedClasses;
  const { DefaultSerializer, DefaultDeserializer } = require('v8');
  class ChildProcessSerializer extends DefaultSerializer {
    _writeHostObject(object) {
      if (ArrayBuffer.isView(object)) {
        this.writeUint32(0);
        return super._writeHostObject(object);
      }
      this.writeUint32(1);
      this.writeValue({ ...object });
    }
  }
  class ChildProcessDeserializer extends DefaultDeserializer {
    _readHostObject() {
      if (this.readUint32() === 0) return super._readHostObject();
      return this.readValue();
    }
  }
  advancedClasses = { ChildProcessSerializer, ChildProcessDeserializer };
  return advancedClasses;
}

function advancedCodec() {
  const { ChildProcessSerializer, ChildProcessDeserializer } = getAdvancedClasses();
  let chunks = [];
  let size = 0;
  return {
    feed(bytes) {
      chunks.push(Buffer.from(bytes));
      size += bytes.length;
      const messages = [];
      while (size >= 4) {
        const head = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size);
        chunks = [head];
        const frameSize = head.readUInt32BE(0) + 4;
        if (size < frameSize) break;
        const deserializer = new ChildProcessDeserializer(head.subarray(4, frameSize));
        const rest = head.subarray(frameSize);
        chunks = rest.length !== 0 ? [rest] : [];
        size = rest.length;
        deserializer.readHeader();
        messages.push(deserializer.readValue());
      }
      return messages;
    },
    get buffering() { return size !== 0; },
    encode(message) {
      const serializer = new ChildProcessSerializer();
      serializer.writeRawBytes(Buffer.alloc(4));  // the byte count goes here
      serializer.writeHeader();
      serializer.writeValue(message);
      const frame = serializer.releaseBuffer();
      frame.writeUInt32BE(frame.length - 4, 0);
      return frame;
    },
  };
}

function setupChannel(target, channel, serialization = 'json') {
  const codec = serialization === 'advanced' ? advancedCodec() : jsonCodec();
  const control = new Control(channel);
  let queuedBytes = 0;     // bytes of writes still in flight
  let closed = false;

  target.channel = control;
  target.connected = true;
  channel.buffering = false;

  function closeChannel() {
    if (closed) return;
    closed = true;
    channel.onread = noop;
    channel.close();
  }

  const receivedHandles = [];  // raw handles read, waiting for their NODE_HANDLE message
  const handleSends = [];      // sends with a handle waiting for the one in flight
  let handleInFlight = null;   // { raw, type, options } until NODE_HANDLE_ACK

  function deliver(message) {
    if (message !== null && typeof message === 'object') {
      if (message.cmd === 'NODE_HANDLE_ACK' || message.cmd === 'NODE_HANDLE_NACK') {
        handleAcknowledged();
        return;
      }
      if (message.cmd === 'NODE_HANDLE') {
        deliverWithHandle(message);
        return;
      }
    }
    const event = isInternalMessage(message) ? 'internalMessage' : 'message';
    process.nextTick(() => {
      target.emit(event, message, undefined);
    });
  }

  function deliverWithHandle(message) {
    const raw = receivedHandles.shift();
    target._send({ cmd: 'NODE_HANDLE_ACK' }, undefined, { swallowErrors: true });
    if (raw === undefined) return;
    reviveHandle(message.type, raw, (handle) => {
      const event = isInternalMessage(message.msg) ? 'internalMessage' : 'message';
      process.nextTick(() => {
        target.emit(event, message.msg, handle);
      });
    });
  }

  function handleAcknowledged() {
    const sent = handleInFlight;
    handleInFlight = null;
    if (sent !== null && sent.type === 'net.Socket' && !sent.options.keepOpen) sent.raw.close();
    if (handleSends.length > 0 && target.connected) {
      const next = handleSends.shift();
      target._send(next.message, next.handle, next.options, next.callback);
    }
  }

  channel.onread = (nread, arrayBuffer, pendingHandle) => {
    if (pendingHandle !== undefined) receivedHandles.push(pendingHandle);
    if (nread > 0) {
      for (const message of codec.feed(Buffer.from(arrayBuffer, 0, nread))) {
        if (target.channel !== null) deliver(message);
      }
      channel.buffering = codec.buffering;
      return;
    }
    // End of stream (or a read error): the other end is gone.
    channel.buffering = false;
    if (target.connected) target.disconnect();
    closeChannel();
    target.channel = null;
    if (typeof target._closesNeeded === 'number') target._onChannelClosed();
  };

  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    options = { swallowErrors: false, ...options };
    if (this.connected) return this._send(message, handle, options, callback);
    const err = new ERR_IPC_CHANNEL_CLOSED();
    if (typeof callback === 'function') {
      process.nextTick(callback, err);
    } else {
      process.nextTick(() => this.emit('error', err));
    }
    return false;
  };

  target._send = function _send(message, handle, options, callback) {
    if (message === undefined) throw new ERR_MISSING_ARGS('message');
    if (typeof message !== 'string' && typeof message !== 'object' &&
        typeof message !== 'number' && typeof message !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE(
        'message', ['string', 'object', 'number', 'boolean'], message);
    }
    let raw;
    if (handle) {
      const described = describeHandle(handle);
      if (handleInFlight !== null) {
        handleSends.push({ message, handle, options, callback });
        return queuedBytes < kWriteQueueHighWaterMark;
      }
      raw = described.raw;
      if (!raw) {
        // A socket or server that is already closed: nothing to send.
        if (typeof callback === 'function') process.nextTick(callback, null);
        return true;
      }
      message = { cmd: 'NODE_HANDLE', type: described.type, msg: message };
      if (described.type === 'net.Socket' && !options.keepOpen) {
        // The socket is the receiver's now: this end stops using it.
        raw.onread = noop;
        handle._handle = null;
        handle.setTimeout(0);
      }
      handleInFlight = { raw, type: described.type, options };
    }

    const data = codec.encode(message);
    const req = new WriteWrap();
    const err = typeof data === 'string' ?
      channel.writeUtf8String(req, data, raw) : channel.writeBuffer(req, data, raw);
    if (err === 0) {
      if (streamState[kLastWriteWasAsync]) {
        req.buffer = data;  // kept alive until written
        const bytes = typeof data === 'string' ? Buffer.byteLength(data) : data.length;
        queuedBytes += bytes;
        control.refCounted();
        req.oncomplete = () => {
          queuedBytes -= bytes;
          control.unrefCounted();
          if (typeof callback === 'function') callback(null);
        };
      } else if (typeof callback === 'function') {
        process.nextTick(callback, null);
      }
    } else if (raw !== undefined) {
      handleInFlight = null;
    }
    if (err !== 0 && !options.swallowErrors) {
      const ex = errnoException(err, 'write');
      if (typeof callback === 'function') {
        process.nextTick(callback, ex);
      } else {
        process.nextTick(() => this.emit('error', ex));
      }
    }
    return queuedBytes < kWriteQueueHighWaterMark;
  };

  target.disconnect = function disconnect() {
    if (!this.connected) {
      this.emit('error', new ERR_IPC_DISCONNECTED());
      return;
    }
    // No new messages from here on; the channel itself goes away just after.
    this.connected = false;
    this._disconnect();
  };

  target._disconnect = function _disconnect() {
    this.channel = null;
    let fired = false;
    const finish = () => {
      if (fired) return;
      fired = true;
      closeChannel();
      target.emit('disconnect');
    };
    // Let a message that is half read arrive first.
    if (channel.buffering && !closed) {
      this.once('message', finish);
      this.once('internalMessage', finish);
      return;
    }
    process.nextTick(finish);
  };

  channel.readStart();
  return control;
}

function noop() {}

// Parent side: the Pipe that becomes the child's IPC descriptor.
function createIpcPipe() {
  return new Pipe(PipeConstants.IPC);
}

// Child side, from the entry point when NODE_CHANNEL_FD is set: open the inherited
// descriptor and make `process` the channel's target. The channel keeps the process
// alive only while someone listens for 'message' or 'disconnect'.
function setupChildChannel() {
  const fd = Number.parseInt(process.env.NODE_CHANNEL_FD, 10);
  const serialization = process.env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
  delete process.env.NODE_CHANNEL_FD;
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  if (!(fd >= 0)) return;
  forkChild(fd, serialization);
}

function forkChild(fd, serialization) {
  const pipe = new Pipe(PipeConstants.IPC);
  const err = pipe.open(fd);
  if (err) throw errnoException(err, 'open');
  pipe.unref();
  const control = setupChannel(process, pipe, serialization);
  process.on('newListener', (name) => {
    if (name === 'message' || name === 'disconnect') control.refCounted();
  });
  process.on('removeListener', (name) => {
    if (name === 'message' || name === 'disconnect') control.unrefCounted();
  });
}

module.exports = {
  createIpcPipe,
  forkChild,
  setupChannel,
  setupChildChannel,
};
