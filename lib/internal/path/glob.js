'use strict';

// path.matchesGlob(): glob matching with the rules Node 20 gets from minimatch under the
// options it passes (no negation, no comments, backslashes are separators, dotfiles only
// when named, `**` across directories, braces, character classes and extglobs).

const GLOBSTAR = Symbol('globstar');

// {a,b}, {1..3}, {01..10..2}, {a..e}: every expansion, in order. A brace with neither a
// top-level comma nor a range stays as written.
function expandBraces(pattern) {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '{') {
      if (depth++ === 0) open = i;
    } else if (c === '}' && depth > 0 && --depth === 0) {
      const inner = pattern.slice(open + 1, i);
      const alternatives = splitTopLevelCommas(inner) || expandRange(inner);
      if (alternatives === null) {
        // Not an expansion: the brace pair stays as written.
        const head = pattern.slice(0, i + 1);
        return expandBraces(pattern.slice(i + 1)).map((rest) => `${head}${rest}`);
      }
      const prefix = pattern.slice(0, open);
      const suffixes = expandBraces(pattern.slice(i + 1));
      const out = [];
      for (const alternative of alternatives) {
        for (const expanded of expandBraces(alternative)) {
          for (const suffix of suffixes) out.push(`${prefix}${expanded}${suffix}`);
        }
      }
      return out;
    }
  }
  return [pattern];
}

function splitTopLevelCommas(inner) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(inner.slice(start, i));
      start = i + 1;
    }
  }
  if (parts.length === 0) return null;
  parts.push(inner.slice(start));
  return parts;
}

function expandRange(inner) {
  const numeric = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(inner);
  if (numeric !== null) {
    const [, a, b, s] = numeric;
    const from = Number(a);
    const to = Number(b);
    const step = Math.abs(Number(s || 1)) || 1;
    const padded = /^-?0\d/.test(a) || /^-?0\d/.test(b);
    const width = Math.max(a.length, b.length);
    const out = [];
    for (let n = from; from <= to ? n <= to : n >= to; n += from <= to ? step : -step) {
      let text = String(Math.abs(n));
      if (padded) text = text.padStart(width - (n < 0 ? 1 : 0), '0');
      out.push(n < 0 ? `-${text}` : text);
    }
    return out;
  }
  const alpha = /^([a-zA-Z])\.\.([a-zA-Z])(?:\.\.(-?\d+))?$/.exec(inner);
  if (alpha !== null) {
    const from = alpha[1].charCodeAt(0);
    const to = alpha[2].charCodeAt(0);
    const step = Math.abs(Number(alpha[3] || 1)) || 1;
    const out = [];
    for (let n = from; from <= to ? n <= to : n >= to; n += from <= to ? step : -step) {
      out.push(String.fromCharCode(n));
    }
    return out;
  }
  return null;
}

const posixClasses = {
  __proto__: null,
  alnum: '\\p{L}\\p{Nl}\\p{N}', alpha: '\\p{L}\\p{Nl}', ascii: '\\x00-\\x7f', blank: '\\p{Zs}\\t',
  cntrl: '\\p{Cc}', digit: '\\p{Nd}', graph: '\\p{Z}\\p{C}', lower: '\\p{Ll}',
  print: '\\p{C}', punct: '\\p{P}', space: '\\p{Z}\\t\\r\\n\\v\\f', upper: '\\p{Lu}',
  word: '\\p{L}\\p{Nl}\\p{N}\\p{Pc}', xdigit: 'A-Fa-f0-9',
};
const negatedPosixClasses = new Set(['graph', 'print']);

