'use strict';

// V8 10.2 does not know the RegExp `v` flag (unicodeSets), which Node 20's V8 has and
// current packages use (string-width, through yargs and cliui, for one). When compiling
// a module fails on it, the literal V8 stopped at is rewritten to the `u` flag, if its
// pattern means the same there, and compiling is tried again:
// - escaped punctuation that only `v` allows in a class (`\&`, `\~`, ...) loses its
//   backslash;
// - a class nested in a class, when it is a plain union, is flattened (`[a[bc]]`);
// - a property of strings (`\p{RGI_Emoji}`) outside a class becomes a group matching
//   the well-formed emoji sequences of that kind (a superset of the RGI list);
// - set operations (`&&`, `--`), `\q{...}` and strings inside a class have no `u`
//   equivalent: the original SyntaxError stands.
// `new RegExp(source, 'v')` at run time still throws.

const { getErrorSourceArrow } = internalBinding('errors');

const kFlagsError = 'Invalid regular expression flags';
const kMaxRewrites = 1000;
const kVOnlyEscapes = '&!#%,:;<=>@`~';

// Properties of strings, outside a class, as `u` patterns. These match the well-formed
// sequences of each kind, a superset of the RGI lists (which only ICU's data spells out).
const kBasic = '\\p{Emoji_Presentation}|[^\\P{Emoji}#*0-9]\\uFE0F';
const kModifier = '\\p{Emoji_Modifier_Base}\\p{Emoji_Modifier}';
const kKeycap = '[#*0-9]\\uFE0F\\u20E3';
const kFlag = '\\p{Regional_Indicator}{2}';
const kTag = '\\u{1F3F4}[\\u{E0020}-\\u{E007E}]+\\u{E007F}';
const kElement = `(?:${kModifier}|${kBasic})`;
const kZwj = `${kElement}(?:\\u200D${kElement})+`;
const kStringProperties = new Map([
  ['Basic_Emoji', `(?:${kBasic})`],
  ['Emoji_Keycap_Sequence', `(?:${kKeycap})`],
  ['RGI_Emoji_Modifier_Sequence', `(?:${kModifier})`],
  ['RGI_Emoji_Flag_Sequence', `(?:${kFlag})`],
  ['RGI_Emoji_Tag_Sequence', `(?:${kTag})`],
  ['RGI_Emoji_ZWJ_Sequence', `(?:${kZwj})`],
  ['RGI_Emoji', `(?:${kZwj}|${kTag}|${kFlag}|${kKeycap}|${kModifier}|${kBasic})`],
]);

// The `u` pattern meaning what `pattern` means with `v`, or null.
function toUnicodePattern(pattern) {
  let out = '';
  let depth = 0;  // class nesting
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1];
      if (next === 'q' && depth > 0) return null;
      if ((next === 'p' || next === 'P') && pattern[i + 2] === '{') {
        const end = pattern.indexOf('}', i);
        if (end === -1) return null;
        const strings = kStringProperties.get(pattern.slice(i + 3, end));
        if (strings !== undefined) {
          // Only \p{...} outside a class stands for strings that a `u` group can match.
          if (next === 'P' || depth > 0) return null;
          out += strings;
        } else {
          out += pattern.slice(i, end + 1);
        }
        i = end;
        continue;
      }
      if (depth > 0 && next !== undefined && kVOnlyEscapes.includes(next)) {
        out += next;
      } else {
        out += c + (next ?? '');
      }
      i++;
      continue;
    }
    if (depth > 0) {
      if ((c === '&' && pattern[i + 1] === '&') || (c === '-' && pattern[i + 1] === '-')) {
        return null;
      }
      if (c === '[') {
        if (pattern[i + 1] === '^') return null;  // a negated nested class
        depth++;
        continue;
      }
      if (c === ']') {
        if (--depth === 0) out += c;
        continue;
      }
      out += c;
      continue;
    }
    if (c === '[') {
      depth = 1;
      out += c;
      if (pattern[i + 1] === '^') {
        out += '^';
        i++;
      }
      continue;
    }
    out += c;
  }
  return depth === 0 ? out : null;
}

// Where in `source` the error's source arrow points, or -1.
function errorOffset(source, error) {
  const arrow = getErrorSourceArrow(error);
  if (typeof arrow !== 'string') return -1;
  const lines = arrow.split('\n');
  if (lines.length < 3) return -1;
  const line = Number(lines[0].slice(lines[0].lastIndexOf(':') + 1));
  const column = lines[2].indexOf('^');
  if (!(line >= 1) || column < 0) return -1;
  let offset = 0;
  for (let n = 1; n < line; n++) {
    offset = source.indexOf('\n', offset) + 1;
    if (offset === 0) return -1;
  }
  return offset + column;
}

// `source` with the `v` literal the error points at rewritten, or null.
function rewriteLiteral(source, error) {
  const start = errorOffset(source, error);
  if (start < 0 || source[start] !== '/') return null;
  let i = start + 1;
  let depth = 0;
  for (; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
    } else if (c === '[') {
      depth++;
    } else if (c === ']' && depth > 0) {
      depth--;
    } else if (c === '/' && depth === 0) {
      break;
    } else if (c === '\n') {
      return null;
    }
  }
  if (i >= source.length) return null;
  let end = i + 1;
  while (end < source.length && /[a-z]/.test(source[end])) end++;
  const flags = source.slice(i + 1, end);
  if (!flags.includes('v') || flags.includes('u')) return null;
  const pattern = toUnicodePattern(source.slice(start + 1, i));
  if (pattern === null) return null;
  return `${source.slice(0, start)}/${pattern}/${flags.replace('v', 'u')}${source.slice(end)}`;
}

// After compile(source) threw `firstError`: compile again with `v` literals rewritten
// while that is what fails; otherwise throw `firstError`. Loaded only then (module
// loaders call it from their catch), so a normal start-up never loads this file.
function retryWithUnicodeSets(source, compile, firstError) {
  let error = firstError;
  let current = source;
  for (let n = 0; n < kMaxRewrites; n++) {
    if (!(error instanceof SyntaxError) || error.message !== kFlagsError) break;
    const rewritten = rewriteLiteral(current, error);
    if (rewritten === null) break;
    current = rewritten;
    try {
      return compile(current);
    } catch (err) {
      error = err;
    }
  }
  // A later, unrelated error in the file is the one to report; a failure of the
  // rewriting itself is not.
  if (error instanceof SyntaxError && error.message.startsWith('Invalid regular expression')) {
    throw firstError;
  }
  throw error;
}

module.exports = { retryWithUnicodeSets, toUnicodePattern };
