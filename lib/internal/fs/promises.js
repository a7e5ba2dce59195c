'use strict';

// fs/promises and FileHandle. Written in JS over the same binding functions as the
// callback API: each call passes an FSReqCallback whose oncomplete settles a promise.
// FileHandle wraps a numeric fd; close() returns a promise and waits for the
// handle's operations in flight.

const EventEmitter = require('events');
const {
  AbortError,
  codes: {
    ERR_FS_FILE_TOO_LARGE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_STATE,
  },
} = require('internal/errors');
const {
  parseFileMode,
  validateBoolean,
  validateBuffer,
  validateEncoding,
  validateInteger,
  validateObject,
  validateString,
  kValidateObjectAllowNullable,
} = require('internal/validators');
const { createCloneable, kTransferOnly } = require('internal/cloneable');
const { isArrayBufferView } = require('internal/util/types');
const { kEmptyObject, SymbolAsyncDispose } = require('internal/util');
const {
  binding,
  constants,
  copyObject,
  encodeName,
  encodeNames,
  getDirents,
  getOptions,
  getStatFsFromBinding,
  getStatsFromBinding,
  getValidatedPath,
  getValidMode,
  kIoMaxLength,
  kReadFileUnknownBufferLength,
  kWriteFileMaxChunkSize,
  pathForBinding,
  stringToFlags,
  toUnixTimestamp,
  validateBufferArray,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validateRmdirOptions,
  validateStringAfterArrayBufferView,
  validateSymlinkType,
  validateUidGid,
  wantsBytes,
} = require('internal/fs/utils');

const { FSReqCallback } = binding;
const { S_IFMT, S_IFREG } = constants;

// binding[name](...args, req) as a promise. A failure completes with no JavaScript
// on the stack, so its stack is taken again here, where V8 can list the awaiting
// async functions (`at async readFile`, `at async main`), as Node's errors show.
async function call(name, ...args) {
  try {
    return await new Promise((resolve, reject) => {
      const req = new FSReqCallback();
      req.oncomplete = (err, value) => (err ? reject(err) : resolve(value));
      binding[name](...args, req);
    });
  } catch (err) {
    if (err instanceof Error) Error.captureStackTrace(err, call);
    throw err;
  }
}

