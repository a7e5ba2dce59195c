'use strict';

// fs.watch (FSWatcher over the binding's FSEvent handle; recursive on Linux by
// watching every directory of the tree), fs.watchFile/unwatchFile (StatWatcher over
// the binding's uv_fs_poll handle) and the async iterator of fs/promises.watch.

const EventEmitter = require('events');
const pathModule = require('path');
const {
  AbortError,
  uvException,
  codes: { ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateObject,
  validateUint32,
} = require('internal/validators');
const { kEmptyObject } = require('internal/util');
const {
  binding,
  copyObject,
  getOptions,
  getStatsFromBinding,
  getValidatedPath,
  kFsStatsFieldsNumber,
  pathForBinding,
  wantsBytes,
  encodeName,
} = require('internal/fs/utils');

const { FSEvent, StatWatcher: StatWatcherHandle } = binding;

const kOldStatus = Symbol('kOldStatus');
const kUseBigint = Symbol('kUseBigint');
const kRefCount = Symbol('kRefCount');
const kFSWatchStart = Symbol('kFSWatchStart');
const kFSStatWatcherStart = Symbol('kFSStatWatcherStart');
const kFSStatWatcherAddOrCleanRef = Symbol('kFSStatWatcherAddOrCleanRef');

// Node's watch errors: errno, syscall, code, path, filename (in that order).
function watchError(errno, filename) {
  const base = uvException({ errno, syscall: 'watch', path: filename });
  const err = new Error(base.message);
  err.stack = base.stack;
  err.errno = errno;
  err.syscall = 'watch';
  err.code = base.code;
  err.path = base.path;
  err.filename = filename;
  return err;
}

// ---- watchFile -----------------------------------------------------------------------

function StatWatcher(bigint) {
  EventEmitter.call(this);
  this._handle = null;
  this[kOldStatus] = -1;
  this[kUseBigint] = bigint;
  this[kRefCount] = 1;
}
Object.setPrototypeOf(StatWatcher.prototype, EventEmitter.prototype);
Object.setPrototypeOf(StatWatcher, EventEmitter);

StatWatcher.prototype[kFSStatWatcherStart] = function(filename, persistent, interval) {
  if (this._handle) return;
  this._handle = new StatWatcherHandle(this[kUseBigint]);
  this._handle.onchange = (newStatus, stats) => {
    // Node's check: a status of -1 twice with the same link count is no change.
    if (this[kOldStatus] === -1 && newStatus === -1 &&
        stats[2] === stats[kFsStatsFieldsNumber + 2]) {
      return;
    }
    this[kOldStatus] = newStatus;
    this.emit('change', getStatsFromBinding(stats),
              getStatsFromBinding(stats, kFsStatsFieldsNumber));
  };
  validateBoolean(persistent, 'persistent');
  validateUint32(interval, 'interval');
  const err = this._handle.start(pathForBinding(filename), interval);
  if (err) {
    this._handle.close();
    this._handle = null;
    throw watchError(err, filename);
  }
  if (!persistent) this._handle.unref();
};

StatWatcher.prototype.start = function() {};

StatWatcher.prototype.stop = function() {
  if (!this._handle) return;
  this._handle.close();
  this._handle = null;
  process.nextTick(() => this.emit('stop'));
};

StatWatcher.prototype[kFSStatWatcherAddOrCleanRef] = function(operate) {
  if (operate === 'add') {
    this[kRefCount]++;
  } else if (operate === 'clean') {
    this[kRefCount]--;
  } else {
    this[kRefCount] = 0;
  }
  if (this._handle && this[kRefCount] === 0) this._handle.unref();
};

StatWatcher.prototype.ref = function() {
  if (this._handle) this._handle.ref();
  return this;
};

StatWatcher.prototype.unref = function() {
  if (this._handle) this._handle.unref();
  return this;
};

const statWatchers = new Map();

function watchFile(filename, options, listener) {
  filename = getValidatedPath(filename);
  filename = pathModule.resolve(pathForBinding(filename));
  if (options === null || typeof options !== 'object') {
    listener = options;
    options = null;
  }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  let stat = statWatchers.get(filename);
  if (stat === undefined) {
    stat = new StatWatcher(options.bigint);
    stat[kFSStatWatcherStart](filename, options.persistent, options.interval);
    statWatchers.set(filename, stat);
  } else {
    stat[kFSStatWatcherAddOrCleanRef]('add');
  }
  stat.addListener('change', listener);
  return stat;
}

function unwatchFile(filename, listener) {
  filename = getValidatedPath(filename);
  filename = pathModule.resolve(pathForBinding(filename));
  const stat = statWatchers.get(filename);
  if (stat === undefined) return;
  if (typeof listener === 'function') {
    const before = stat.listenerCount('change');
    stat.removeListener('change', listener);
    if (stat.listenerCount('change') < before) stat[kFSStatWatcherAddOrCleanRef]('clean');
  } else {
    stat.removeAllListeners('change');
    stat[kFSStatWatcherAddOrCleanRef]('cleanAll');
  }
  if (stat.listenerCount('change') === 0) {
    stat.stop();
    statWatchers.delete(filename);
  }
}

// ---- watch -----------------------------------------------------------------------------

function FSWatcher() {
  EventEmitter.call(this);
  this._handle = null;
  this._handles = null;
}
Object.setPrototypeOf(FSWatcher.prototype, EventEmitter.prototype);
Object.setPrototypeOf(FSWatcher, EventEmitter);

// One FSEvent on `dir`; names it reports are made relative to the watched root by `prefix`.
function startHandle(watcher, dir, prefix, persistent, encoding, recursive) {
  const handle = new FSEvent();
  handle.onchange = (status, eventType, filename) => {
    if (status < 0) {
      watcher._closeHandles();
      watcher.emit('error', watchError(status, filename));
      return;
    }
    if (prefix !== '' && filename != null) {
      filename = pathModule.join(prefix, typeof filename === 'string' ? filename : filename.toString());
      if (wantsBytes(encoding)) filename = encodeName(filename, encoding);
    }
    if (recursive && eventType === 'rename' && filename != null) {
      watcher._watchNewDirectory(filename);
    }
    watcher.emit('change', eventType, filename);
  };
  const err = handle.start(dir, persistent, false, wantsBytes(encoding) && prefix === '');
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

FSWatcher.prototype[kFSWatchStart] = function(filename, persistent, recursive, encoding) {
  if (this._handle !== null) return;
  filename = getValidatedPath(filename, 'filename');
  const root = pathForBinding(filename);
  const handle = startHandle(this, root, '', persistent, encoding, recursive);
  if (typeof handle === 'number') throw watchError(handle, root);
  this._handle = handle;
  this._root = root;
  this._persistent = persistent;
  this._encoding = encoding;
  if (!recursive) return;
  this._handles = new Map();
  let isDir = false;
  try {
    isDir = binding.internalModuleStat(root) === 1;
  } catch {
    // Not a directory: nothing below to watch.
  }
  if (!isDir) return;
  for (const entry of require('fs').readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) this._watchNewDirectory(pathModule.relative(root, pathModule.join(entry.parentPath, entry.name)));
  }
};

FSWatcher.prototype._watchNewDirectory = function(relative) {
  if (this._handles === null || this._handles.has(relative)) return;
  const full = pathModule.join(this._root, relative);
  if (binding.internalModuleStat(full) !== 1) return;
  const handle = startHandle(this, full, relative, this._persistent, this._encoding, true);
  if (typeof handle === 'number') return;
  this._handles.set(relative, handle);
};

FSWatcher.prototype._closeHandles = function() {
  if (this._handle !== null) {
    this._handle.close();
    this._handle = null;
  }
  if (this._handles !== null) {
    for (const handle of this._handles.values()) handle.close();
    this._handles = null;
  }
};

FSWatcher.prototype.start = function() {};

FSWatcher.prototype.close = function() {
  if (this._handle === null) return;
  this._closeHandles();
  this._handle = null;
  process.nextTick(() => this.emit('close'));
};

FSWatcher.prototype.ref = function() {
  if (this._handle) this._handle.ref();
  if (this._handles) for (const h of this._handles.values()) h.ref();
  return this;
};

FSWatcher.prototype.unref = function() {
  if (this._handle) this._handle.unref();
  if (this._handles) for (const h of this._handles.values()) h.unref();
  return this;
};

function watch(filename, options, listener) {
  if (typeof options === 'function') listener = options;
  options = getOptions(options);
  options = copyObject(options);
  if (options.persistent === undefined) options.persistent = true;
  if (options.recursive === undefined) options.recursive = false;
  validateBoolean(options.recursive, 'options.recursive');
  const watcher = new FSWatcher();
  watcher[kFSWatchStart](filename, options.persistent, options.recursive, options.encoding);
  if (listener) watcher.addListener('change', listener);
  if (options.signal) {
    if (options.signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      const listener = () => watcher.close();
      options.signal.addEventListener('abort', listener, { once: true });
      watcher.once('close', () => options.signal.removeEventListener('abort', listener));
    }
  }
  return watcher;
}

// fs/promises.watch: yields { eventType, filename } until the signal aborts.
async function* watchPromise(filename, options = kEmptyObject) {
  validateObject(options, 'options');
  const {
    persistent = true,
    recursive = false,
    encoding = 'utf8',
    signal,
  } = options;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
  if (encoding && encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });

  const watcher = new FSWatcher();
  watcher[kFSWatchStart](filename, persistent, recursive, encoding);
  const queue = [];
  let wake = null;
  let failure = null;
  let aborted = false;
  const notify = () => {
    if (wake) {
      const w = wake;
      wake = null;
      w();
    }
  };
  watcher.on('change', (eventType, name) => {
    queue.push({ eventType, filename: name });
    notify();
  });
  watcher.on('error', (err) => {
    failure = err;
    notify();
  });
  const onAbort = () => {
    aborted = true;
    notify();
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    while (true) {
      if (aborted || signal?.aborted) throw new AbortError(undefined, { cause: signal?.reason });
      if (queue.length > 0) {
        yield queue.shift();
        continue;
      }
      if (failure) throw failure;
      await new Promise((resolve) => { wake = resolve; });
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    watcher.close();
  }
}

module.exports = {
  FSWatcher,
  StatWatcher,
  kFSWatchStart,
  kFSStatWatcherStart,
  unwatchFile,
  watch,
  watchFile,
  watchPromise,
};
