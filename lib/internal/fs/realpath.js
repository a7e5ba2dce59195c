'use strict';

// fs.realpath and fs.realpathSync (Node's walk: one component at a time with lstat,
// links followed with stat + readlink, so errors name the failing component), and
// their .native forms over the binding's uv_fs_realpath.

const pathModule = require('path');
const {
  binding,
  constants: { S_IFMT, S_IFLNK, S_IFIFO, S_IFSOCK },
  encodeName,
  getOptions,
  getValidatedPath,
  makeCallback,
  makeReq,
  pathForBinding,
  toPathIfFileURL,
  validatePath,
  wantsBytes,
} = require('internal/fs/utils');

function nameCallback(callback, encoding) {
  return (err, name) => {
    if (err) return callback(err);
    callback(null, encodeName(name, encoding));
  };
}

// Node's realpath: walks the path one component at a time with lstat, following
// links with readlink, so errors name the component (`lstat '/missing'`). Like Node,
// once a link resolves to a pipe or socket (/dev/stdin, /proc/self/fd/N) the walk
// stops there and returns the path as resolved so far.
function isPipeOrSocket(mode) {
  const type = Number(mode) & S_IFMT;
  return type === S_IFIFO || type === S_IFSOCK;
}

function realpathSync(p, options) {
  options = getOptions(options);
  p = toPathIfFileURL(p);
  if (typeof p !== 'string') p += '';
  validatePath(p);
  p = pathModule.resolve(p);
  const seenLinks = new Map();
  const knownHard = new Set();
  let lastMode = 0;  // mode from the latest lstat/stat, as Node's shared stat array
  let current = '/';
  let base = '/';
  let pos = 1;
  while (pos < p.length) {
    const slash = p.indexOf('/', pos);
    const previous = current;
    if (slash === -1) {
      const last = p.slice(pos);
      current += last;
      base = previous + last;
      pos = p.length;
    } else {
      current += p.slice(pos, slash + 1);
      base = previous + p.slice(pos, slash);
      pos = slash + 1;
    }
    if (knownHard.has(base)) {
      if (isPipeOrSocket(lastMode)) break;
      continue;
    }
    const stats = binding.lstat(base, true, undefined);
    lastMode = stats[1];
    if ((Number(stats[1]) & S_IFMT) !== S_IFLNK) {
      knownHard.add(base);
      continue;
    }
    const id = `${stats[0].toString(32)}:${stats[7].toString(32)}`;
    let linkTarget = seenLinks.get(id);
    if (linkTarget === undefined) {
      lastMode = binding.stat(base, false, undefined)[1];
      linkTarget = binding.readlink(base, false, undefined);
      seenLinks.set(id, linkTarget);
    }
    const resolvedLink = pathModule.resolve(previous, linkTarget);
    p = pathModule.resolve(resolvedLink, p.slice(pos));
    current = base = '/';
    pos = 1;
  }
  return encodeName(p, options.encoding);
}

realpathSync.native = (path, options) => {
  options = getOptions(options);
  path = getValidatedPath(path);
  const name = binding.realpath(pathForBinding(path), wantsBytes(options.encoding));
  return encodeName(name, options.encoding);
};

function realpath(p, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  p = toPathIfFileURL(p);
  if (typeof p !== 'string') p += '';
  validatePath(p);
  p = pathModule.resolve(p);
  const seenLinks = new Map();
  const knownHard = new Set();
  let lastMode = 0;  // mode from the latest lstat/stat, as Node's shared stat array
  let current = '/';
  let base = '/';
  let pos = 1;
  const step = () => {
    if (pos >= p.length) return callback(null, encodeName(p, options.encoding));
    const slash = p.indexOf('/', pos);
    const previous = current;
    if (slash === -1) {
      const last = p.slice(pos);
      current += last;
      base = previous + last;
      pos = p.length;
    } else {
      current += p.slice(pos, slash + 1);
      base = previous + p.slice(pos, slash);
      pos = slash + 1;
    }
    if (knownHard.has(base)) {
      if (isPipeOrSocket(lastMode)) return callback(null, encodeName(p, options.encoding));
      return step();
    }
    binding.lstat(base, true, makeReq((err, stats) => {
      if (err) return callback(err);
      lastMode = stats[1];
      if ((Number(stats[1]) & S_IFMT) !== S_IFLNK) {
        knownHard.add(base);
        return step();
      }
      const id = `${stats[0].toString(32)}:${stats[7].toString(32)}`;
      const follow = (target) => {
        p = pathModule.resolve(pathModule.resolve(previous, target), p.slice(pos));
        current = base = '/';
        pos = 1;
        step();
      };
      if (seenLinks.has(id)) return follow(seenLinks.get(id));
      binding.stat(base, false, makeReq((err, targetStats) => {
        if (err) return callback(err);
        lastMode = targetStats[1];
        binding.readlink(base, false, makeReq((err, target) => {
          if (err) return callback(err);
          seenLinks.set(id, target);
          follow(target);
        }));
      }));
    }));
  };
  step();
}

realpath.native = (path, options, callback) => {
  callback = makeCallback(callback || options);
  options = getOptions(options);
  path = getValidatedPath(path);
  binding.realpath(pathForBinding(path), wantsBytes(options.encoding),
                   makeReq(nameCallback(callback, options.encoding)));
};

module.exports = { realpath, realpathSync };