function checkAborted(signal) {
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

// ---- FileHandle ------------------------------------------------------------------------

const kFd = Symbol('kFd');
const kRefs = Symbol('kRefs');
const kClosePromise = Symbol('kClosePromise');
const kCloseResolve = Symbol('kCloseResolve');
const kLocked = Symbol('kLocked');

// FileHandle#close, an own property of each handle as in Node.
function closeFileHandle(handle) {
  if (handle[kFd] === -1) return Promise.resolve();
  if (handle[kClosePromise]) return handle[kClosePromise];
  handle[kRefs]--;
  if (handle[kRefs] === 0) {
    handle[kClosePromise] = closeNow(handle);
  } else {
    handle[kClosePromise] = new Promise((resolve, reject) => {
      handle[kCloseResolve] = { resolve, reject };
    }).finally(() => {
      handle[kClosePromise] = null;
      handle[kCloseResolve] = null;
    });
  }
  handle.emit('close');
  return handle[kClosePromise];
}

class FileHandle extends EventEmitter {
  // A cloneable object in place of `this` (internal/cloneable), set up as an emitter: it can
  // only be transferred, so cloning it throws Node's error.
  constructor(fd) {
    const self = createCloneable(new.target.prototype);
    EventEmitter.init.call(self);
    self.close = () => closeFileHandle(self);
    self[kFd] = fd;
    self[kRefs] = 1;
    self[kClosePromise] = null;
    return self;
  }

  get [kTransferOnly]() {
    return true;
  }

  get fd() {
    return this[kFd];
  }

  getAsyncId() {
    return -1;
  }

  appendFile(data, options) {
    return fsCall(writeFileHandle, this, data, appendOptions(options));
  }

  chmod(mode) {
    return fsCall(fchmod, this, mode);
  }

  chown(uid, gid) {
    return fsCall(fchown, this, uid, gid);
  }

  datasync() {
    return fsCall(fdatasync, this);
  }

  sync() {
    return fsCall(fsync, this);
  }

  read(buffer, offset, length, position) {
    return fsCall(read, this, buffer, offset, length, position);
  }

  readv(buffers, position) {
    return fsCall(readv, this, buffers, position);
  }

  readFile(options) {
    return fsCall(readFileHandle, this, options);
  }

  stat(options) {
    return fsCall(fstat, this, options);
  }

  truncate(len = 0) {
    return fsCall(ftruncate, this, len);
  }

  utimes(atime, mtime) {
    return fsCall(futimes, this, atime, mtime);
  }

  write(buffer, offsetOrOptions, length, position) {
    return fsCall(write, this, buffer, offsetOrOptions, length, position);
  }

  writev(buffers, position) {
    return fsCall(writev, this, buffers, position);
  }

  writeFile(data, options) {
    return fsCall(writeFileHandle, this, data, options);
  }


  async [SymbolAsyncDispose]() {
    return this.close();
  }

  readableWebStream(options = kEmptyObject) {
    return newReadableWebStream(this, options);
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  readLines(options = undefined) {
    const { Interface } = require('readline');
    return new Interface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }
}

// FileHandle#readableWebStream: ArrayBuffer chunks, or a byte stream with
// { type: 'bytes' }. The handle counts as busy (close() waits) until the end.
function newReadableWebStream(handle, options) {
  if (handle[kFd] === -1) throw new ERR_INVALID_STATE('The FileHandle is closed');
  if (handle[kClosePromise]) throw new ERR_INVALID_STATE('The FileHandle is closing');
  if (handle[kLocked]) throw new ERR_INVALID_STATE('The FileHandle is locked');
  if (options?.type !== undefined) validateString(options.type, 'options.type');
  handle[kLocked] = true;
  handle[kRefs]++;
  let finished = false;
  function done() {
    if (finished) return;
    finished = true;
    releaseRef(handle);
  }
  const { ReadableStream } = require('internal/webstreams/readablestream');
  if (options?.type === 'bytes') {
    return new ReadableStream({
      type: 'bytes',
      autoAllocateChunkSize: 16384,
      async pull(controller) {
        const view = controller.byobRequest.view;
        let bytesRead;
        try {
          ({ bytesRead } = await read(handle, view, 0, view.byteLength, null));
        } catch (err) {
          done();
          throw err;
        }
        if (bytesRead === 0) {
          done();
          controller.close();
        }
        controller.byobRequest.respond(bytesRead);
      },
      cancel: done,
    });
  }
  return new ReadableStream({
    async pull(controller) {
      const chunk = new Uint8Array(65536);
      let bytesRead;
      try {
        ({ bytesRead } = await read(handle, chunk, 0, chunk.byteLength, null));
      } catch (err) {
        done();
        throw err;
      }
      if (bytesRead === 0) {
        done();
        controller.close();
        return;
      }
      controller.enqueue(bytesRead === chunk.byteLength ?
        chunk.buffer : chunk.buffer.slice(0, bytesRead));
    },
    cancel: done,
  }, { highWaterMark: 0 });
}

function releaseRef(handle) {
  handle[kRefs]--;
  if (handle[kRefs] === 0 && handle[kCloseResolve]) {
    const { resolve, reject } = handle[kCloseResolve];
    closeNow(handle).then(resolve, reject);
  }
}

// Like Node, the handle reads as closed (fd -1) from the moment its fd is given up.
function closeNow(handle) {
  const fd = handle[kFd];
  handle[kFd] = -1;
  return call('close', fd).then(() => {
    handle[kClosePromise] = null;
  }, (err) => {
    handle[kClosePromise] = null;
    throw err;
  });
}

const syscalls = new Map([
  ['fchmod', 'fchmod'], ['fchown', 'fchown'], ['fdatasync', 'fdatasync'], ['fsync', 'fsync'],
  ['read', 'read'], ['readv', 'read'], ['readFileHandle', 'read'], ['fstat', 'fstat'],
  ['ftruncate', 'ftruncate'], ['futimes', 'futime'], ['write', 'write'], ['writev', 'write'],
  ['writeFileHandle', 'write'],
]);

// Runs fn(handle, ...args) while counting it in flight, so close() waits for it.
async function fsCall(fn, handle, ...args) {
  if (handle[kFd] === -1) {
    const err = new Error('file closed');
    err.code = 'EBADF';
    err.syscall = syscalls.get(fn.name) ?? fn.name;
    throw err;
  }
  try {
    handle[kRefs]++;
    return await fn(handle, ...args);
  } finally {
    releaseRef(handle);
  }
}

// ---- Operations on a FileHandle ---------------------------------------------------------

async function fchmod(handle, mode) {
  await call('fchmod', handle.fd, parseFileMode(mode, 'mode'));
}

async function fchown(handle, uid, gid) {
  validateUidGid(uid, gid);
  await call('fchown', handle.fd, uid, gid);
}

async function fdatasync(handle) {
  await call('fdatasync', handle.fd);
}

async function fsync(handle) {
  await call('fsync', handle.fd);
}

async function fstat(handle, options = { bigint: false }) {
  return getStatsFromBinding(await call('fstat', handle.fd, options.bigint));
}

async function ftruncate(handle, len = 0) {
  validateInteger(len, 'len');
  await call('ftruncate', handle.fd, Math.max(0, len));
}

async function futimes(handle, atime, mtime) {
  await call('futimes', handle.fd, toUnixTimestamp(atime, 'atime'),
             toUnixTimestamp(mtime, 'mtime'));
}

async function read(handle, bufferOrParams, offset, length, position) {
  let buffer = bufferOrParams;
  if (!isArrayBufferView(buffer)) {
    if (bufferOrParams !== undefined) {
      validateObject(bufferOrParams, 'options', kValidateObjectAllowNullable);
    }
    ({
      buffer = Buffer.alloc(16384),
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = bufferOrParams ?? kEmptyObject);
    validateBuffer(buffer);
  }
  if (offset !== null && typeof offset === 'object') {
    ({
      offset = 0,
      length = buffer.byteLength - offset,
      position = null,
    } = offset);
  }
  if (offset == null) {
    offset = 0;
  } else {
    validateInteger(offset, 'offset', 0);
  }
  length ??= buffer.byteLength - offset;
  if (length === 0) return { bytesRead: length, buffer };
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  // Node 20's FileHandle.read does not validate position: anything but a safe
  // integer reads from the current file position.
  if (!Number.isSafeInteger(position)) position = -1;
  const bytesRead = (await call('read', handle.fd, buffer, offset, length, position)) || 0;
  return { bytesRead, buffer };
}

async function readv(handle, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  const bytesRead = (await call('readBuffers', handle.fd, buffers, position)) || 0;
  return { bytesRead, buffers };
}

async function write(handle, buffer, offsetOrOptions, length, position) {
  if (buffer?.byteLength === 0) return { bytesWritten: 0, buffer };
  let offset = offsetOrOptions;
  if (isArrayBufferView(buffer)) {
    if (typeof offset === 'object') {
      ({
        offset = 0,
        length = buffer.byteLength - offset,
        position = null,
      } = offsetOrOptions ?? kEmptyObject);
    }
    if (offset == null) {
      offset = 0;
    } else {
      validateInteger(offset, 'offset', 0);
    }
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const bytesWritten =
      (await call('writeBuffer', handle.fd, buffer, offset, length, position)) || 0;
    return { bytesWritten, buffer };
  }
  validateStringAfterArrayBufferView(buffer, 'buffer');
  validateEncoding(buffer, length);
  const bytes = Buffer.from(buffer, length);
  const bytesWritten = (await call('writeBuffer', handle.fd, bytes, 0, bytes.length,
                                   typeof offset === 'number' ? offset : null)) || 0;
  return { bytesWritten, buffer };
}

async function writev(handle, buffers, position) {
  validateBufferArray(buffers);
  if (typeof position !== 'number') position = null;
  if (buffers.length === 0) return { bytesWritten: 0, buffers };
  const bytesWritten = (await call('writeBuffers', handle.fd, buffers, position)) || 0;
  return { bytesWritten, buffers };
}

async function readFileHandle(handle, options) {
  options = getOptions(options, { flag: 'r' });
  const signal = options.signal;
  checkAborted(signal);
  const stats = await call('fstat', handle.fd, false);
  checkAborted(signal);
  let size = (Number(stats[1]) & S_IFMT) === S_IFREG ? Number(stats[8]) : 0;
  if (size > kIoMaxLength) throw new ERR_FS_FILE_TOO_LARGE(size);
  const chunks = [];
  let total = 0;
  const known = size > 0;
  let buffer = known ? Buffer.allocUnsafeSlow(size) : null;
  for (;;) {
    checkAborted(signal);
    let target = buffer;
    let offset = total;
    let length = size - total;
    if (!known) {
      target = Buffer.allocUnsafeSlow(kReadFileUnknownBufferLength);
      offset = 0;
      length = target.length;
    }
    const bytesRead = await call('read', handle.fd, target, offset, length, -1);
    if (bytesRead === 0) break;
    total += bytesRead;
    if (known) {
      if (total === size) break;
    } else {
      chunks.push(target.subarray(0, bytesRead));
      if (total > kIoMaxLength) throw new ERR_FS_FILE_TOO_LARGE(total);
    }
  }
  if (known) {
    if (total < size) buffer = buffer.subarray(0, total);
  } else {
    buffer = Buffer.concat(chunks, total);
    size = total;
  }
  return options.encoding ? buffer.toString(options.encoding) : buffer;
}

function isIterable(obj) {
  return obj != null && (typeof obj[Symbol.iterator] === 'function' ||
                         typeof obj[Symbol.asyncIterator] === 'function');
}

async function writeAll(handle, bytes, signal) {
  let offset = 0;
  const view = bytes instanceof Uint8Array ? bytes :
    new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  while (offset < view.byteLength) {
    checkAborted(signal);
    const length = Math.min(kWriteFileMaxChunkSize, view.byteLength - offset);
    offset += await call('writeBuffer', handle.fd, view, offset, length, null);
  }
}

async function writeFileHandle(handle, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const signal = options.signal;
  if (typeof data === 'string' || isArrayBufferView(data)) {
    checkAborted(signal);
    const bytes = typeof data === 'string' ? Buffer.from(data, options.encoding || 'utf8') : data;
    await writeAll(handle, bytes, signal);
  } else {
    for await (const chunk of data) {
      checkAborted(signal);
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, options.encoding || 'utf8') : chunk;
      await writeAll(handle, bytes, signal);
    }
  }
  if (options.flush) await call('fsync', handle.fd);
}

function appendOptions(options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = copyObject(options);
  options.flag ||= 'a';
  return options;
}

// ---- Path operations ------------------------------------------------------------------

async function access(path, mode = constants.F_OK) {
  path = getValidatedPath(path);
  await call('access', pathForBinding(path), getValidMode(mode, 'access'));
}

async function copyFile(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  await call('copyFile', pathForBinding(src), pathForBinding(dest), getValidMode(mode, 'copyFile'));
}

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const flagsNumber = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return new FileHandle(await call('open', pathForBinding(path), flagsNumber, mode));
}

async function rename(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  await call('rename', pathForBinding(oldPath), pathForBinding(newPath));
}

async function truncate(path, len = 0) {
  const fd = await open(path, 'r+');
  return fd.truncate(len).finally(fd.close);
}

function rm(path, options) {
  return new Promise((resolve, reject) => {
    require('fs').rm(path, options, (err) => (err ? reject(err) : resolve()));
  });
}

async function rmdir(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    return new Promise((resolve, reject) => {
      require('fs').rmdir(path, options, (err) => (err ? reject(err) : resolve()));
    });
  }
  validateRmdirOptions(options);
  await call('rmdir', pathForBinding(path));
}

