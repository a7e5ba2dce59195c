'use strict';

// Shared by fs, fs/promises and their internals: argument validation (paths, fds,
// flags, modes, times, buffers), Stats/BigIntStats/StatFs/Dirent, encodings of
// names and the option objects, with Node's error codes.

const binding = internalBinding('fs');
const { fs: constants } = internalBinding('constants');
const {
  codes: {
    ERR_FS_INVALID_SYMLINK_TYPE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_OUT_OF_RANGE,
  },
  hideStackFrames,
} = require('internal/errors');
const {
  parseFileMode,
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInt32,
  validateInteger,
  validateObject,
  validateUint32,
} = require('internal/validators');
const { isUint8Array, isArrayBufferView, isDate } = require('internal/util/types');
const { kEmptyObject } = require('internal/util');
const { FastBuffer } = require('internal/buffer');
// FastBuffers get Buffer's methods (toString(encoding), ...) when lib/buffer.js loads;
// load it before handing any out, or fs.readFileSync(f).toString() is Uint8Array's.
require('buffer');

const {
  O_APPEND, O_CREAT, O_EXCL, O_RDONLY, O_RDWR, O_SYNC, O_TRUNC, O_WRONLY,
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
  UV_DIRENT_UNKNOWN, UV_DIRENT_FILE, UV_DIRENT_DIR, UV_DIRENT_LINK, UV_DIRENT_FIFO,
  UV_DIRENT_SOCKET, UV_DIRENT_CHAR, UV_DIRENT_BLOCK,
  UV_FS_SYMLINK_DIR, UV_FS_SYMLINK_JUNCTION,
} = constants;

// Largest read or write in one call (INT32_MAX, as libuv takes an unsigned int).
const kIoMaxLength = 2 ** 31 - 1;
const kMaxUserId = 2 ** 32 - 1;
const kReadFileBufferLength = 512 * 1024;
const kReadFileUnknownBufferLength = 64 * 1024;
const kWriteFileMaxChunkSize = 512 * 1024;
const kFsStatsFieldsNumber = 18;

const kType = Symbol('type');
const kStats = Symbol('stats');

// ---- Flags, modes, times -----------------------------------------------------

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') {
    validateInt32(flags, name);
    return flags;
  }
  if (flags == null) return O_RDONLY;
  switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs':
    case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+':
    case 'sr+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx':
    case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+':
    case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax':
    case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as':
    case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+':
    case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+':
    case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
  }
  throw new ERR_INVALID_ARG_VALUE(name, flags);
}

function toUnixTimestamp(time, name = 'time') {
  if (typeof time === 'string' && +time == time) { // eslint-disable-line eqeqeq
    return +time;
  }
  if (Number.isFinite(time)) {
    if (time < 0) return Date.now() / 1000;
    return time;
  }
  if (isDate(time)) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

// ---- Paths and fds -----------------------------------------------------------

let url;
function lazyURL() {
  url ??= require('internal/url');
  return url;
}

function toPathIfFileURL(fileURLOrPath) {
  if (fileURLOrPath == null || typeof fileURLOrPath !== 'object' ||
      !fileURLOrPath.href || !fileURLOrPath.protocol ||
      fileURLOrPath.auth !== undefined || fileURLOrPath.path !== undefined) {
    return fileURLOrPath;
  }
  return lazyURL().fileURLToPath(fileURLOrPath);
}

const nullCheck = hideStackFrames((path, propName, throwError = true) => {
  const pathIsString = typeof path === 'string';
  const pathIsUint8Array = isUint8Array(path);
  if ((!pathIsString && !pathIsUint8Array) ||
      (pathIsString && !path.includes('\u0000')) ||
      (pathIsUint8Array && !path.includes(0))) {
    return;
  }
  const err = new ERR_INVALID_ARG_VALUE(propName, path,
                                        'must be a string, Uint8Array, or URL without null bytes');
  if (throwError) throw err;
  return err;
});

const validatePath = hideStackFrames((path, propName = 'path') => {
  if (typeof path !== 'string' && !isUint8Array(path)) {
    throw new ERR_INVALID_ARG_TYPE(propName, ['string', 'Buffer', 'URL'], path);
  }
  nullCheck(path, propName, true);
});

// A path argument as the binding takes it: a string, or a Buffer of its bytes.
const getValidatedPath = hideStackFrames((fileURLOrPath, propName = 'path') => {
  const path = toPathIfFileURL(fileURLOrPath);
  validatePath(path, propName);
  return path;
});

// The binding reads paths as UTF-8 strings.
function pathForBinding(path) {
  return typeof path === 'string' ? path : bufferToString(path);
}

function bufferToString(bytes) {
  return Buffer.prototype.utf8Slice.call(bytes, 0, bytes.length);
}

const getValidatedFd = hideStackFrames((fd, propName = 'fd') => {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, propName, 0);
  return fd;
});

