'use strict';

// The `fs` module: every operation in its synchronous (xxxSync) and callback forms
// over internalBinding('fs') (see src/bindings/fs.h: one binding function per
// operation, synchronous without a request, asynchronous with an FSReqCallback).
// rm, cp, Dir, watchers, readFile/writeFile and fs.promises live in lib/internal/fs/.

const {
  isUint32,
  parseFileMode,
  validateBoolean,
  validateFunction,
  validateInteger,
} = require('internal/validators');
const { kEmptyObject, promisify } = require('internal/util');
const pathModule = require('path');
const {
  binding,
  constants,
  encodeName,
  encodeNames,
  getDirents,
  getOptions,
  getStatFsFromBinding,
  getStatsFromBinding,
  getValidatedFd,
  getValidatedPath,
  getValidMode,
  makeCallback,
  makeReq,
  pathForBinding,
  stringToFlags,
  toUnixTimestamp,
  validateRmdirOptions,
  validateSymlinkType,
  validateUidGid,
  wantsBytes,
  Dirent,
  Stats,
} = require('internal/fs/utils');

const { F_OK, R_OK, W_OK, X_OK, UV_DIRENT_DIR } = constants;

const isFd = isUint32;

// ---- open, close, read, write ----------------------------------------------------

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  } else {
    mode = parseFileMode(mode, 'mode', 0o666);
  }
  const flagsNumber = stringToFlags(flags);
  callback = makeCallback(callback);
  binding.open(pathForBinding(path), flagsNumber, mode, makeReq(callback));
}

function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  return binding.open(pathForBinding(path), stringToFlags(flags),
                      parseFileMode(mode, 'mode', 0o666));
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  binding.close(fd, makeReq(callback));
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function closeSync(fd) {
  binding.close(getValidatedFd(fd));
}

// ---- stat ----------------------------------------------------------------------

function statCallback(callback) {
  return (err, stats) => {
    if (err) return callback(err);
    callback(err, getStatsFromBinding(stats));
  };
}

function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.stat(pathForBinding(path), options.bigint, makeReq(statCallback(callback)));
}

function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.lstat(pathForBinding(path), options.bigint, makeReq(statCallback(callback)));
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fstat(fd, options.bigint, makeReq(statCallback(callback)));
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  const stats = binding.stat(pathForBinding(path), options.bigint, undefined,
                             options.throwIfNoEntry);
  if (stats === undefined) return undefined;
  return getStatsFromBinding(stats);
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  const stats = binding.lstat(pathForBinding(path), options.bigint, undefined,
                              options.throwIfNoEntry);
  if (stats === undefined) return undefined;
  return getStatsFromBinding(stats);
}

function fstatSync(fd, options = { bigint: false }) {
  fd = getValidatedFd(fd);
  return getStatsFromBinding(binding.fstat(fd, options.bigint));
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = kEmptyObject;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.statfs(pathForBinding(path), options.bigint, makeReq((err, stats) => {
    if (err) return callback(err);
    callback(err, getStatFsFromBinding(stats));
  }));
}

function statfsSync(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return getStatFsFromBinding(binding.statfs(pathForBinding(path), options.bigint));
}

// ---- access, exists --------------------------------------------------------------

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = F_OK;
  }
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  callback = makeCallback(callback);
  binding.access(pathForBinding(path), mode, makeReq(callback));
}

function accessSync(path, mode) {
  path = getValidatedPath(path);
  mode = getValidMode(mode, 'access');
  binding.access(pathForBinding(path), mode);
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  function suppressedCallback(err) {
    callback(!err);
  }
  try {
    access(path, F_OK, suppressedCallback);
  } catch {
    return callback(false);
  }
}

Object.defineProperty(exists, promisify.custom, {
  __proto__: null,
  value: function exists(path) {
    return new Promise((resolve) => fs.exists(path, resolve));
  },
});

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  return binding.existsSync(pathForBinding(path));
}

// ---- Paths: unlink, rmdir, rename, link, symlink, readlink, realpath ---------------

function unlink(path, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.unlink(pathForBinding(path), makeReq(callback));
}

function unlinkSync(path) {
  path = getValidatedPath(path);
  binding.unlink(pathForBinding(path));
}

