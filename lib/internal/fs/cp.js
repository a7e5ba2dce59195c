'use strict';

// fs.cp, fs.cpSync and fs/promises.cp. The copy is written once, as a generator that
// yields each file-system step ([op, ...args]); a synchronous driver runs the steps
// with the xxxSync functions and an asynchronous one awaits fs/promises.

const {
  codes: {
    ERR_FS_CP_DIR_TO_NON_DIR,
    ERR_FS_CP_EEXIST,
    ERR_FS_CP_EINVAL,
    ERR_FS_CP_FIFO_PIPE,
    ERR_FS_CP_NON_DIR_TO_DIR,
    ERR_FS_CP_SOCKET,
    ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
    ERR_FS_CP_UNKNOWN,
    ERR_FS_EISDIR,
    ERR_INVALID_RETURN_VALUE,
  },
} = require('internal/errors');
const { os: { errno: { EEXIST, EISDIR, EINVAL, ENOTDIR } } } = internalBinding('constants');
const { dirname, isAbsolute, join, parse, resolve, sep } = require('path');
const {
  getValidatedPath,
  makeCallback,
  pathForBinding,
  validateCpOptions,
} = require('internal/fs/utils');

function cpError(Ctor, message, path, errno, code) {
  return new Ctor({ message, path, syscall: 'cp', errno, code });
}

function isSrcSubdir(src, dest) {
  const srcArr = resolve(src).split(sep).filter(Boolean);
  const destArr = resolve(dest).split(sep).filter(Boolean);
  return srcArr.every((cur, i) => destArr[i] === cur);
}

function areIdentical(srcStat, destStat) {
  return destStat.ino && destStat.dev && destStat.ino === srcStat.ino &&
    destStat.dev === srcStat.dev;
}

function* getStatsForPaths(src, dest, opts) {
  const op = opts.dereference ? 'stat' : 'lstat';
  const srcStat = yield [op, src];
  let destStat = null;
  try {
    destStat = yield [op, dest];
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
  }
  return { srcStat, destStat };
}

function* checkPaths(src, dest, opts) {
  if (opts.filter && !(yield ['filter', src, dest])) return { skipped: true };
  const { srcStat, destStat } = yield* getStatsForPaths(src, dest, opts);
  if (destStat) {
    if (areIdentical(srcStat, destStat)) {
      throw cpError(ERR_FS_CP_EINVAL, 'src and dest cannot be the same', dest, EINVAL, 'EINVAL');
    }
    if (srcStat.isDirectory() && !destStat.isDirectory()) {
      throw cpError(ERR_FS_CP_DIR_TO_NON_DIR,
                    `cannot overwrite non-directory ${dest} with directory ${src}`,
                    dest, EISDIR, 'EISDIR');
    }
    if (!srcStat.isDirectory() && destStat.isDirectory()) {
      throw cpError(ERR_FS_CP_NON_DIR_TO_DIR,
                    `cannot overwrite directory ${dest} with non-directory ${src}`,
                    dest, ENOTDIR, 'ENOTDIR');
    }
  }
  if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
    throw cpError(ERR_FS_CP_EINVAL, `cannot copy ${src} to a subdirectory of self ${dest}`,
                  dest, EINVAL, 'EINVAL');
  }
  return { srcStat, destStat, skipped: false };
}

function* checkParentPaths(src, srcStat, dest) {
  const srcParent = resolve(dirname(src));
  const destParent = resolve(dirname(dest));
  if (destParent === srcParent || destParent === parse(destParent).root) return;
  let destStat;
  try {
    destStat = yield ['stat', destParent];
  } catch (err) {
    if (err.code === 'ENOENT') return;
    throw err;
  }
  if (areIdentical(srcStat, destStat)) {
    throw cpError(ERR_FS_CP_EINVAL, `cannot copy ${src} to a subdirectory of self ${dest}`,
                  dest, EINVAL, 'EINVAL');
  }
  yield* checkParentPaths(src, srcStat, destParent);
}

