'use strict';
// The path module: POSIX and Windows path manipulation with Node's exact results,
// including its long-standing quirks (trailing separators, '..' above the root,
// UNC and device roots, drive-relative paths).

const { validateObject, validateString } = require('internal/validators');

let glob;
function matchesGlob(path, pattern, windows) {
  require('internal/util').emitExperimentalWarning('glob');
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  glob ??= require('internal/path/glob');
  return glob.matchesGlob(path, pattern, windows);
}

const SLASH = 47; // '/'
const BACKSLASH = 92; // '\'
const DOT = 46; // '.'
const COLON = 58; // ':'

function isPosixSep(code) {
  return code === SLASH;
}

function isWinSep(code) {
  return code === SLASH || code === BACKSLASH;
}

function isDriveLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function hasDrive(path) {
  return path.length >= 2 && path.charCodeAt(1) === COLON &&
    isDriveLetter(path.charCodeAt(0));
}

// Names that Windows opens as devices whatever the directory ("CON:", "LPT1:").
const WINDOWS_RESERVED_NAMES = new Set([
  'CON', 'PRN', 'AUX', 'NUL',
  'COM1', 'COM2', 'COM3', 'COM4', 'COM5', 'COM6', 'COM7', 'COM8', 'COM9',
  'LPT1', 'LPT2', 'LPT3', 'LPT4', 'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9',
  'COM\u00b9', 'COM\u00b2', 'COM\u00b3', 'LPT\u00b9', 'LPT\u00b2', 'LPT\u00b3',
]);

// Node looks at everything before `colonIndex`; with no colon (-1) that is all
// but the last character, so normalize('CONx') gives '.\CONx' too.
function isWindowsReservedName(path, colonIndex) {
  return WINDOWS_RESERVED_NAMES.has(path.slice(0, colonIndex).toUpperCase());
}

// Resolves '.' and '..' segments of a root-less path and drops empty segments.
// '..' that would climb above the start is kept only when allowAboveRoot is set.
function normalizeSegments(path, allowAboveRoot, sep, isSep) {
  const out = [];
  let ups = 0; // leading '..' entries of out, which a later '..' cannot cancel
  let start = 0;
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length && !isSep(path.charCodeAt(i))) continue;
    const len = i - start;
    if (len === 2 && path.charCodeAt(start) === DOT &&
        path.charCodeAt(start + 1) === DOT) {
      if (out.length > ups) {
        out.pop();
      } else if (allowAboveRoot) {
        out.push('..');
        ups++;
      }
    } else if (len > 0 && !(len === 1 && path.charCodeAt(start) === DOT)) {
      out.push(path.slice(start, i));
    }
    start = i + 1;
  }
  return out.join(sep);
}

// Scans backwards from the end of `path` (not below index `stop`) for the last
// run of non-separators and the extension in it. `partStart` is the value to
// report when no separator precedes that run. Returns [partStart, end, extStart]
// where end is -1 when there is no such run and extStart === end when the part
// has no extension ('.bashrc', '..', 'file').
function scanLastPart(path, stop, partStart, isSep) {
  let end = -1;
  let dot = -1;
  // What precedes the last dot: 0 nothing, 1 a leading dot, -1 anything else.
  let beforeDot = 0;
  for (let i = path.length - 1; i >= stop; i--) {
    const code = path.charCodeAt(i);
    if (isSep(code)) {
      if (end !== -1) {
        partStart = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) end = i + 1;
    if (code === DOT) {
      if (dot === -1) dot = i;
      else if (beforeDot !== 1) beforeDot = 1;
    } else if (dot !== -1) {
      beforeDot = -1;
    }
  }
  const noExt = dot === -1 || end === -1 || beforeDot === 0 ||
    (beforeDot === 1 && dot === end - 1 && dot === partStart + 1);
  return [partStart, end, noExt ? end : dot];
}

// basename() for both flavours; `start` skips a drive ('C:') on Windows.
function basenameOf(path, suffix, start, isSep) {
  let end = -1;
  let inTrailingSeps = true;
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    if (suffix === path) return '';
    // Match the suffix against the end of the last part while finding it; a
    // mismatch ends the part where it ends, a full match ends it before the suffix.
    let suffixIdx = suffix.length - 1;
    let partEnd = -1;
    for (let i = path.length - 1; i >= start; i--) {
      const code = path.charCodeAt(i);
      if (isSep(code)) {
        if (!inTrailingSeps) {
          start = i + 1;
          break;
        }
        continue;
      }
      if (partEnd === -1) {
        inTrailingSeps = false;
        partEnd = i + 1;
      }
      if (suffixIdx >= 0) {
        if (code === suffix.charCodeAt(suffixIdx)) {
          if (--suffixIdx === -1) end = i;
        } else {
          suffixIdx = -1;
          end = partEnd;
        }
      }
    }
    if (start === end) end = partEnd;
    else if (end === -1) end = path.length;
    return path.slice(start, end);
  }
  for (let i = path.length - 1; i >= start; i--) {
    if (isSep(path.charCodeAt(i))) {
      if (!inTrailingSeps) {
        start = i + 1;
        break;
      }
    } else if (end === -1) {
      inTrailingSeps = false;
      end = i + 1;
    }
  }
  return end === -1 ? '' : path.slice(start, end);
}

