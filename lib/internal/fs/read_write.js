'use strict';

// Whole-file I/O of the fs module: readFile, writeFile and appendFile in their
// callback and synchronous forms (encodings, flags, mode, flush, AbortSignal), and
// openAsBlob.

const {
  AbortError,
  codes: {
    ERR_FS_FILE_TOO_LARGE,
  },
} = require('internal/errors');
const {
  isUint32,
  parseFileMode,
  validateBoolean,
  validateFunction,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const { FastBuffer } = require('internal/buffer');
// FastBuffers get Buffer's methods (toString(encoding), ...) when lib/buffer.js loads;
// load it before handing any out, or fs.readFileSync(f).toString() is Uint8Array's.
require('buffer');
const {
  binding,
  constants: { S_IFMT, S_IFREG },
  copyObject,
  getOptions,
  getValidatedPath,
  kIoMaxLength,
  kReadFileUnknownBufferLength,
  makeReq,
  pathForBinding,
  stringToFlags,
  validateStringAfterArrayBufferView,
} = require('internal/fs/utils');

const isFd = isUint32;

function isUtf8(encoding) {
  return encoding === 'utf8' || encoding === 'utf-8';
}

function abortError(signal) {
  return new AbortError(undefined, { cause: signal?.reason });
}

// Size of a regular file from an fstat array, 0 for anything else (read to EOF).
function regularFileSize(stats) {
  return (Number(stats[1]) & S_IFMT) === S_IFREG ? Number(stats[8]) : 0;
}

function concatChunks(chunks, total) {
  const buffer = Buffer.allocUnsafe(total);
  let offset = 0;
  for (const chunk of chunks) {
    buffer.set(chunk, offset);
    offset += chunk.length;
  }
  return buffer;
}

// ---- readFile ----------------------------------------------------------------

function readFile(path, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { flag: 'r' });
  const encoding = options.encoding;
  const signal = options.signal;
  const userFd = isFd(path);
  if (!userFd) path = getValidatedPath(path);
  if (signal?.aborted) {
    process.nextTick(callback, abortError(signal));
    return;
  }
  const flags = stringToFlags(options.flag);

  let fd;
  const finish = (err, buffer) => {
    if (userFd) return done(err, buffer);
    binding.close(fd, makeReq((closeErr) => done(err || closeErr, buffer)));
  };
  const done = (err, buffer) => {
    if (err) return callback(err);
    let result = buffer;
    try {
      if (encoding) result = buffer.toString(encoding);
    } catch (e) {
      return callback(e);
    }
    callback(null, result);
  };

  const readAll = (size) => {
    if (size > kIoMaxLength) return finish(new ERR_FS_FILE_TOO_LARGE(size));
    const chunks = [];
    let total = 0;
    let buffer = size > 0 ? Buffer.allocUnsafeSlow(size) : null;
    const next = () => {
      if (signal?.aborted) return finish(abortError(signal));
      let target;
      let offset;
      let length;
      if (buffer !== null) {
        target = buffer;
        offset = total;
        length = size - total;
      } else {
        target = Buffer.allocUnsafeSlow(kReadFileUnknownBufferLength);
        offset = 0;
        length = target.length;
      }
      binding.read(fd, target, offset, length, -1, makeReq((err, bytesRead) => {
        if (err) return finish(err);
        if (buffer !== null) {
          total += bytesRead;
          if (bytesRead === 0 || total === size) {
            return finish(null, total === size ? buffer : buffer.subarray(0, total));
          }
          return next();
        }
        if (bytesRead === 0) return finish(null, concatChunks(chunks, total));
        chunks.push(bytesRead === target.length ? target : target.subarray(0, bytesRead));
        total += bytesRead;
        if (total > kIoMaxLength) return finish(new ERR_FS_FILE_TOO_LARGE(total));
        next();
      }));
    };
    next();
  };

  const afterOpen = () => {
    binding.fstat(fd, false, makeReq((err, stats) => {
      if (err) return finish(err);
      readAll(regularFileSize(stats));
    }));
  };

  if (userFd) {
    fd = path;
    afterOpen();
    return;
  }
  binding.open(pathForBinding(path), flags, 0o666, makeReq((err, result) => {
    if (err) return callback(err);
    fd = result;
    afterOpen();
  }));
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const userFd = isFd(path);
  if (isUtf8(options.encoding)) {
    if (!userFd) path = pathForBinding(getValidatedPath(path));
    return binding.readFileUtf8(path, stringToFlags(options.flag));
  }
  if (!userFd) path = pathForBinding(getValidatedPath(path));
  const bytes = binding.readFileBytes(path, stringToFlags(options.flag));
  const buffer = new FastBuffer(bytes.buffer, 0, bytes.length);
  if (options.encoding) return buffer.toString(options.encoding);
  return buffer;
}

