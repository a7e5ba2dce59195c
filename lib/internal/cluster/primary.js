'use strict';

// cluster in the primary process: forks workers (child_process.fork with
// NODE_UNIQUE_ID set) and owns the listening sockets they ask for. With SCHED_RR (the
// default, as in Node on Linux) the primary accepts each connection and hands it to
// the next free worker; with SCHED_NONE every worker gets the listening socket itself
// and the kernel picks who accepts.

const EventEmitter = require('events');
const { fork } = require('child_process');
const path = require('path');
const net = require('net');
const Worker = require('internal/cluster/worker');
const { internal, sendHelper } = require('internal/cluster/utils');

const SCHED_NONE = 1;
const SCHED_RR = 2;

const cluster = new EventEmitter();
cluster.isWorker = false;
cluster.isMaster = true;
cluster.isPrimary = true;
cluster.Worker = Worker;
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = SCHED_NONE;
cluster.SCHED_RR = SCHED_RR;

const policyFromEnv = {
  __proto__: null, none: SCHED_NONE, rr: SCHED_RR,
}[process.env.NODE_CLUSTER_SCHED_POLICY];
cluster.schedulingPolicy = policyFromEnv === undefined ? SCHED_RR : policyFromEnv;

const handles = new Map();  // key -> RoundRobinHandle | SharedHandle
let ids = 0;
let initialized = false;

// One listening socket the primary accepts on, shared out connection by connection.
class RoundRobinHandle {
  constructor(key, address, { port, fd, flags, backlog }) {
    this.key = key;
    this.all = new Map();
    this.free = new Map();
    this.handles = [];
    this.handle = null;
    this.server = net.createServer(assertNoConnection);
    if (fd >= 0) {
      this.server.listen({ fd, backlog });
    } else if (port >= 0) {
      this.server.listen({ port, host: address, ipv6Only: Boolean(flags & 1), backlog });
    } else {
      this.server.listen(address, backlog);
    }
    this.server.once('listening', () => {
      this.handle = this.server._handle;
      this.handle.onconnection = (err, handle) => this.distribute(err, handle);
      this.server._handle = null;
      this.server = null;
    });
  }

  add(worker, send) {
    this.all.set(worker.id, worker);
    const done = () => {
      if (this.handle.getsockname) {
        const out = {};
        this.handle.getsockname(out);
        send(null, { sockname: out }, null);
      } else {
        send(null, null, null);  // a pipe has no sockname
      }
      this.handoff(worker);
    };
    if (this.server === null) {
      done();
      return;
    }
    this.server.once('listening', done);
    this.server.once('error', (err) => {
      send(err.errno, null);
    });
  }

  remove(worker) {
    if (!this.all.delete(worker.id)) return false;
    this.free.delete(worker.id);
    if (this.all.size !== 0) return false;
    for (const handle of this.handles) handle.close();
    this.handles = [];
    if (this.handle !== null) this.handle.close();
    this.handle = null;
    return true;
  }

  distribute(err, handle) {
    if (err) return;
    this.handles.push(handle);
    const [worker] = this.free.values();
    if (worker !== undefined) {
      this.free.delete(worker.id);
      this.handoff(worker);
    }
  }

  handoff(worker) {
    if (!this.all.has(worker.id)) return;
    const handle = this.handles.shift();
    if (handle === undefined) {
      this.free.set(worker.id, worker);
      return;
    }
    const message = { act: 'newconn', key: this.key };
    sendHelper(worker.process, message, handle, (reply) => {
      if (reply.accepted) {
        handle.close();
      } else {
        this.distribute(0, handle);  // the worker's server is closing: try another
      }
      this.handoff(worker);
    });
  }
}

function assertNoConnection() {
  throw new Error('the primary accepted a cluster connection itself');
}

// One listening socket every worker listens on itself.
class SharedHandle {
  constructor(key, address, { port, addressType, fd, flags }) {
    this.key = key;
    this.workers = new Map();
    this.errno = 0;
    const rval = net._createServerHandle(address, port, addressType, fd, flags);
    if (typeof rval === 'number') {
      this.errno = rval;
      this.handle = null;
    } else {
      this.handle = rval;
    }
  }

  add(worker, send) {
    this.workers.set(worker.id, worker);
    send(this.errno, null, this.handle);
  }

  remove(worker) {
    if (!this.workers.delete(worker.id)) return false;
    if (this.workers.size !== 0) return false;
    if (this.handle !== null) this.handle.close();
    this.handle = null;
    return true;
  }
}

function setupPrimary(options) {
  const settings = {
    args: process.argv.slice(2),
    exec: process.argv[1],
    execArgv: process.execArgv,
    silent: false,
    ...cluster.settings,
    ...options,
  };
  cluster.settings = settings;
  if (initialized) {
    process.nextTick(() => cluster.emit('setup', settings));
    return;
  }
  initialized = true;
  const policy = cluster.schedulingPolicy;
  if (policy !== SCHED_NONE && policy !== SCHED_RR) {
    throw new Error(`Bad cluster.schedulingPolicy: ${policy}`);
  }
  process.nextTick(() => cluster.emit('setup', settings));
}

function removeWorker(worker) {
  delete cluster.workers[worker.id];
  if (Object.keys(cluster.workers).length === 0) {
    // Nothing is listening for the workers any more.
    for (const handle of handles.values()) handle.remove(worker);
    handles.clear();
    initialized = false;
  }
}