function formatPath(sep, pathObject) {
  validateObject(pathObject, 'pathObject');
  const dir = pathObject.dir || pathObject.root;
  let base = pathObject.base;
  if (!base) {
    const ext = pathObject.ext;
    const dottedExt = ext ? (ext[0] === '.' ? ext : `.${ext}`) : '';
    base = `${pathObject.name || ''}${dottedExt}`;
  }
  if (!dir) return base;
  return dir === pathObject.root ? `${dir}${base}` : `${dir}${sep}${base}`;
}

// Matches "\\server\share" at the start of a Windows path (either separator,
// runs of separators allowed). Returns null, or the server name, where the share
// name starts and where it ends (the path's length or a separator's index).
function matchUncRoot(path) {
  const len = path.length;
  if (len < 5 || !isWinSep(path.charCodeAt(0)) || !isWinSep(path.charCodeAt(1))) {
    return null;
  }
  let j = 2;
  while (j < len && !isWinSep(path.charCodeAt(j))) j++;
  if (j === 2 || j === len) return null;
  const server = path.slice(2, j);
  while (j < len && isWinSep(path.charCodeAt(j))) j++;
  if (j === len) return null;
  const shareStart = j;
  while (j < len && !isWinSep(path.charCodeAt(j))) j++;
  return { server, shareStart, shareEnd: j };
}

// The root of a Windows path as resolve() sees it: device is 'C:', '\\server\share',
// '\\.' or '\\?' (or ''), rootEnd is where the rest of the path starts.
function win32Root(path) {
  const len = path.length;
  const code = path.charCodeAt(0);
  if (isWinSep(code)) {
    if (len > 1 && isWinSep(path.charCodeAt(1))) {
      const unc = matchUncRoot(path);
      if (unc === null) return { device: '', rootEnd: 0, isAbsolute: true };
      if (unc.server === '.' || unc.server === '?') {
        return { device: `\\\\${unc.server}`, rootEnd: 4, isAbsolute: true };
      }
      return {
        device: `\\\\${unc.server}\\${path.slice(unc.shareStart, unc.shareEnd)}`,
        rootEnd: unc.shareEnd,
        isAbsolute: true,
      };
    }
    return { device: '', rootEnd: 1, isAbsolute: true };
  }
  if (hasDrive(path)) {
    const isAbsolute = len > 2 && isWinSep(path.charCodeAt(2));
    return { device: path.slice(0, 2), rootEnd: isAbsolute ? 3 : 2, isAbsolute };
  }
  return { device: '', rootEnd: 0, isAbsolute: false };
}