function* copyItem(destStat, src, dest, opts) {
  const srcStat = yield [opts.dereference ? 'stat' : 'lstat', src];
  if (srcStat.isDirectory() && opts.recursive) return yield* onDir(srcStat, destStat, src, dest, opts);
  if (srcStat.isDirectory()) {
    throw cpError(ERR_FS_EISDIR, `${src} is a directory (not copied)`, src, EINVAL, 'EISDIR');
  }
  if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
    return yield* onFile(srcStat, destStat, src, dest, opts);
  }
  if (srcStat.isSymbolicLink()) return yield* onLink(destStat, src, dest, opts);
  if (srcStat.isSocket()) {
    throw cpError(ERR_FS_CP_SOCKET, `cannot copy a socket file: ${dest}`, dest, EINVAL, 'EINVAL');
  }
  if (srcStat.isFIFO()) {
    throw cpError(ERR_FS_CP_FIFO_PIPE, `cannot copy a FIFO pipe: ${dest}`, dest, EINVAL, 'EINVAL');
  }
  throw cpError(ERR_FS_CP_UNKNOWN, `cannot copy an unknown file type: ${dest}`, dest, EINVAL,
                'EINVAL');
}

function* onFile(srcStat, destStat, src, dest, opts) {
  if (destStat) {
    if (opts.force) {
      yield ['unlink', dest];
    } else if (opts.errorOnExist) {
      throw cpError(ERR_FS_CP_EEXIST, `${dest} already exists`, dest, EEXIST, 'EEXIST');
    } else {
      return;
    }
  }
  yield ['copyFile', src, dest, opts.mode];
  const mode = Number(srcStat.mode);
  if (opts.preserveTimestamps) {
    // A read-only file must be made writable before its times can be set.
    if ((mode & 0o200) === 0) yield ['chmod', dest, mode | 0o200];
    const updated = yield ['stat', src];
    yield ['utimes', dest, updated.atime, updated.mtime];
  }
  yield ['chmod', dest, mode];
}

function* onDir(srcStat, destStat, src, dest, opts) {
  if (!destStat) {
    yield ['mkdir', dest];
    yield* copyDir(src, dest, opts);
    yield ['chmod', dest, Number(srcStat.mode)];
    return;
  }
  yield* copyDir(src, dest, opts);
}

function* copyDir(src, dest, opts) {
  const names = yield ['readdir', src];
  for (const name of names) {
    const srcItem = join(src, name);
    const destItem = join(dest, name);
    const { destStat, skipped } = yield* checkPaths(srcItem, destItem, opts);
    if (!skipped) yield* copyItem(destStat, srcItem, destItem, opts);
  }
}

function* onLink(destStat, src, dest, opts) {
  let resolvedSrc = yield ['readlink', src];
  if (!opts.verbatimSymlinks && !isAbsolute(resolvedSrc)) {
    resolvedSrc = resolve(dirname(src), resolvedSrc);
  }
  if (!destStat) return yield ['symlink', resolvedSrc, dest];
  let resolvedDest;
  try {
    resolvedDest = yield ['readlink', dest];
  } catch (err) {
    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') {
      return yield ['symlink', resolvedSrc, dest];
    }
    throw err;
  }
  if (!isAbsolute(resolvedDest)) resolvedDest = resolve(dirname(dest), resolvedDest);
  if (isSrcSubdir(resolvedSrc, resolvedDest)) {
    throw cpError(ERR_FS_CP_EINVAL,
                  `cannot copy ${resolvedSrc} to a subdirectory of self ${resolvedDest}`,
                  dest, EINVAL, 'EINVAL');
  }
  if ((yield ['stat', dest]).isDirectory() && isSrcSubdir(resolvedDest, resolvedSrc)) {
    throw cpError(ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY,
                  `cannot overwrite ${resolvedDest} with ${resolvedSrc}`, dest, EINVAL, 'EINVAL');
  }
  yield ['unlink', dest];
  yield ['symlink', resolvedSrc, dest];
}

