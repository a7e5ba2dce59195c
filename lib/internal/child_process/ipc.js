'use strict';

// The IPC channel between a parent and a forked child: JSON messages, one per line
// ('\n'-terminated, UTF-8), over a Pipe opened in IPC mode. The same code serves both
// ends: `target` is the ChildProcess in the parent and `process` in the child.
// Only the 'json' serialization is supported; sending handles is not.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { StringDecoder } = require('string_decoder');
const {
  errnoException,
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_IPC_CHANNEL_CLOSED,
    ERR_IPC_DISCONNECTED,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const { Pipe, constants: PipeConstants, WriteWrap, streamState, kLastWriteWasAsync } =
  internalBinding('pipe_wrap');

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

function setupChannel(target, channel, serialization) {
  if (serialization !== undefined && serialization !== 'json') {
    throw new ERR_METHOD_NOT_IMPLEMENTED(`IPC serialization '${serialization}'`);
  }
  const control = new Control(channel);
  const decoder = new StringDecoder('utf8');
  let pending = '';        // the incomplete last line read so far
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

  function deliver(message) {
    const event = isInternalMessage(message) ? 'internalMessage' : 'message';
    process.nextTick(() => {
      target.emit(event, message, undefined);
    });
  }

  channel.onread = (nread, arrayBuffer) => {
    if (nread > 0) {
      pending += decoder.write(Buffer.from(arrayBuffer, 0, nread));
      let start = 0;
      let end;
      while ((end = pending.indexOf('\n', start)) !== -1) {
        const line = pending.slice(start, end);
        start = end + 1;
        if (target.channel !== null) deliver(JSON.parse(line));
      }
      pending = pending.slice(start);
      channel.buffering = pending.length !== 0;
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
    if (handle) throw new ERR_METHOD_NOT_IMPLEMENTED('send(message, sendHandle)');

    const data = `${JSON.stringify(message)}\n`;
    const req = new WriteWrap();
    const err = channel.writeUtf8String(req, data);
    if (err === 0) {
      if (streamState[kLastWriteWasAsync]) {
        const bytes = Buffer.byteLength(data);
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
    } else if (!options.swallowErrors) {
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