// Where dirname() and parse() consider the root to end: after the separator that
// follows a drive or UNC share. Returns -1 when there is no root, and the path's
// length for a bare "\\server\share".
function win32RootEnd(path) {
  const code = path.charCodeAt(0);
  if (isWinSep(code)) {
    const unc = matchUncRoot(path);
    if (unc === null) return 1;
    return unc.shareEnd === path.length ? unc.shareEnd : unc.shareEnd + 1;
  }
  if (hasDrive(path)) {
    return path.length > 2 && isWinSep(path.charCodeAt(2)) ? 3 : 2;
  }
  return -1;
}

// The bounds of a resolved Windows path without its leading backslashes and
// trailing ones (one character always stays).
function trimBackslashes(path) {
  let start = 0;
  while (start < path.length && path.charCodeAt(start) === BACKSLASH) start++;
  let end = path.length;
  while (end - 1 > start && path.charCodeAt(end - 1) === BACKSLASH) end--;
  return [start, end];
}

// relative() for paths whose lower-case form changes length (some non-ASCII
// letters): compare whole segments case-insensitively instead of characters.
function relativeBySegments(fromOrig, toOrig) {
  const fromParts = fromOrig.split('\\');
  const toParts = toOrig.split('\\');
  if (fromParts[fromParts.length - 1] === '') fromParts.pop();
  if (toParts[toParts.length - 1] === '') toParts.pop();
  const length = Math.min(fromParts.length, toParts.length);
  let i = 0;
  while (i < length && fromParts[i].toLowerCase() === toParts[i].toLowerCase()) i++;
  if (i === 0) return toOrig;
  if (i === length) {
    if (toParts.length > length) return toParts.slice(i).join('\\');
    if (fromParts.length > length) return `${'..\\'.repeat(fromParts.length - 1 - i)}..`;
    return '';
  }
  return '..\\'.repeat(fromParts.length - i) + toParts.slice(i).join('\\');
}

