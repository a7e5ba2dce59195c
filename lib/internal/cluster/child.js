'use strict';

// cluster in a worker process (started by cluster.fork(), NODE_UNIQUE_ID set): servers
// that listen ask the primary for their socket (see internal/cluster/primary.js).

const EventEmitter = require('events');
const Worker = require('internal/cluster/worker');
const { internal, sendHelper } = require('internal/cluster/utils');
const { owner_symbol } = require('internal/stream_base_commons');

const cluster = new EventEmitter();
cluster.isWorker = true;
cluster.isMaster = false;
cluster.isPrimary = false;
cluster.worker = null;
cluster.Worker = Worker;

const handles = new Map();  // key -> the server's handle (shared or round-robin)
const indexes = new Map();  // listen key -> how many servers asked so far

function send(message, cb) {
  return sendHelper(process, message, null, cb);
}

cluster._setupWorker = function() {
  const worker = new Worker({
    id: Number(process.env.NODE_UNIQUE_ID) | 0,
    process,
    state: 'online',
  });
  cluster.worker = worker;

  process.once('disconnect', () => {
    worker.emit('disconnect');
    if (!worker.exitedAfterDisconnect) {
      // The primary went away without asking: nothing more to serve.
      process.exit(0);
    }
  });

  process.on('internalMessage', internal(worker, (message, handle) => {
    if (message.act === 'newconn') onconnection(message, handle);
    else if (message.act === 'disconnect') Reflect.apply(disconnect, worker, [true]);
  }));

  send({ act: 'online' });
};

// Called by net.Server#listen in a worker: cb(errno, handle).
cluster._getServer = function(server, options, cb) {
  let address = options.address;
  // A path given relative to the worker's directory means the same socket for all.
  if (options.port < 0 && typeof address === 'string' && process.platform !== 'win32') {
    address = require('path').resolve(address);
  }
  const indexesKey = [address, options.port, options.addressType, options.fd].join(':');
  let index = indexes.get(indexesKey);
  index = index === undefined ? 0 : index + 1;
  indexes.set(indexesKey, index);

  const message = { act: 'queryServer', index, data: null, ...options, address };
  send(message, (reply, handle) => {
    if (handle) {
      shared(reply, handle, indexesKey, index, cb);
    } else {
      rr(reply, indexesKey, index, cb);
    }
  });

  server.once('listening', () => {
    cluster.worker.state = 'listening';
    const addr = server.address();
    send({
      act: 'listening',
      address: options.address,
      addressType: options.addressType,
      fd: options.fd,
      port: (addr && addr.port) || options.port,
    });
  });
};

function removeIndexesKey(indexesKey, index) {
  if (index === 0) indexes.delete(indexesKey);
  else indexes.set(indexesKey, index - 1);
}

// SCHED_NONE: the listening socket itself came with the reply.
function shared(reply, handle, indexesKey, index, cb) {
  const { key } = reply;
  const close = handle.close;
  handle.close = function() {
    send({ act: 'close', key });
    handles.delete(key);
    removeIndexesKey(indexesKey, index);
    return Reflect.apply(close, handle, arguments);
  };
  handles.set(key, handle);
  cb(reply.errno, handle);
}

// SCHED_RR: the primary listens; this handle only receives what it hands over.
function rr(reply, indexesKey, index, cb) {
  if (reply.errno) {
    cb(reply.errno, null);
    return;
  }
  const { key } = reply;
  let closed = false;
  const handle = {
    close() {
      if (closed) return;
      closed = true;
      send({ act: 'close', key });
      handles.delete(key);
      removeIndexesKey(indexesKey, index);
    },
    listen() { return 0; },
    getsockname(out) {
      if (reply.sockname) Object.assign(out, reply.sockname);
      return 0;
    },
    ref() {},
    unref() {},
    onconnection: null,
  };
  if (!reply.sockname) handle.getsockname = undefined;  // a pipe
  handles.set(key, handle);
  cb(0, handle);
}

// A connection the primary accepted for one of this worker's round-robin servers.
function onconnection(message, handle) {
  const server = handles.get(message.key);
  const accepted = server !== undefined;
  send({ ack: message.seq, accepted });
  if (accepted) server.onconnection(0, handle);
  else if (handle) handle.close();
}

// Closes this worker's servers (their connections stay), then the IPC channel.
function disconnect(primaryInitiated) {
  this.exitedAfterDisconnect = true;
  let waiting = handles.size + 1;
  const checkWaiting = () => {
    if (--waiting !== 0) return;
    if (primaryInitiated) {
      process.disconnect();
    } else {
      send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
    }
  };
  for (const handle of handles.values()) {
    const owner = handle[owner_symbol];
    if (owner && typeof owner.close === 'function') {
      owner.close(checkWaiting);
    } else {
      handle.close();
      checkWaiting();
    }
  }
  handles.clear();
  checkWaiting();
}

Worker.prototype.disconnect = function() {
  if (this.state !== 'disconnecting' && this.state !== 'destroying') {
    this.state = 'disconnecting';
    Reflect.apply(disconnect, this, []);
  }
  return this;
};

Worker.prototype.destroy = function() {
  if (this.state === 'destroying') return;
  this.exitedAfterDisconnect = true;
  if (!this.isConnected()) {
    process.exit(0);
  } else {
    this.state = 'destroying';
    send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
    process.once('disconnect', () => process.exit(0));
  }
};
Worker.prototype.kill = Worker.prototype.destroy;

module.exports = cluster;