// ---- Options and encodings ------------------------------------------------------

function assertEncoding(encoding) {
  if (encoding && !Buffer.isEncoding(encoding)) {
    const reason = 'is invalid encoding';
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, reason);
  }
}

function getOptions(options, defaultOptions = kEmptyObject) {
  if (options == null || typeof options === 'function') return defaultOptions;
  if (typeof options === 'string') {
    defaultOptions = { ...defaultOptions };
    defaultOptions.encoding = options;
    options = defaultOptions;
  } else if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  return options;
}

function copyObject(source) {
  const target = {};
  for (const key in source) target[key] = source[key];
  return target;
}

// A name from the binding (string, or Uint8Array when asked for bytes) in `encoding`.
function encodeName(name, encoding) {
  if (encoding === 'buffer') {
    return typeof name === 'string' ? Buffer.from(name) :
      new FastBuffer(name.buffer, name.byteOffset, name.byteLength);
  }
  if (typeof name !== 'string') {
    name = new FastBuffer(name.buffer, name.byteOffset, name.byteLength);
  }
  if (encoding && encoding !== 'utf8' && encoding !== 'utf-8') {
    return (typeof name === 'string' ? Buffer.from(name) : name).toString(encoding);
  }
  return typeof name === 'string' ? name : name.toString();
}

// True when the binding must hand back raw bytes (any encoding but utf8).
function wantsBytes(encoding) {
  return encoding != null && encoding !== 'utf8' && encoding !== 'utf-8';
}

function encodeNames(names, encoding) {
  if (!wantsBytes(encoding)) return names;
  for (let i = 0; i < names.length; i++) names[i] = encodeName(names[i], encoding);
  return names;
}

// ---- Buffers and ranges ---------------------------------------------------------

const validateBufferArray = hideStackFrames((buffers, propName = 'buffers') => {
  if (!Array.isArray(buffers)) {
    throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
  }
  for (let i = 0; i < buffers.length; i++) {
    if (!isArrayBufferView(buffers[i])) {
      throw new ERR_INVALID_ARG_TYPE(propName, 'ArrayBufferView[]', buffers);
    }
  }
  return buffers;
});

const validateOffsetLengthRead = hideStackFrames((offset, length, bufferLength) => {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
});

const validateOffsetLengthWrite = hideStackFrames((offset, length, byteLength) => {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  }
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
});

const validatePosition = hideStackFrames((position, name, length) => {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    // Any int64 goes; the system call rejects what the file cannot take.
    if (!(position >= -(2n ** 63n) && position <= 2n ** 63n - 1n)) {
      throw new ERR_OUT_OF_RANGE(name, `>= ${-(2n ** 63n)} && <= ${2n ** 63n - 1n}`, position);
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
});

const validateStringAfterArrayBufferView = hideStackFrames((buffer, name) => {
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
});

const validateRmdirOptions = hideStackFrames((options, defaults = { retryDelay: 100, maxRetries: 0, recursive: false }) => {
  if (options === undefined) return defaults;
  validateObject(options, 'options');
  options = { ...defaults, ...options };
  validateBoolean(options.recursive, 'options.recursive');
  validateInt32(options.retryDelay, 'options.retryDelay', 0);
  validateUint32(options.maxRetries, 'options.maxRetries');
  return options;
});

const validateRmOptionsShape = hideStackFrames((options) => {
  options = validateRmdirOptions(options,
                                 { force: false, maxRetries: 0, recursive: false, retryDelay: 100 });
  validateBoolean(options.force, 'options.force');
  return options;
});

function validateSymlinkType(type) {
  if (type == null) return 0;
  if (type === 'dir') return UV_FS_SYMLINK_DIR;
  if (type === 'junction') return UV_FS_SYMLINK_JUNCTION;
  if (type === 'file') return 0;
  throw new ERR_FS_INVALID_SYMLINK_TYPE(type);
}

function validateCpOptions(options) {
  if (options === undefined) return { ...kCpDefaults };
  validateObject(options, 'options');
  options = { ...kCpDefaults, ...options };
  validateBoolean(options.dereference, 'options.dereference');
  validateBoolean(options.errorOnExist, 'options.errorOnExist');
  validateBoolean(options.force, 'options.force');
  validateBoolean(options.preserveTimestamps, 'options.preserveTimestamps');
  validateBoolean(options.recursive, 'options.recursive');
  validateBoolean(options.verbatimSymlinks, 'options.verbatimSymlinks');
  options.mode = getValidMode(options.mode, 'copyFile');
  if (options.dereference === true && options.verbatimSymlinks === true) {
    const { ERR_INCOMPATIBLE_OPTION_PAIR } = require('internal/errors').codes;
    throw new ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  if (options.filter !== undefined) validateFunction(options.filter, 'options.filter');
  return options;
}

const kCpDefaults = {
  dereference: false,
  errorOnExist: false,
  filter: undefined,
  force: true,
  preserveTimestamps: false,
  recursive: false,
  verbatimSymlinks: false,
  mode: 0,
};

// access() and copyFile() modes: an int32 within the bits of their flags. Node checks
// these in C++, hence the plain messages.
function codedError(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  err.stack = err.stack.replace(`${Ctor.name}:`, `${Ctor.name} [${code}]:`);
  return err;
}

const getValidMode = hideStackFrames((mode, type) => {
  let min = 0;
  let max;
  let def;
  if (type === 'copyFile') {
    max = constants.COPYFILE_EXCL | constants.COPYFILE_FICLONE | constants.COPYFILE_FICLONE_FORCE;
    def = 0;
  } else {
    min = constants.F_OK;
    max = constants.R_OK | constants.W_OK | constants.X_OK;
    def = constants.F_OK;
  }
  if (mode == null) return def;
  if (!Number.isInteger(mode) || mode !== (mode | 0)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'mode must be int32 or null/undefined');
  }
  if (mode < min || mode > max) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE', `mode is out of range: >= ${min} && <= ${max}`);
  }
  return mode;
});