const win32 = {
  resolve(...args) {
    let resolvedDevice = '';
    let resolvedTail = '';
    let resolvedAbsolute = false;

    // Walk right to left until both a device and an absolute path are known;
    // then fall back to the current directory (of that drive, when known).
    for (let i = args.length - 1; i >= -1; i--) {
      let path;
      if (i >= 0) {
        path = args[i];
        validateString(path, `paths[${i}]`);
        if (path.length === 0) continue;
      } else if (resolvedDevice.length === 0) {
        path = process.cwd();
      } else {
        path = process.env[`=${resolvedDevice}`] || process.cwd();
        // Use the drive's root unless that directory is on the same drive.
        if (path === undefined ||
            (path.slice(0, 2).toLowerCase() !== resolvedDevice.toLowerCase() &&
             path.charCodeAt(2) === BACKSLASH)) {
          path = `${resolvedDevice}\\`;
        }
      }

      const { device, rootEnd, isAbsolute } = win32Root(path);
      if (device.length > 0) {
        if (resolvedDevice.length === 0) {
          resolvedDevice = device;
        } else if (device.toLowerCase() !== resolvedDevice.toLowerCase()) {
          continue; // another drive: it does not contribute
        }
      }

      if (resolvedAbsolute) {
        if (resolvedDevice.length > 0) break;
      } else {
        resolvedTail = `${path.slice(rootEnd)}\\${resolvedTail}`;
        resolvedAbsolute = isAbsolute;
        if (isAbsolute && resolvedDevice.length > 0) break;
      }
    }

    resolvedTail = normalizeSegments(resolvedTail, !resolvedAbsolute, '\\', isWinSep);
    if (resolvedAbsolute) return `${resolvedDevice}\\${resolvedTail}`;
    return `${resolvedDevice}${resolvedTail}` || '.';
  },

  normalize(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return path === '/' ? '\\' : path;

    let device; // stays undefined when the path has no drive, share or device
    let rootEnd = 0;
    let isAbsolute = false;
    if (isWinSep(path.charCodeAt(0))) {
      isAbsolute = true;
      const unc = isWinSep(path.charCodeAt(1)) ? matchUncRoot(path) : null;
      if (unc !== null) {
        const share = path.slice(unc.shareStart, unc.shareEnd);
        if (unc.server === '.' || unc.server === '?') {
          device = `\\\\${unc.server}`;
          rootEnd = 4;
        } else if (unc.shareEnd === len) {
          return `\\\\${unc.server}\\${share}\\`;
        } else {
          device = `\\\\${unc.server}\\${share}`;
          rootEnd = unc.shareEnd;
        }
      } else if (!isWinSep(path.charCodeAt(1))) {
        rootEnd = 1;
      }
    } else {
      const colonIndex = path.indexOf(':');
      if (colonIndex === 1 && isDriveLetter(path.charCodeAt(0))) {
        device = path.slice(0, 2);
        rootEnd = 2;
        if (len > 2 && isWinSep(path.charCodeAt(2))) {
          isAbsolute = true;
          rootEnd = 3;
        }
      } else if (colonIndex > 0 && isWindowsReservedName(path, colonIndex)) {
        device = path.slice(0, colonIndex + 1);
        rootEnd = colonIndex + 1;
      }
    }

    let tail = rootEnd < len ?
      normalizeSegments(path.slice(rootEnd), !isAbsolute, '\\', isWinSep) : '';
    if (tail.length === 0 && !isAbsolute) tail = '.';
    if (tail.length > 0 && isWinSep(path.charCodeAt(len - 1))) tail += '\\';

    // A relative result must not start looking like a drive or a stream
    // ('a/../c:x' must not become 'c:x'): prefix it with '.\' (CVE-2024-36139).
    if (!isAbsolute && device === undefined && path.includes(':')) {
      if (hasDrive(tail)) return `.\\${tail}`;
      for (let i = path.indexOf(':'); i !== -1; i = path.indexOf(':', i + 1)) {
        if (i === len - 1 || isWinSep(path.charCodeAt(i + 1))) return `.\\${tail}`;
      }
    }
    if (isWindowsReservedName(path, path.indexOf(':'))) {
      return `.\\${device ?? ''}${tail}`;
    }
    if (device === undefined) return isAbsolute ? `\\${tail}` : tail;
    return isAbsolute ? `${device}\\${tail}` : `${device}${tail}`;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    if (path.length === 0) return false;
    return isWinSep(path.charCodeAt(0)) ||
      (path.length > 2 && hasDrive(path) && isWinSep(path.charCodeAt(2)));
  },

  join(...args) {
    let joined;
    let firstPart;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) {
        if (joined === undefined) joined = firstPart = arg;
        else joined += `\\${arg}`;
      }
    }
    if (joined === undefined) return '.';

    // Keep a leading '\\server' that the first argument spelled out; collapse any
    // other run of leading separators to one, so joining cannot invent a UNC root.
    const firstLooksUnc = firstPart.length > 2 && isWinSep(firstPart.charCodeAt(0)) &&
      isWinSep(firstPart.charCodeAt(1)) && !isWinSep(firstPart.charCodeAt(2));
    if (!firstLooksUnc) {
      let leading = 0;
      while (leading < joined.length && isWinSep(joined.charCodeAt(leading))) leading++;
      if (leading >= 2) joined = `\\${joined.slice(leading)}`;
    }
    return win32.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';

    const fromOrig = win32.resolve(from);
    const toOrig = win32.resolve(to);
    if (fromOrig === toOrig) return '';
    from = fromOrig.toLowerCase();
    to = toOrig.toLowerCase();
    if (from === to) return '';
    if (fromOrig.length !== from.length || toOrig.length !== to.length) {
      return relativeBySegments(fromOrig, toOrig);
    }

    const [fromStart, fromEnd] = trimBackslashes(from);
    let [toStart, toEnd] = trimBackslashes(to); // eslint-disable-line prefer-const
    const fromLen = fromEnd - fromStart;
    const toLen = toEnd - toStart;
    const length = Math.min(fromLen, toLen);

    let lastCommonSep = -1;
    let i = 0;
    for (; i < length; i++) {
      const code = from.charCodeAt(fromStart + i);
      if (code !== to.charCodeAt(toStart + i)) break;
      if (code === BACKSLASH) lastCommonSep = i;
    }

    if (i !== length) {
      if (lastCommonSep === -1) return toOrig; // different drives or servers
    } else {
      if (toLen > length) {
        // `from` is a directory above `to` ('c:\a' -> 'c:\a\b'), or a drive root.
        if (to.charCodeAt(toStart + i) === BACKSLASH) {
          return toOrig.slice(toStart + i + 1);
        }
        if (i === 2) return toOrig.slice(toStart + i);
      }
      if (fromLen > length) {
        if (from.charCodeAt(fromStart + i) === BACKSLASH) lastCommonSep = i;
        else if (i === 2) lastCommonSep = 3;
      }
      if (lastCommonSep === -1) lastCommonSep = 0;
    }

    let out = '';
    for (let k = fromStart + lastCommonSep + 1; k <= fromEnd; k++) {
      if (k === fromEnd || from.charCodeAt(k) === BACKSLASH) {
        out += out.length === 0 ? '..' : '\\..';
      }
    }
    toStart += lastCommonSep;
    if (out.length > 0) return `${out}${toOrig.slice(toStart, toEnd)}`;
    if (toOrig.charCodeAt(toStart) === BACKSLASH) toStart++;
    return toOrig.slice(toStart, toEnd);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const resolved = win32.resolve(path);
    if (resolved.length <= 2) return path;
    if (resolved.charCodeAt(0) === BACKSLASH) {
      if (resolved.charCodeAt(1) === BACKSLASH) {
        const code = resolved.charCodeAt(2);
        if (code !== 63 /* ? */ && code !== DOT) {
          return `\\\\?\\UNC\\${resolved.slice(2)}`;
        }
      }
    } else if (hasDrive(resolved) && resolved.charCodeAt(2) === BACKSLASH) {
      return `\\\\?\\${resolved}`;
    }
    return resolved;
  },

  dirname(path) {
    validateString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    if (len === 1) return isWinSep(path.charCodeAt(0)) ? path : '.';

    const rootEnd = win32RootEnd(path);
    if (rootEnd === len) return path; // only a root: C:  C:\  \\server\share
    let end = -1;
    let inTrailingSeps = true;
    for (let i = len - 1; i >= Math.max(rootEnd, 0); i--) {
      if (isWinSep(path.charCodeAt(i))) {
        if (!inTrailingSeps) {
          end = i;
          break;
        }
      } else {
        inTrailingSeps = false;
      }
    }
    if (end === -1) {
      if (rootEnd === -1) return '.';
      end = rootEnd;
    }
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return basenameOf(path, suffix, hasDrive(path) ? 2 : 0, isWinSep);
  },

  extname(path) {
    validateString(path, 'path');
    const start = hasDrive(path) ? 2 : 0;
    const [, end, extStart] = scanLastPart(path, start, start, isWinSep);
    return path.slice(extStart, end);
  },

  format: formatPath.bind(null, '\\'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return ret;

    const rootEnd = Math.max(win32RootEnd(path), 0);
    ret.root = path.slice(0, rootEnd);

    const [partStart, end, extStart] = scanLastPart(path, rootEnd, rootEnd, isWinSep);
    if (end !== -1) {
      ret.base = path.slice(partStart, end);
      ret.name = path.slice(partStart, extStart);
      ret.ext = path.slice(extStart, end);
    }
    ret.dir = partStart > 0 && partStart !== rootEnd ?
      path.slice(0, partStart - 1) : ret.root;
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlob(path, pattern, true);
  },

  sep: '\\',
  delimiter: ';',
  win32: null,
  posix: null,
  _makeLong: null,
};