async function mkdir(path, options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = options;
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = options.mode;
  }
  path = getValidatedPath(path);
  validateBoolean(recursive, 'options.recursive');
  return call('mkdir', pathForBinding(path), parseFileMode(mode, 'mode', 0o777), recursive);
}

async function readdirRecursive(path, options) {
  const withFileTypes = Boolean(options.withFileTypes);
  const results = [];
  const queue = [pathForBinding(path)];
  const pathModule = require('path');
  for (let i = 0; i < queue.length; i++) {
    const dir = queue[i];
    const result = await call('readdir', dir, wantsBytes(options.encoding), true);
    if (withFileTypes) {
      for (const dirent of getDirents(dir, result, options.encoding)) {
        results.push(dirent);
        if (dirent.isDirectory()) queue.push(pathModule.join(dirent.parentPath, dirent.name));
      }
    } else {
      const [names, types] = result;
      for (let j = 0; j < names.length; j++) {
        const name = encodeName(names[j], options.encoding);
        const full = pathModule.join(dir, `${name}`);
        results.push(pathModule.relative(queue[0], full));
        if (types[j] === constants.UV_DIRENT_DIR) queue.push(full);
      }
    }
  }
  return results;
}

async function readdir(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive) return readdirRecursive(path, options);
  const withTypes = Boolean(options.withFileTypes);
  const result = await call('readdir', pathForBinding(path), wantsBytes(options.encoding),
                            withTypes);
  if (!withTypes) return encodeNames(result, options.encoding);
  return getDirents(path, result, options.encoding);
}

