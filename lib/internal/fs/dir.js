'use strict';

// fs.Dir, fs.opendir and fs.opendirSync over the binding's DirHandle
// (read(asBuffer, bufferSize, req) -> [name, type, ...] | null, close(req)).

const {
  codes: {
    ERR_DIR_CLOSED,
    ERR_DIR_CONCURRENT_OPERATION,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction, validateUint32 } = require('internal/validators');
const pathModule = require('path');
const { promisify, SymbolAsyncDispose } = require('internal/util');
const {
  binding,
  getDirents,
  getOptions,
  getValidatedPath,
  makeCallback,
  makeReq,
  pathForBinding,
  wantsBytes,
} = require('internal/fs/utils');

const kDirHandle = Symbol('kDirHandle');
const kDirPath = Symbol('kDirPath');
const kDirBufferedEntries = Symbol('kDirBufferedEntries');
const kDirClosed = Symbol('kDirClosed');
const kDirOptions = Symbol('kDirOptions');
const kDirOperationQueue = Symbol('kDirOperationQueue');
const kDirReadImpl = Symbol('kDirReadImpl');
// Entries asked of libuv per read: any uint32 bufferSize is accepted (as in Node),
// but the entry array the binding allocates stays small.
const kMaxBufferSize = 4096;

// Keeps the binding's flat [name, type, ...] as Dirents of the directory at path.
function bufferEntries(dir, flat, path = dir[kDirPath]) {
  const names = [];
  const types = [];
  for (let i = 0; i < flat.length; i += 2) {
    names.push(flat[i]);
    types.push(flat[i + 1]);
  }
  const dirents = getDirents(path, [names, types], dir[kDirOptions].encoding);
  dir[kDirBufferedEntries].push(...dirents);
}

// With `recursive`, handing out a directory's entry queues that directory's entries
// behind the ones already buffered. Like Node 20, only one read (bufferSize
// entries) of each subdirectory is taken.
function takeEntry(dir) {
  const dirent = dir[kDirBufferedEntries].shift();
  if (dir[kDirOptions].recursive && dirent.isDirectory()) {
    const path = pathModule.join(dirent.parentPath ?? dirent.path, dirent.name);
    const handle = binding.opendir(pathForBinding(path));
    try {
      const size = Math.min(dir[kDirOptions].bufferSize, kMaxBufferSize);
      const result = handle.read(wantsBytes(dir[kDirOptions].encoding), size, undefined);
      if (result !== null) bufferEntries(dir, result, path);
    } finally {
      handle.close(undefined);
    }
  }
  return dirent;
}

class Dir {
  constructor(handle, path, options) {
    if (handle == null) throw new ERR_MISSING_ARGS('handle');
    this[kDirHandle] = handle;
    this[kDirBufferedEntries] = [];
    this[kDirPath] = path;
    this[kDirClosed] = false;
    this[kDirOperationQueue] = null;
    this[kDirOptions] = { bufferSize: 32, ...getOptions(options, { encoding: 'utf8' }) };
    validateUint32(this[kDirOptions].bufferSize, 'options.bufferSize', true);
  }

  get path() {
    return this[kDirPath];
  }

  read(callback) {
    return this[kDirReadImpl](true, callback);
  }

  [kDirReadImpl](maybeSync, callback) {
    if (this[kDirClosed] === true) throw new ERR_DIR_CLOSED();
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        this[kDirReadImpl](false, (err, dirent) => (err ? reject(err) : resolve(dirent)));
      });
    }
    validateFunction(callback, 'callback');
    if (this[kDirOperationQueue] !== null) {
      this[kDirOperationQueue].push(() => this[kDirReadImpl](maybeSync, callback));
      return;
    }
    if (this[kDirBufferedEntries].length > 0) {
      let dirent;
      try {
        dirent = takeEntry(this);
      } catch (err) {
        callback(err);
        return;
      }
      if (maybeSync) {
        process.nextTick(callback, null, dirent);
      } else {
        callback(null, dirent);
      }
      return;
    }
    this[kDirOperationQueue] = [];
    const options = this[kDirOptions];
    const size = Math.min(options.bufferSize, kMaxBufferSize);
    this[kDirHandle].read(wantsBytes(options.encoding), size,
                          makeReq((err, result) => {
                            const queue = this[kDirOperationQueue];
                            this[kDirOperationQueue] = null;
                            try {
                              if (err || result === null) {
                                callback(err || null, null);
                              } else {
                                bufferEntries(this, result);
                                let dirent;
                                try {
                                  dirent = takeEntry(this);
                                } catch (error) {
                                  callback(error);
                                  return;
                                }
                                callback(null, dirent);
                              }
                            } finally {
                              for (const op of queue) op();
                            }
                          }));
  }

  readSync() {
    if (this[kDirClosed] === true) throw new ERR_DIR_CLOSED();
    if (this[kDirOperationQueue] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    if (this[kDirBufferedEntries].length > 0) return takeEntry(this);
    const options = this[kDirOptions];
    const size = Math.min(options.bufferSize, kMaxBufferSize);
    const result = this[kDirHandle].read(wantsBytes(options.encoding), size, undefined);
    if (result === null) return null;
    bufferEntries(this, result);
    return takeEntry(this);
  }

  close(callback) {
    if (callback === undefined) {
      if (this[kDirClosed] === true) return Promise.reject(new ERR_DIR_CLOSED());
      return new Promise((resolve, reject) => {
        this.close((err) => (err ? reject(err) : resolve()));
      });
    }
    validateFunction(callback, 'callback');
    if (this[kDirClosed] === true) {
      process.nextTick(callback, new ERR_DIR_CLOSED());
      return;
    }
    if (this[kDirOperationQueue] !== null) {
      this[kDirOperationQueue].push(() => this.close(callback));
      return;
    }
    this[kDirClosed] = true;
    this[kDirHandle].close(makeReq((err) => callback(err || null)));
  }

  closeSync() {
    if (this[kDirClosed] === true) throw new ERR_DIR_CLOSED();
    if (this[kDirOperationQueue] !== null) throw new ERR_DIR_CONCURRENT_OPERATION();
    this[kDirClosed] = true;
    this[kDirHandle].close(undefined);
  }

  async* entries() {
    try {
      while (true) {
        const dirent = await this[kDirReadImpl](false);
        if (dirent === null) break;
        yield dirent;
      }
    } finally {
      if (this[kDirClosed] === false) await this.close();
    }
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }

  async [SymbolAsyncDispose]() {
    if (this[kDirClosed] === false) await this.close();
  }
}

function opendir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  binding.opendir(pathForBinding(path), makeReq((err, handle) => {
    if (err) return callback(err);
    let dir;
    try {
      dir = new Dir(handle, path, options);
    } catch (e) {
      handle.close(makeReq(() => {}));
      return callback(e);
    }
    callback(null, dir);
  }));
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  const handle = binding.opendir(pathForBinding(path));
  try {
    return new Dir(handle, path, options);
  } catch (e) {
    handle.close(undefined);
    throw e;
  }
}

module.exports = {
  Dir,
  opendir,
  opendirSync,
  opendirPromise: promisify(opendir),
};