// ---- writeFile, appendFile --------------------------------------------------------

function toBytes(data, encoding) {
  if (isArrayBufferView(data)) return data;
  validateStringAfterArrayBufferView(data, 'data');
  return Buffer.from(data, encoding || 'utf8');
}

function asUint8(view) {
  return view instanceof Uint8Array ? view :
    new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function writeFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  const bytes = asUint8(toBytes(data, options.encoding));
  const signal = options.signal;
  const userFd = isFd(path);
  if (!userFd) path = getValidatedPath(path);
  if (signal?.aborted) {
    process.nextTick(callback, abortError(signal));
    return;
  }

  const writeAll = (fd) => {
    let offset = 0;
    const finish = (err) => {
      if (userFd) return callback(err ?? null);
      binding.close(fd, makeReq((closeErr) => callback(err || closeErr || null)));
    };
    const next = () => {
      if (signal?.aborted) return finish(abortError(signal));
      if (offset >= bytes.byteLength) {
        if (!flush) return finish(null);
        return binding.fsync(fd, makeReq((err) => finish(err)));
      }
      binding.writeBuffer(fd, bytes, offset, bytes.byteLength - offset, null,
                          makeReq((err, written) => {
                            if (err) return finish(err);
                            offset += written;
                            next();
                          }));
    };
    next();
  };

  if (userFd) {
    writeAll(path);
    return;
  }
  const flags = stringToFlags(options.flag || 'w');
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  binding.open(pathForBinding(path), flags, mode, makeReq((err, fd) => {
    if (err) return callback(err);
    writeAll(fd);
  }));
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w', flush: false });
  const flush = options.flush ?? false;
  validateBoolean(flush, 'options.flush');
  const flag = options.flag || 'w';
  const userFd = isFd(path);
  if (typeof data === 'string' && isUtf8(options.encoding ?? 'utf8') && !flush) {
    if (!userFd) path = pathForBinding(getValidatedPath(path));
    binding.writeFileUtf8(path, data, stringToFlags(flag),
                          parseFileMode(options.mode, 'mode', 0o666));
    return;
  }
  const bytes = asUint8(toBytes(data, options.encoding));
  let fd;
  if (userFd) {
    fd = path;
  } else {
    path = getValidatedPath(path);
    fd = binding.open(pathForBinding(path), stringToFlags(flag),
                      parseFileMode(options.mode, 'mode', 0o666));
  }
  try {
    let offset = 0;
    while (offset < bytes.byteLength) {
      offset += binding.writeBuffer(fd, bytes, offset, bytes.byteLength - offset, null);
    }
    if (flush) binding.fsync(fd);
  } finally {
    if (!userFd) binding.close(fd);
  }
}

function appendOptions(path, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  options = copyObject(options);
  if (!options.flag || isFd(path)) options.flag = 'a';
  return options;
}

function appendFile(path, data, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  writeFile(path, data, appendOptions(path, options), callback);
}

function appendFileSync(path, data, options) {
  writeFileSync(path, data, appendOptions(path, options));
}

// A Blob of the file's current contents (Node's is lazy; this one reads at once).
async function openAsBlob(path, options = {}) {
  path = getValidatedPath(path);
  const { validateObject, validateString } = require('internal/validators');
  validateObject(options, 'options');
  const type = options.type || '';
  validateString(type, 'options.type');
  const { Blob } = require('buffer');
  if (typeof Blob !== 'function') {
    const { ERR_METHOD_NOT_IMPLEMENTED } = require('internal/errors').codes;
    throw new ERR_METHOD_NOT_IMPLEMENTED('openAsBlob() (needs buffer.Blob)');
  }
  return new Blob([readFileSync(path)], { type });
}

module.exports = {
  appendFile,
  appendFileSync,
  openAsBlob,
  readFile,
  readFileSync,
  writeFile,
  writeFileSync,
};