async function readlink(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return encodeName(await call('readlink', pathForBinding(path), wantsBytes(options.encoding)),
                    options.encoding);
}

async function symlink(target, path, type) {
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  await call('symlink', pathForBinding(target), pathForBinding(path), validateSymlinkType(type));
}

async function lstat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatsFromBinding(await call('lstat', pathForBinding(path), options.bigint));
}

async function stat(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatsFromBinding(await call('stat', pathForBinding(path), options.bigint));
}

async function statfs(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatFsFromBinding(await call('statfs', pathForBinding(path), options.bigint));
}

async function link(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  await call('link', pathForBinding(existingPath), pathForBinding(newPath));
}

async function unlink(path) {
  path = getValidatedPath(path);
  await call('unlink', pathForBinding(path));
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  await call('chmod', pathForBinding(path), parseFileMode(mode, 'mode'));
}

async function lchown(path, uid, gid) {
  path = getValidatedPath(path);
  validateUidGid(uid, gid);
  await call('lchown', pathForBinding(path), uid, gid);
}

async function chown(path, uid, gid) {
  path = getValidatedPath(path);
  validateUidGid(uid, gid);
  await call('chown', pathForBinding(path), uid, gid);
}

async function utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  await call('utimes', pathForBinding(path), toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

async function lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  await call('lutimes', pathForBinding(path), toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

async function realpath(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return encodeName(await call('realpath', pathForBinding(path), wantsBytes(options.encoding)),
                    options.encoding);
}

async function mkdtemp(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  const template = `${pathForBinding(prefix)}XXXXXX`;
  return encodeName(await call('mkdtemp', template, wantsBytes(options.encoding)),
                    options.encoding);
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flag = options.flag || 'w';
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  if (!isArrayBufferView(data) && !isIterable(data)) {
    validateStringAfterArrayBufferView(data, 'data');
  }
  if (path instanceof FileHandle) return writeFileHandle(path, data, options);
  checkAborted(options.signal);
  const fd = await open(path, flag, options.mode);
  return fsCall(writeFileHandle, fd, data, options).finally(fd.close);
}

async function appendFile(path, data, options) {
  options = appendOptions(options);
  return writeFile(path, data, options);
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  const flag = options.flag || 'r';
  if (path instanceof FileHandle) return readFileHandle(path, options);
  checkAborted(options.signal);
  const fd = await open(path, flag, 0o666);
  return fsCall(readFileHandle, fd, options).finally(fd.close);
}

async function opendir(path, options) {
  const { opendir } = require('internal/fs/dir');
  return new Promise((resolve, reject) => {
    opendir(path, options, (err, dir) => (err ? reject(err) : resolve(dir)));
  });
}

function cp(src, dest, options) {
  return require('internal/fs/cp').cpPromise(src, dest, options);
}

function watch(filename, options) {
  return require('internal/fs/watchers').watchPromise(filename, options);
}

const exports_ = {
  access,
  copyFile,
  cp,
  open,
  opendir,
  rename,
  truncate,
  rm,
  rmdir,
  mkdir,
  readdir,
  readlink,
  symlink,
  lstat,
  stat,
  statfs,
  link,
  unlink,
  chmod,
  lchmod: undefined,
  lchown,
  chown,
  utimes,
  lutimes,
  realpath,
  mkdtemp,
  writeFile,
  appendFile,
  readFile,
  watch,
  constants,
};

// For fs streams over a FileHandle: the stream holds a reference, so the handle's
// fd stays open until the stream has closed.
function refFileHandle(handle) {
  handle[kRefs]++;
}

module.exports = {
  exports: exports_,
  FileHandle,
  refFileHandle,
  unrefFileHandle: releaseRef,
};