let warnedRecursiveRmdir = false;
function emitRecursiveRmdirWarning() {
  if (warnedRecursiveRmdir) return;
  warnedRecursiveRmdir = true;
  process.emitWarning(
    'In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
      'will be removed. Use fs.rm(path, { recursive: true }) instead',
    'DeprecationWarning', 'DEP0147');
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path, 'path');
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    const rimraf = require('internal/fs/rimraf');
    rimraf.validateRmOptions(path, { ...options, force: false }, true, (err, opts) => {
      if (err === false) return binding.rmdir(pathForBinding(path), makeReq(callback));
      if (err) return callback(err);
      rimraf.rimraf(path, opts, callback);
    });
    return;
  }
  validateRmdirOptions(options);
  binding.rmdir(pathForBinding(path), makeReq(callback));
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options?.recursive) {
    emitRecursiveRmdirWarning();
    const rimraf = require('internal/fs/rimraf');
    const opts = rimraf.validateRmOptionsSync(path, { ...options, force: false }, true);
    if (opts !== false) return rimraf.rimrafSync(path, opts);
  } else {
    validateRmdirOptions(options);
  }
  binding.rmdir(pathForBinding(path));
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const rimraf = require('internal/fs/rimraf');
  rimraf.validateRmOptions(path, options, false, (err, opts) => {
    if (err) return callback(err);
    rimraf.rimraf(path, opts, callback);
  });
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  const rimraf = require('internal/fs/rimraf');
  options = rimraf.validateRmOptionsSync(path, options, false);
  return rimraf.rimrafSync(path, options);
}

function rename(oldPath, newPath, callback) {
  callback = makeCallback(callback);
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(pathForBinding(oldPath), pathForBinding(newPath), makeReq(callback));
}

function renameSync(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(pathForBinding(oldPath), pathForBinding(newPath));
}

function link(existingPath, newPath, callback) {
  callback = makeCallback(callback);
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(pathForBinding(existingPath), pathForBinding(newPath), makeReq(callback));
}

function linkSync(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(pathForBinding(existingPath), pathForBinding(newPath));
}

function symlink(target, path, type, callback) {
  if (typeof type === 'function') {
    callback = type;
    type = undefined;
  }
  callback = makeCallback(callback);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  const flags = validateSymlinkType(type);
  binding.symlink(pathForBinding(target), pathForBinding(path), flags, makeReq(callback));
}

function symlinkSync(target, path, type) {
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  const flags = validateSymlinkType(type);
  binding.symlink(pathForBinding(target), pathForBinding(path), flags);
}

function nameCallback(callback, encoding) {
  return (err, name) => {
    if (err) return callback(err);
    callback(null, encodeName(name, encoding));
  };
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  binding.readlink(pathForBinding(path), wantsBytes(options.encoding),
                   makeReq(nameCallback(callback, options.encoding)));
}

function readlinkSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  const name = binding.readlink(pathForBinding(path), wantsBytes(options.encoding));
  return encodeName(name, options.encoding);
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  callback = makeCallback(callback);
  binding.copyFile(pathForBinding(src), pathForBinding(dest), mode, makeReq(callback));
}

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = getValidMode(mode, 'copyFile');
  binding.copyFile(pathForBinding(src), pathForBinding(dest), mode);
}

// ---- Attributes: chmod, chown, utimes, truncate, sync ---------------------------------

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.chmod(pathForBinding(path), mode, makeReq(callback));
}

function chmodSync(path, mode) {
  path = getValidatedPath(path);
  binding.chmod(pathForBinding(path), parseFileMode(mode, 'mode'));
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  callback = makeCallback(callback);
  binding.fchmod(fd, mode, makeReq(callback));
}

function fchmodSync(fd, mode) {
  binding.fchmod(getValidatedFd(fd), parseFileMode(mode, 'mode'));
}

function chown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateUidGid(uid, gid);
  binding.chown(pathForBinding(path), uid, gid, makeReq(callback));
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateUidGid(uid, gid);
  binding.chown(pathForBinding(path), uid, gid);
}

function lchown(path, uid, gid, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  validateUidGid(uid, gid);
  binding.lchown(pathForBinding(path), uid, gid, makeReq(callback));
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  validateUidGid(uid, gid);
  binding.lchown(pathForBinding(path), uid, gid);
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  validateUidGid(uid, gid);
  callback = makeCallback(callback);
  binding.fchown(fd, uid, gid, makeReq(callback));
}

function fchownSync(fd, uid, gid) {
  fd = getValidatedFd(fd);
  validateUidGid(uid, gid);
  binding.fchown(fd, uid, gid);
}

function utimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.utimes(pathForBinding(path), toUnixTimestamp(atime), toUnixTimestamp(mtime),
                 makeReq(callback));
}