const posix = {
  resolve(...args) {
    let resolved = '';
    let resolvedAbsolute = false;
    for (let i = args.length - 1; i >= 0 && !resolvedAbsolute; i--) {
      const path = args[i];
      validateString(path, `paths[${i}]`);
      if (path.length === 0) continue;
      resolved = `${path}/${resolved}`;
      resolvedAbsolute = path.charCodeAt(0) === SLASH;
    }
    if (!resolvedAbsolute) {
      const cwd = process.cwd();
      resolved = `${cwd}/${resolved}`;
      resolvedAbsolute = cwd.charCodeAt(0) === SLASH;
    }
    resolved = normalizeSegments(resolved, !resolvedAbsolute, '/', isPosixSep);
    if (resolvedAbsolute) return `/${resolved}`;
    return resolved.length > 0 ? resolved : '.';
  },

  normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const isAbsolute = path.charCodeAt(0) === SLASH;
    const trailingSep = path.charCodeAt(path.length - 1) === SLASH;
    let normalized = normalizeSegments(path, !isAbsolute, '/', isPosixSep);
    if (normalized.length === 0) {
      if (isAbsolute) return '/';
      return trailingSep ? './' : '.';
    }
    if (trailingSep) normalized += '/';
    return isAbsolute ? `/${normalized}` : normalized;
  },

  isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charCodeAt(0) === SLASH;
  },

  join(...args) {
    let joined;
    for (let i = 0; i < args.length; i++) {
      const arg = args[i];
      validateString(arg, 'path');
      if (arg.length > 0) joined = joined === undefined ? arg : `${joined}/${arg}`;
    }
    return joined === undefined ? '.' : posix.normalize(joined);
  },

  relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = posix.resolve(from);
    to = posix.resolve(to);
    if (from === to) return '';

    // Both are absolute and normalized: compare them segment by segment.
    const fromParts = from === '/' ? [] : from.slice(1).split('/');
    const toParts = to === '/' ? [] : to.slice(1).split('/');
    let common = 0;
    while (common < fromParts.length && common < toParts.length &&
           fromParts[common] === toParts[common]) {
      common++;
    }
    const ups = fromParts.length - common;
    const rest = toParts.slice(common).join('/');
    if (ups === 0) return rest;
    const up = ups === 1 ? '..' : `..${'/..'.repeat(ups - 1)}`;
    return rest.length > 0 ? `${up}/${rest}` : up;
  },

  toNamespacedPath(path) {
    return path; // meaningful on Windows only
  },

  dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    const hasRoot = path.charCodeAt(0) === SLASH;
    let end = -1;
    let inTrailingSeps = true;
    for (let i = path.length - 1; i >= 1; i--) {
      if (path.charCodeAt(i) === SLASH) {
        if (!inTrailingSeps) {
          end = i;
          break;
        }
      } else {
        inTrailingSeps = false;
      }
    }
    if (end === -1) return hasRoot ? '/' : '.';
    if (hasRoot && end === 1) return '//';
    return path.slice(0, end);
  },

  basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    return basenameOf(path, suffix, 0, isPosixSep);
  },

  extname(path) {
    validateString(path, 'path');
    const [, end, extStart] = scanLastPart(path, 0, 0, isPosixSep);
    return path.slice(extStart, end);
  },

  format: formatPath.bind(null, '/'),

  parse(path) {
    validateString(path, 'path');
    const ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    const isAbsolute = path.charCodeAt(0) === SLASH;
    if (isAbsolute) ret.root = '/';

    // The scan stops after the root, so for '/x' partStart stays 0.
    const [partStart, end, extStart] =
      scanLastPart(path, isAbsolute ? 1 : 0, 0, isPosixSep);
    if (end !== -1) {
      const start = partStart === 0 && isAbsolute ? 1 : partStart;
      ret.base = path.slice(start, end);
      ret.name = path.slice(start, extStart);
      ret.ext = path.slice(extStart, end);
    }
    if (partStart > 0) ret.dir = path.slice(0, partStart - 1);
    else if (isAbsolute) ret.dir = '/';
    return ret;
  },

  matchesGlob(path, pattern) {
    return matchesGlob(path, pattern, false);
  },

  sep: '/',
  delimiter: ':',
  win32: null,
  posix: null,
  _makeLong: null,
};

posix.win32 = win32.win32 = win32;
posix.posix = win32.posix = posix;
win32._makeLong = win32.toNamespacedPath;
posix._makeLong = posix.toNamespacedPath;

module.exports = posix;
