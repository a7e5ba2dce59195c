'use strict';

// fs.rm / fs.rmSync (and the deprecated recursive rmdir): removal of files and
// whole trees over the binding's lstat, unlink, rmdir and readdir, retrying busy
// entries like Node (maxRetries, retryDelay).

const {
  codes: { ERR_FS_EISDIR },
} = require('internal/errors');
const { sleep } = require('internal/util');
const {
  binding,
  constants: { S_IFMT, S_IFDIR },
  getStatsFromBinding,
  makeReq,
  pathForBinding,
  validateRmOptionsShape,
} = require('internal/fs/utils');
const { os: { errno: { EISDIR } } } = internalBinding('constants');

const notEmptyErrorCodes = new Set(['ENOTEMPTY', 'EEXIST', 'EPERM']);
const retryErrorCodes = new Set(['EBUSY', 'EMFILE', 'ENFILE', 'ENOTEMPTY', 'EPERM']);

function isDirectoryStats(stats) {
  return (Number(stats[1]) & S_IFMT) === S_IFDIR;
}

function eisdir(path) {
  return new ERR_FS_EISDIR({
    code: 'EISDIR',
    message: 'is a directory',
    path: pathForBinding(path),
    syscall: 'rm',
    errno: EISDIR,
  });
}

// Returns the options, or false when expectDir is set and path is not a directory.
function validateRmOptionsSync(path, options, expectDir) {
  options = validateRmOptionsShape(options);
  if (!options.force || expectDir) {
    const stats = binding.lstat(pathForBinding(path), false, undefined, !options.force);
    if (stats !== undefined) {
      const isDirectory = isDirectoryStats(stats);
      if (expectDir && !isDirectory) return false;
      if (isDirectory && !options.recursive) throw eisdir(path);
    }
  }
  return options;
}

function validateRmOptions(path, options, expectDir, cb) {
  options = validateRmOptionsShape(options);
  binding.lstat(pathForBinding(path), false, makeReq((err, stats) => {
    if (err) {
      if (options.force && err.code === 'ENOENT') return cb(null, options);
      return cb(err, options);
    }
    const isDirectory = isDirectoryStats(stats);
    if (expectDir && !isDirectory) return cb(false);
    if (isDirectory && !options.recursive) return cb(eisdir(path));
    cb(null, options);
  }));
}

// ---- Synchronous ------------------------------------------------------------------

function retrySync(fn, options) {
  const tries = options.maxRetries + 1;
  for (let i = 1; i <= tries; i++) {
    try {
      return fn();
    } catch (err) {
      if (!retryErrorCodes.has(err.code) || i === tries) throw err;
      sleep(i * options.retryDelay);
    }
  }
}

function rimrafSync(path, options) {
  path = pathForBinding(path);
  let stats;
  try {
    stats = getStatsFromBinding(binding.lstat(path, false));
  } catch (err) {
    if (err.code === 'ENOENT') return;
    throw err;
  }
  try {
    if (stats.isDirectory()) {
      rmdirTreeSync(path, options, null);
    } else {
      retrySync(() => binding.unlink(path), options);
    }
  } catch (err) {
    if (err.code === 'ENOENT') return;
    if (err.code === 'EPERM') return rmdirTreeSync(path, options, err);
    if (err.code !== 'EISDIR') throw err;
    rmdirTreeSync(path, options, err);
  }
}

function rmdirTreeSync(path, options, originalErr) {
  try {
    binding.rmdir(path);
    return;
  } catch (err) {
    if (err.code === 'ENOENT') return;
    if (err.code === 'ENOTDIR') throw originalErr || err;
    if (!notEmptyErrorCodes.has(err.code)) throw originalErr || err;
  }
  for (const child of binding.readdir(path, false, false)) {
    rimrafSync(`${path}/${child}`, options);
  }
  try {
    retrySync(() => binding.rmdir(path), options);
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
  }
}

// ---- Callback form -----------------------------------------------------------------

function retry(fn, options, callback) {
  let attempt = 0;
  const run = () => {
    fn((err) => {
      if (err && retryErrorCodes.has(err.code) && attempt < options.maxRetries) {
        attempt++;
        setTimeout(run, attempt * options.retryDelay);
        return;
      }
      callback(err);
    });
  };
  run();
}

function rimraf(path, options, callback) {
  path = pathForBinding(path);
  binding.lstat(path, false, makeReq((err, stats) => {
    if (err) {
      if (err.code === 'ENOENT') return callback(null);
      return callback(err);
    }
    const afterRemove = (err) => {
      if (!err || err.code === 'ENOENT') return callback(null);
      if (err.code === 'EPERM' || err.code === 'EISDIR') return rmdirTree(path, options, err, callback);
      callback(err);
    };
    if (isDirectoryStats(stats)) return rmdirTree(path, options, null, afterRemove);
    retry((cb) => binding.unlink(path, makeReq(cb)), options, afterRemove);
  }));
}

function rmdirTree(path, options, originalErr, callback) {
  binding.rmdir(path, makeReq((err) => {
    if (!err || err.code === 'ENOENT') return callback(null);
    if (err.code === 'ENOTDIR' || !notEmptyErrorCodes.has(err.code)) {
      return callback(originalErr || err);
    }
    binding.readdir(path, false, false, makeReq((err, children) => {
      if (err) return callback(err.code === 'ENOENT' ? null : err);
      let pending = children.length;
      let failed = null;
      const removeSelf = () => {
        if (failed) return callback(failed);
        retry((cb) => binding.rmdir(path, makeReq(cb)), options, (err) => {
          callback(err && err.code !== 'ENOENT' ? err : null);
        });
      };
      if (pending === 0) return removeSelf();
      for (const child of children) {
        rimraf(`${path}/${child}`, options, (err) => {
          failed ||= err;
          if (--pending === 0) removeSelf();
        });
      }
    }));
  }));
}

module.exports = {
  rimraf,
  rimrafSync,
  validateRmOptions,
  validateRmOptionsSync,
};