function* cpSteps(src, dest, opts) {
  const { srcStat, destStat, skipped } = yield* checkPaths(src, dest, opts);
  if (skipped) return;
  yield* checkParentPaths(src, srcStat, dest);
  const destParent = dirname(dest);
  if (!(yield ['exists', destParent])) yield ['mkdirp', destParent];
  yield* copyItem(destStat, src, dest, opts);
}

// ---- Drivers ------------------------------------------------------------------------

function syncStep(fs, opts, [op, a, b, c]) {
  switch (op) {
    case 'filter': {
      const result = opts.filter(a, b);
      if (result != null && typeof result.then === 'function') {
        throw new ERR_INVALID_RETURN_VALUE('boolean', 'filter', result);
      }
      return result;
    }
    case 'stat': return fs.statSync(a, { bigint: true });
    case 'lstat': return fs.lstatSync(a, { bigint: true });
    case 'exists': return fs.existsSync(a);
    case 'mkdirp': return fs.mkdirSync(a, { recursive: true });
    case 'mkdir': return fs.mkdirSync(a);
    case 'readdir': return fs.readdirSync(a);
    case 'readlink': return fs.readlinkSync(a);
    case 'symlink': return fs.symlinkSync(a, b);
    case 'unlink': return fs.unlinkSync(a);
    case 'copyFile': return fs.copyFileSync(a, b, c);
    case 'chmod': return fs.chmodSync(a, b);
    case 'utimes': return fs.utimesSync(a, b, c);
  }
}

async function asyncStep(fsp, opts, [op, a, b, c]) {
  switch (op) {
    case 'filter': return opts.filter(a, b);
    case 'stat': return fsp.stat(a, { bigint: true });
    case 'lstat': return fsp.lstat(a, { bigint: true });
    case 'exists': return fsp.access(a).then(() => true, () => false);
    case 'mkdirp': return fsp.mkdir(a, { recursive: true });
    case 'mkdir': return fsp.mkdir(a);
    case 'readdir': return fsp.readdir(a);
    case 'readlink': return fsp.readlink(a);
    case 'symlink': return fsp.symlink(a, b);
    case 'unlink': return fsp.unlink(a);
    case 'copyFile': return fsp.copyFile(a, b, c);
    case 'chmod': return fsp.chmod(a, b);
    case 'utimes': return fsp.utimes(a, b, c);
  }
}

function runSync(gen, step) {
  let input;
  let failed = false;
  for (;;) {
    const { value, done } = failed ? gen.throw(input) : gen.next(input);
    if (done) return value;
    try {
      input = step(value);
      failed = false;
    } catch (err) {
      input = err;
      failed = true;
    }
  }
}

async function runAsync(gen, step) {
  let input;
  let failed = false;
  for (;;) {
    const { value, done } = failed ? gen.throw(input) : gen.next(input);
    if (done) return value;
    try {
      input = await step(value);
      failed = false;
    } catch (err) {
      input = err;
      failed = true;
    }
  }
}

function validatePaths(src, dest) {
  return [pathForBinding(getValidatedPath(src, 'src')), pathForBinding(getValidatedPath(dest, 'dest'))];
}

function cpSync(src, dest, options) {
  options = validateCpOptions(options);
  [src, dest] = validatePaths(src, dest);
  const fs = require('fs');
  runSync(cpSteps(src, dest, options), (step) => syncStep(fs, options, step));
}

async function cpPromise(src, dest, options) {
  options = validateCpOptions(options);
  [src, dest] = validatePaths(src, dest);
  const fsp = require('internal/fs/promises').exports;
  await runAsync(cpSteps(src, dest, options), (step) => asyncStep(fsp, options, step));
}

function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  callback = makeCallback(callback);
  options = validateCpOptions(options);
  [src, dest] = validatePaths(src, dest);
  const fsp = require('internal/fs/promises').exports;
  runAsync(cpSteps(src, dest, options), (step) => asyncStep(fsp, options, step))
    .then(() => callback(null), callback);
}

module.exports = { cp, cpSync, cpPromise };