function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.utimes(pathForBinding(path), toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function lutimes(path, atime, mtime, callback) {
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  binding.lutimes(pathForBinding(path), toUnixTimestamp(atime), toUnixTimestamp(mtime),
                  makeReq(callback));
}

function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.lutimes(pathForBinding(path), toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  callback = makeCallback(callback);
  binding.futimes(fd, atime, mtime, makeReq(callback));
}

function futimesSync(fd, atime, mtime) {
  fd = getValidatedFd(fd);
  binding.futimes(fd, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}

function validateLength(len) {
  validateInteger(len, 'len');
  return Math.max(0, len);
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  len = validateLength(len);
  callback = makeCallback(callback);
  binding.ftruncate(fd, len, makeReq(callback));
}

function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  binding.ftruncate(fd, validateLength(len));
}

function truncate(path, len, callback) {
  if (isFd(path)) {
    emitTruncateFdWarning();
    return ftruncate(path, len, callback);
  }
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  } else if (len === undefined) {
    len = 0;
  }
  validateInteger(len, 'len');
  len = Math.max(0, len);
  callback = makeCallback(callback);
  fs.open(path, 'r+', (err, fd) => {
    if (err) return callback(err);
    binding.ftruncate(fd, len, makeReq((err) => {
      binding.close(fd, makeReq((closeErr) => callback(err || closeErr)));
    }));
  });
}

function truncateSync(path, len) {
  if (isFd(path)) {
    emitTruncateFdWarning();
    return ftruncateSync(path, len);
  }
  if (len === undefined) len = 0;
  const fd = fs.openSync(path, 'r+');
  try {
    ftruncateSync(fd, len);
  } finally {
    fs.closeSync(fd);
  }
}

let warnedTruncateFd = false;
function emitTruncateFdWarning() {
  if (warnedTruncateFd) return;
  warnedTruncateFd = true;
  process.emitWarning('Using fs.truncate with a file descriptor is deprecated.' +
                      ' Please use fs.ftruncate with a file descriptor instead.',
                      'DeprecationWarning', 'DEP0081');
}

function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fsync(fd, makeReq(callback));
}

function fsyncSync(fd) {
  binding.fsync(getValidatedFd(fd));
}

function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  binding.fdatasync(fd, makeReq(callback));
}

function fdatasyncSync(fd) {
  binding.fdatasync(getValidatedFd(fd));
}

// ---- Directories: mkdir, mkdtemp, readdir ------------------------------------------

function parseMkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = options;
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = options.mode;
  }
  validateBoolean(recursive, 'options.recursive');
  return { mode: parseFileMode(mode, 'mode'), recursive };
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const { mode, recursive } = parseMkdirOptions(options);
  path = getValidatedPath(path);
  callback = makeCallback(callback);
  binding.mkdir(pathForBinding(path), mode, recursive, makeReq(callback));
}

function mkdirSync(path, options) {
  const { mode, recursive } = parseMkdirOptions(options);
  path = getValidatedPath(path);
  const result = binding.mkdir(pathForBinding(path), mode, recursive);
  if (recursive) return result;
}

function mkdtempPrefix(prefix, options) {
  prefix = getValidatedPath(prefix, 'prefix');
  const s = pathForBinding(prefix);
  if (s.endsWith('X')) warnMkdtempX();
  return `${s}XXXXXX`;
}

let warnedMkdtemp = false;
function warnMkdtempX() {
  if (warnedMkdtemp) return;
  warnedMkdtemp = true;
  process.emitWarning('mkdtemp() templates ending with X are not portable. ' +
                      'For details see: https://nodejs.org/api/fs.html');
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  const template = mkdtempPrefix(prefix, options);
  binding.mkdtemp(template, wantsBytes(options.encoding),
                  makeReq(nameCallback(callback, options.encoding)));
}

function mkdtempSync(prefix, options) {
  options = getOptions(options);
  const template = mkdtempPrefix(prefix, options);
  return encodeName(binding.mkdtemp(template, wantsBytes(options.encoding)), options.encoding);
}

function readdirRecursiveSync(basePath, options) {
  const withFileTypes = Boolean(options.withFileTypes);
  const encoding = options.encoding;
  const readdirResults = [];
  const pathsQueue = [basePath];
  for (let i = 0; i < pathsQueue.length; i++) {
    const dir = pathsQueue[i];
    const result = binding.readdir(pathForBinding(dir), wantsBytes(encoding), true);
    const [names, types] = result;
    if (withFileTypes) {
      const dirents = getDirents(dir, result, encoding);
      for (let j = 0; j < dirents.length; j++) {
        readdirResults.push(dirents[j]);
        if (dirents[j].isDirectory()) pathsQueue.push(pathModule.join(dirents[j].parentPath, dirents[j].name));
      }
    } else {
      for (let j = 0; j < names.length; j++) {
        const name = encodeName(names[j], encoding);
        const full = pathModule.join(dir, typeof name === 'string' ? name : name.toString());
        const relative = pathModule.relative(basePath, full);
        readdirResults.push(relative);
        if (types[j] === UV_DIRENT_DIR) pathsQueue.push(full);
      }
    }
  }
  return readdirResults;
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) {
    let result;
    try {
      result = readdirRecursiveSync(pathForBinding(path), options);
    } catch (err) {
      process.nextTick(callback, err);
      return;
    }
    process.nextTick(callback, null, result);
    return;
  }
  const withTypes = Boolean(options.withFileTypes);
  binding.readdir(pathForBinding(path), wantsBytes(options.encoding), withTypes,
                  makeReq((err, result) => {
                    if (err) return callback(err);
                    if (!withTypes) return callback(null, encodeNames(result, options.encoding));
                    let dirents;
                    try {
                      dirents = getDirents(path, result, options.encoding);
                    } catch (e) {
                      return callback(e);
                    }
                    callback(null, dirents);
                  }));
}

function readdirSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  if (options.recursive != null) validateBoolean(options.recursive, 'options.recursive');
  if (options.recursive) return readdirRecursiveSync(pathForBinding(path), options);
  const withTypes = Boolean(options.withFileTypes);
  const result = binding.readdir(pathForBinding(path), wantsBytes(options.encoding), withTypes);
  if (!withTypes) return encodeNames(result, options.encoding);
  return getDirents(path, result, options.encoding);
}

// ---- The module ---------------------------------------------------------------------

const {
  appendFile, appendFileSync, readFile, readFileSync, writeFile, writeFileSync, openAsBlob,
} = require('internal/fs/read_write');
const { cp, cpSync } = require('internal/fs/cp');
const { Dir, opendir, opendirSync } = require('internal/fs/dir');
const { realpath, realpathSync } = require('internal/fs/realpath');
const {
  read, readSync, readv, readvSync, write, writeSync, writev, writevSync,
} = require('internal/fs/fd_io');
const { watch, watchFile, unwatchFile } = require('internal/fs/watchers');

// fs.ReadStream and friends come from internal/fs/streams, loaded on first use.
function lazyStream(name) {
  return function(...args) {
    return Reflect.apply(require('internal/fs/streams')[name], this, args);
  };
}

const fs = module.exports = {
  appendFile,
  appendFileSync,
  access,
  accessSync,
  chown,
  chownSync,
  chmod,
  chmodSync,
  close,
  closeSync,
  copyFile,
  copyFileSync,
  cp,
  cpSync,
  createReadStream: lazyStream('createReadStream'),
  createWriteStream: lazyStream('createWriteStream'),
  exists,
  existsSync,
  fchown,
  fchownSync,
  fchmod,
  fchmodSync,
  fdatasync,
  fdatasyncSync,
  fstat,
  fstatSync,
  fsync,
  fsyncSync,
  ftruncate,
  ftruncateSync,
  futimes,
  futimesSync,
  lchown,
  lchownSync,
  lchmod: undefined,
  lchmodSync: undefined,
  link,
  linkSync,
  lstat,
  lstatSync,
  lutimes,
  lutimesSync,
  mkdir,
  mkdirSync,
  mkdtemp,
  mkdtempSync,
  open,
  openSync,
  openAsBlob,
  readdir,
  readdirSync,
  read,
  readSync,
  readv,
  readvSync,
  readFile,
  readFileSync,
  readlink,
  readlinkSync,
  realpath,
  realpathSync,
  rename,
  renameSync,
  rm,
  rmSync,
  rmdir,
  rmdirSync,
  stat,
  statfs,
  statSync,
  statfsSync,
  symlink,
  symlinkSync,
  truncate,
  truncateSync,
  unwatchFile,
  unlink,
  unlinkSync,
  utimes,
  utimesSync,
  watch,
  watchFile,
  writeFile,
  writeFileSync,
  write,
  writeSync,
  writev,
  writevSync,
  Dirent,
  Stats,
};

function lazyStreamProperty(name) {
  let value;
  return {
    __proto__: null,
    enumerable: true,
    configurable: true,
    get() {
      value ??= require('internal/fs/streams')[name];
      return value;
    },
    set(v) {
      value = v;
    },
  };
}

Object.defineProperties(fs, {
  ReadStream: lazyStreamProperty('ReadStream'),
  WriteStream: lazyStreamProperty('WriteStream'),
  FileReadStream: lazyStreamProperty('ReadStream'),
  FileWriteStream: lazyStreamProperty('WriteStream'),
  _toUnixTimestamp: {
    __proto__: null, value: toUnixTimestamp, writable: true, enumerable: true, configurable: true,
  },
  Dir: { __proto__: null, value: Dir, writable: true, enumerable: true, configurable: true },
  opendir: { __proto__: null, value: opendir, writable: true, enumerable: true, configurable: true },
  opendirSync: {
    __proto__: null, value: opendirSync, writable: true, enumerable: true, configurable: true,
  },
  F_OK: { __proto__: null, enumerable: true, value: F_OK },
  R_OK: { __proto__: null, enumerable: true, value: R_OK },
  W_OK: { __proto__: null, enumerable: true, value: W_OK },
  X_OK: { __proto__: null, enumerable: true, value: X_OK },
  constants: { __proto__: null, configurable: false, enumerable: true, value: constants },
  promises: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return require('internal/fs/promises').exports;
    },
  },
});