const escapeRegExp = (text) => text.replace(/[-[\]{}()*+?.,\\^$|#\s/]/g, '\\$&');

// A [...] class starting at `start`: [regexp source, index after it], or null if unclosed.
function parseClass(glob, start) {
  let i = start + 1;
  let negate = false;
  if (glob[i] === '!' || glob[i] === '^') {
    negate = true;
    i++;
  }
  let ranges = '';
  let negatedRanges = '';
  let first = true;
  for (; i < glob.length; i++) {
    const c = glob[i];
    if (c === ']' && !first) {
      if (ranges === '' && negatedRanges === '') return null;
      let source;
      if (negatedRanges === '') source = `[${negate ? '^' : ''}${ranges}]`;
      else if (ranges === '') source = negate ? `[${negatedRanges}]` : `[^${negatedRanges}]`;
      else source = negate ? `(?![${ranges}])[${negatedRanges}]` : `(?:[${ranges}]|[^${negatedRanges}])`;
      return [source, i + 1];
    }
    first = false;
    if (c === '[' && glob[i + 1] === ':') {
      const end = glob.indexOf(':]', i + 2);
      const name = end === -1 ? '' : glob.slice(i + 2, end);
      if (name in posixClasses) {
        if (negatedPosixClasses.has(name)) negatedRanges += posixClasses[name];
        else ranges += posixClasses[name];
        i = end + 1;
        continue;
      }
    }
    if (glob[i + 1] === '-' && glob[i + 2] !== undefined && glob[i + 2] !== ']') {
      const from = c;
      const to = glob[i + 2];
      if (from <= to) ranges += `${escapeRegExp(from)}-${escapeRegExp(to)}`;
      i += 2;
      continue;
    }
    ranges += escapeRegExp(c);
  }
  return null;
}

// The index of the `)` closing an extglob opened at `start` (the `(`), and its alternatives.
function parseExtglob(glob, start) {
  let depth = 1;
  const alternatives = [];
  let from = start + 1;
  for (let i = start + 1; i < glob.length; i++) {
    const c = glob[i];
    if (c === '[') {
      const parsed = parseClass(glob, i);
      if (parsed !== null) i = parsed[1] - 1;
    } else if (c === '(') {
      depth++;
    } else if (c === ')') {
      if (--depth === 0) {
        alternatives.push(glob.slice(from, i));
        return [alternatives, i + 1];
      }
    } else if (c === '|' && depth === 1) {
      alternatives.push(glob.slice(from, i));
      from = i + 1;
    }
  }
  return null;
}

// The regexp source of one path segment's glob; `magic` says whether it has any.
function segmentSource(glob) {
  let source = '';
  let magic = false;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if ('@!?+*'.includes(c) && glob[i + 1] === '(') {
      const parsed = parseExtglob(glob, i + 1);
      if (parsed !== null) {
        const [alternatives, next] = parsed;
        const body = alternatives.map((alt) => segmentSource(alt).source).join('|');
        magic = true;
        if (c === '@') source += `(?:${body})`;
        else if (c === '?') source += `(?:${body})?`;
        else if (c === '+') source += `(?:${body})+`;
        else if (c === '*') source += `(?:${body})*`;
        else source += `(?:(?!(?:${body})${segmentSource(glob.slice(next)).source}$)[^/]*?)`;
        i = next - 1;
        continue;
      }
    }
    if (c === '*') {
      magic = true;
      // Runs of stars are one star inside a segment (a star that opens an extglob stays).
      while (glob[i + 1] === '*' && glob[i + 2] !== '(') i++;
      source += '[^/]*?';
    } else if (c === '?') {
      magic = true;
      source += '[^/]';
    } else if (c === '[') {
      const parsed = parseClass(glob, i);
      if (parsed === null) {
        source += '\\[';
      } else {
        magic = true;
        source += parsed[0];
        i = parsed[1] - 1;
      }
    } else {
      source += escapeRegExp(c);
    }
  }
  return { source, magic };
}

function compileSegment(glob) {
  if (glob === '**') return GLOBSTAR;
  const { source, magic } = segmentSource(glob);
  if (!magic) return glob;
  // '.' and '..' match only when written out; other dotfiles only when the glob starts
  // with a dot (a leading extglob decides for itself).
  // A glob that starts with an extglob may match an empty segment; others need a character.
  if (source.startsWith('(?')) return new RegExp(`^${source}$`, 'u');
  let start = '';
  if (source.startsWith('[')) start = '(?!\\.)';
  else if (source.startsWith('\\.')) start = '(?!\\.\\.?$)';
  return new RegExp(`^(?=.)${start}${source}$`, 'u');
}

// minimatch's level-2 clean-up of a list of segments: '.' and '' inside a path go,
// and `x/..` pairs cancel.
function optimizeSegments(parts, isPattern) {
  let changed;
  do {
    changed = false;
    if (isPattern) {
      for (let i = 0; i < parts.length - 1; i++) {
        if (parts[i] === '**' && parts[i + 1] === '**') {
          parts.splice(i + 1, 1);
          i--;
          changed = true;
        }
      }
    }
    for (let i = 1; i < parts.length - 1; i++) {
      const part = parts[i];
      if (i === 1 && part === '' && parts[0] === '') continue;
      if (part === '.' || part === '') {
        parts.splice(i, 1);
        i--;
        changed = true;
      }
    }
    if (parts[0] === '.' && parts.length === 2 && (parts[1] === '.' || parts[1] === '')) {
      parts.pop();
      changed = true;
    }
    let dd = 0;
    while ((dd = parts.indexOf('..', dd + 1)) !== -1) {
      const before = parts[dd - 1];
      if (before && before !== '.' && before !== '..' && before !== '**') {
        const keepDot = isPattern && dd === 1 && parts[dd + 1] === '**';
        parts.splice(dd - 1, 2, ...(keepDot ? ['.'] : []));
        if (parts.length === 0) parts.push('');
        dd -= 2;
        changed = true;
      }
    }
  } while (changed);
  return parts.length === 0 ? [''] : parts;
}

function matchSegments(file, pattern, fi, pi) {
  const fl = file.length;
  const pl = pattern.length;
  for (; fi < fl && pi < pl; fi++, pi++) {
    const p = pattern[pi];
    const f = file[fi];
    if (p === GLOBSTAR) {
      if (pi + 1 === pl) {
        // A trailing ** takes the rest, unless a part of it is hidden.
        for (; fi < fl; fi++) {
          if (file[fi] === '.' || file[fi] === '..' || file[fi][0] === '.') return false;
        }
        return true;
      }
      for (let fr = fi; fr < fl; fr++) {
        if (matchSegments(file, pattern, fr, pi + 1)) return true;
        const swallowed = file[fr];
        if (swallowed === '.' || swallowed === '..' || swallowed[0] === '.') break;
      }
      return false;
    }
    const hit = typeof p === 'string' ? f === p : p.test(f);
    if (!hit) return false;
  }
  if (fi === fl && pi === pl) return true;
  if (fi === fl) return false;
  // Patterns end first: only a trailing slash may be left of the path.
  return fi === fl - 1 && file[fi] === '';
}

function matchesGlob(path, pattern, windows) {
  // Runs of slashes are one separator, except a leading `//host` on Windows (UNC).
  const split = (text) => (windows && /^\/\/[^/]+/.test(text) ?
    ['', ...text.split(/\/+/)] : text.split(/\/+/));
  const file = optimizeSegments(split(windows ? path.replace(/\\/g, '/') : path), false);
  for (const expanded of expandBraces(pattern.replace(/\\/g, '/'))) {
    const parts = optimizeSegments(split(expanded), true).map(compileSegment);
    if (matchSegments(file, parts, 0, 0)) return true;
  }
  return false;
}

module.exports = { matchesGlob };