function validateUidGid(uid, gid) {
  validateInteger(uid, 'uid', -1, kMaxUserId);
  validateInteger(gid, 'gid', -1, kMaxUserId);
}

function getValidatedMode(mode, name = 'mode', def) {
  return parseFileMode(mode, name, def);
}

// ---- Stats ---------------------------------------------------------------------

const kNsPerMsBigInt = 10n ** 6n;
const kNsPerSecBigInt = 10n ** 9n;
const kMsPerSec = 1000;
const kNsPerMs = 1e6;

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}

StatsBase.prototype.isDirectory = function() {
  return this._checkModeProperty(S_IFDIR);
};
StatsBase.prototype.isFile = function() {
  return this._checkModeProperty(S_IFREG);
};
StatsBase.prototype.isBlockDevice = function() {
  return this._checkModeProperty(S_IFBLK);
};
StatsBase.prototype.isCharacterDevice = function() {
  return this._checkModeProperty(S_IFCHR);
};
StatsBase.prototype.isSymbolicLink = function() {
  return this._checkModeProperty(S_IFLNK);
};
StatsBase.prototype.isFIFO = function() {
  return this._checkModeProperty(S_IFIFO);
};
StatsBase.prototype.isSocket = function() {
  return this._checkModeProperty(S_IFSOCK);
};

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
               atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = dateFromMs(atimeMs);
  this.mtime = dateFromMs(mtimeMs);
  this.ctime = dateFromMs(ctimeMs);
  this.birthtime = dateFromMs(birthtimeMs);
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
Stats.prototype.isFile = StatsBase.prototype.isFile;
Stats.prototype._checkModeProperty = function(property) {
  return (this.mode & S_IFMT) === property;
};

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
                     atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeNs / kNsPerMsBigInt;
  this.mtimeMs = mtimeNs / kNsPerMsBigInt;
  this.ctimeMs = ctimeNs / kNsPerMsBigInt;
  this.birthtimeMs = birthtimeNs / kNsPerMsBigInt;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
  this.atime = dateFromMs(this.atimeMs);
  this.mtime = dateFromMs(this.mtimeMs);
  this.ctime = dateFromMs(this.ctimeMs);
  this.birthtime = dateFromMs(this.birthtimeMs);
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);
BigIntStats.prototype._checkModeProperty = function(property) {
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};

function msFromTimeSpec(sec, nsec) {
  return sec * kMsPerSec + nsec / kNsPerMs;
}

function nsFromTimeSpecBigInt(sec, nsec) {
  return sec * kNsPerSecBigInt + nsec;
}