function removeHandlesForWorker(worker) {
  for (const [key, handle] of handles) {
    if (handle.remove(worker)) handles.delete(key);
  }
}

function createWorkerProcess(id, env) {
  const settings = cluster.settings;
  const workerEnv = { ...process.env, ...env, NODE_UNIQUE_ID: `${id}` };
  const execArgv = [...settings.execArgv];
  return fork(settings.exec, settings.args, {
    cwd: settings.cwd,
    env: workerEnv,
    serialization: settings.serialization,
    silent: settings.silent,
    windowsHide: settings.windowsHide,
    execArgv,
    stdio: settings.stdio,
    gid: settings.gid,
    uid: settings.uid,
  });
}

function fork_(env) {
  setupPrimary();
  const id = ++ids;
  const workerProcess = createWorkerProcess(id, env);
  const worker = new Worker({ id, process: workerProcess });

  worker.on('message', function(message, handle) {
    cluster.emit('message', this, message, handle);
  });

  worker.process.once('exit', (exitCode, signalCode) => {
    // The worker may die without disconnecting first: clean up after it.
    if (!worker.isConnected()) {
      removeHandlesForWorker(worker);
      removeWorker(worker);
    }
    worker.exitedAfterDisconnect = Boolean(worker.exitedAfterDisconnect);
    worker.state = 'dead';
    worker.emit('exit', exitCode, signalCode);
    cluster.emit('exit', worker, exitCode, signalCode);
  });

  worker.process.once('disconnect', () => {
    removeHandlesForWorker(worker);
    if (worker.isDead()) removeWorker(worker);
    worker.exitedAfterDisconnect = Boolean(worker.exitedAfterDisconnect);
    worker.state = 'disconnected';
    worker.emit('disconnect');
    cluster.emit('disconnect', worker);
  });

  worker.process.on('internalMessage', internal(worker, onmessage));
  process.nextTick(() => cluster.emit('fork', worker));
  cluster.workers[worker.id] = worker;
  return worker;
}

function onmessage(message, handle) {
  const worker = this;
  switch (message.act) {
    case 'online': return online(worker);
    case 'queryServer': return queryServer(worker, message);
    case 'listening': return listening(worker, message);
    case 'exitedAfterDisconnect': return exitedAfterDisconnect(worker, message);
    case 'close': return close(worker, message);
  }
}

function online(worker) {
  worker.state = 'online';
  worker.emit('online');
  cluster.emit('online', worker);
}

function exitedAfterDisconnect(worker, message) {
  worker.exitedAfterDisconnect = true;
  send(worker, { ack: message.seq });
}

function queryServer(worker, message) {
  // A worker that is already disconnecting gets no new listeners.
  if (worker.exitedAfterDisconnect) return;
  const key = `${message.address}:${message.port}:${message.addressType}:${message.fd}:` +
    `${message.index}`;
  let handle = handles.get(key);
  if (handle === undefined) {
    let address = message.address;
    // UNIX sockets are relative to the worker's working directory.
    if (message.port < 0 && typeof address === 'string' && process.platform !== 'win32') {
      address = path.resolve(address);
    }
    if (cluster.schedulingPolicy !== SCHED_RR || message.addressType === 'udp4' ||
        message.addressType === 'udp6') {
      handle = new SharedHandle(key, address, message);
    } else {
      handle = new RoundRobinHandle(key, address, message);
    }
    handles.set(key, handle);
  }
  handle.add(worker, (errno, reply, rawHandle) => {
    const { data } = handles.get(key) || {};
    if (errno) handles.delete(key);
    send(worker, { errno, key, ack: message.seq, data, ...reply }, rawHandle);
  });
}

function listening(worker, message) {
  const info = {
    addressType: message.addressType,
    address: message.address,
    port: message.port,
    fd: message.fd,
  };
  worker.state = 'listening';
  worker.emit('listening', info);
  cluster.emit('listening', worker, info);
}

// The worker closed one of its servers.
function close(worker, message) {
  const handle = handles.get(message.key);
  if (handle !== undefined && handle.remove(worker)) handles.delete(message.key);
}

function send(worker, message, handle, cb) {
  return sendHelper(worker.process, message, handle, cb);
}

Worker.prototype.disconnect = function() {
  this.exitedAfterDisconnect = true;
  send(this, { act: 'disconnect' });
  removeHandlesForWorker(this);
  removeWorker(this);
  return this;
};

// The signal goes first; the channel closes as the worker dies (a killed worker did
// not exit after a disconnect(), and its exit code is null with the signal, as in Node).
Worker.prototype.destroy = function(signo) {
  this.process.kill(signo || 'SIGTERM');
};
Worker.prototype.kill = Worker.prototype.destroy;

cluster.setupPrimary = setupPrimary;
cluster.setupMaster = setupPrimary;
cluster.fork = fork_;

cluster.disconnect = function(cb) {
  const workers = Object.keys(cluster.workers);
  if (workers.length === 0) {
    process.nextTick(() => intercom.emit('disconnect'));
  } else {
    for (const id of workers) {
      if (cluster.workers[id].isConnected()) cluster.workers[id].disconnect();
    }
  }
  if (typeof cb === 'function') intercom.once('disconnect', cb);
};

// Fires 'disconnect' for cluster.disconnect(cb) once the last worker is gone.
const intercom = new EventEmitter();
cluster.on('disconnect', () => {
  if (Object.keys(cluster.workers).length === 0) intercom.emit('disconnect');
});

module.exports = cluster;