// Stats from the binding's array: 18 fields from `offset`.
function getStatsFromBinding(stats, offset = 0) {
  if (stats instanceof BigInt64Array) {
    return new BigIntStats(
      stats[0 + offset], stats[1 + offset], stats[2 + offset], stats[3 + offset],
      stats[4 + offset], stats[5 + offset], stats[6 + offset], stats[7 + offset],
      stats[8 + offset], stats[9 + offset],
      nsFromTimeSpecBigInt(stats[10 + offset], stats[11 + offset]),
      nsFromTimeSpecBigInt(stats[12 + offset], stats[13 + offset]),
      nsFromTimeSpecBigInt(stats[14 + offset], stats[15 + offset]),
      nsFromTimeSpecBigInt(stats[16 + offset], stats[17 + offset]));
  }
  return new Stats(
    stats[0 + offset], stats[1 + offset], stats[2 + offset], stats[3 + offset],
    stats[4 + offset], stats[5 + offset], stats[6 + offset], stats[7 + offset],
    stats[8 + offset], stats[9 + offset],
    msFromTimeSpec(stats[10 + offset], stats[11 + offset]),
    msFromTimeSpec(stats[12 + offset], stats[13 + offset]),
    msFromTimeSpec(stats[14 + offset], stats[15 + offset]),
    msFromTimeSpec(stats[16 + offset], stats[17 + offset]));
}

class StatFs {
  constructor(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
  }
}

function getStatFsFromBinding(stats) {
  return new StatFs(stats[0], stats[1], stats[2], stats[3], stats[4], stats[5], stats[6]);
}

// ---- Dirent ------------------------------------------------------------------

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isDirectory() {
    return this[kType] === UV_DIRENT_DIR;
  }

  isFile() {
    return this[kType] === UV_DIRENT_FILE;
  }

  isBlockDevice() {
    return this[kType] === UV_DIRENT_BLOCK;
  }

  isCharacterDevice() {
    return this[kType] === UV_DIRENT_CHAR;
  }

  isSymbolicLink() {
    return this[kType] === UV_DIRENT_LINK;
  }

  isFIFO() {
    return this[kType] === UV_DIRENT_FIFO;
  }

  isSocket() {
    return this[kType] === UV_DIRENT_SOCKET;
  }
}

// A Dirent whose type the directory did not tell: it answers from an lstat.
class DirentFromStats extends Dirent {
  constructor(name, stats, path) {
    super(name, null, path);
    this[kStats] = stats;
  }
}
for (const name of Object.getOwnPropertyNames(Dirent.prototype)) {
  if (name === 'constructor') continue;
  DirentFromStats.prototype[name] = function() {
    return this[kStats][name]();
  };
}

function direntType(path, name) {
  return binding.lstat(pathForBinding(require('path').join(path, name)), false, undefined);
}

// Turns the binding's [names, types] into Dirents, resolving unknown types with lstat.
function getDirents(path, [names, types], encoding) {
  const dirPath = typeof path === 'string' ? path : bufferToString(path);
  const result = [];
  for (let i = 0; i < names.length; i++) {
    const name = encodeName(names[i], encoding);
    if (types[i] === UV_DIRENT_UNKNOWN) {
      const stats = getStatsFromBinding(direntType(dirPath, bufferOrString(names[i])));
      result.push(new DirentFromStats(name, stats, dirPath));
    } else {
      result.push(new Dirent(name, types[i], dirPath));
    }
  }
  return result;
}

function bufferOrString(name) {
  return typeof name === 'string' ? name :
    bufferToString(new FastBuffer(name.buffer, name.byteOffset, name.byteLength));
}

// ---- Requests ------------------------------------------------------------------

const { FSReqCallback } = binding;

// A request whose completion calls callback(err, value).
function makeReq(callback) {
  const req = new FSReqCallback();
  req.oncomplete = callback;
  return req;
}

// callback(err) or callback(null, value): the user callback as a request's oncomplete.
function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return (...args) => Reflect.apply(cb, undefined, args);
}

module.exports = {
  assertEncoding,
  BigIntStats,
  binding,
  bufferToString,
  constants,
  copyObject,
  Dirent,
  DirentFromStats,
  encodeName,
  encodeNames,
  getDirents,
  getOptions,
  getStatFsFromBinding,
  getStatsFromBinding,
  getValidatedFd,
  getValidatedMode,
  getValidatedPath,
  getValidMode,
  kFsStatsFieldsNumber,
  kIoMaxLength,
  kMaxUserId,
  kReadFileBufferLength,
  kReadFileUnknownBufferLength,
  kType,
  kWriteFileMaxChunkSize,
  makeCallback,
  makeReq,
  nullCheck,
  pathForBinding,
  StatFs,
  Stats,
  stringToFlags,
  toPathIfFileURL,
  toUnixTimestamp,
  validateBufferArray,
  validateCpOptions,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePath,
  validatePosition,
  validateRmdirOptions,
  validateRmOptionsShape,
  validateStringAfterArrayBufferView,
  validateSymlinkType,
  validateUidGid,
  wantsBytes,
};
