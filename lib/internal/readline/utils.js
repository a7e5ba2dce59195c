'use strict';

// Helpers shared by readline and the REPL: terminal escape sequences, the keypress
// parser, and string measures that know about surrogate pairs.

const ESC = '\x1b';
const CSI_PREFIX = `${ESC}[`;

// CSI`2K` -> '\x1b[2K'; CSI.kClearLine etc. are the sequences readline uses.
function CSI(strings, ...args) {
  let out = CSI_PREFIX;
  for (let i = 0; i < strings.length; i++) {
    out += strings[i];
    if (i < args.length) out += args[i];
  }
  return out;
}
CSI.kEscape = ESC;
CSI.kClearToLineBeginning = CSI`1K`;
CSI.kClearToLineEnd = CSI`0K`;
CSI.kClearLine = CSI`2K`;
CSI.kClearScreenDown = CSI`0J`;

// Length in UTF-16 units of the character at / before index i.
function charLengthAt(str, i) {
  if (str.length <= i) return 1;
  return str.codePointAt(i) >= 0x10000 ? 2 : 1;
}

function charLengthLeft(str, i) {
  if (i <= 0) return 0;
  if (i > 1 && str.codePointAt(i - 2) >= 0x10000) return 2;
  return 1;
}

function commonPrefix(strings) {
  if (strings.length === 0) return '';
  if (strings.length === 1) return strings[0];
  const sorted = [...strings].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  let i = 0;
  while (i < first.length && first[i] === last[i]) i++;
  return first.slice(0, i);
}

// ---- keypress parsing -------------------------------------------------------------

// Final characters of CSI / SS3 sequences without a number.
const letterKeys = {
  __proto__: null,
  A: 'up', B: 'down', C: 'right', D: 'left', E: 'clear', F: 'end', H: 'home',
  P: 'f1', Q: 'f2', R: 'f3', S: 'f4',
};

// `ESC [ n ~` sequences.
const tildeKeys = {
  __proto__: null,
  1: 'home', 2: 'insert', 3: 'delete', 4: 'end', 5: 'pageup', 6: 'pagedown', 7: 'home',
  8: 'end', 11: 'f1', 12: 'f2', 13: 'f3', 14: 'f4', 15: 'f5', 17: 'f6', 18: 'f7', 19: 'f8',
  20: 'f9', 21: 'f10', 23: 'f11', 24: 'f12', 200: 'paste-start', 201: 'paste-end',
};

// rxvt's shifted / ctrl'd arrows: ESC [ a, ESC O a, ...
const rxvtKeys = {
  __proto__: null,
  '[a': ['up', 'shift'], '[b': ['down', 'shift'], '[c': ['right', 'shift'],
  '[d': ['left', 'shift'], '[e': ['clear', 'shift'], 'Oa': ['up', 'ctrl'],
  'Ob': ['down', 'ctrl'], 'Oc': ['right', 'ctrl'], 'Od': ['left', 'ctrl'],
  'Oe': ['clear', 'ctrl'], '[2$': ['insert', 'shift'], '[3$': ['delete', 'shift'],
  '[5$': ['pageup', 'shift'], '[6$': ['pagedown', 'shift'], '[7$': ['home', 'shift'],
  '[8$': ['end', 'shift'], '[2^': ['insert', 'ctrl'], '[3^': ['delete', 'ctrl'],
  '[5^': ['pageup', 'ctrl'], '[6^': ['pagedown', 'ctrl'], '[7^': ['home', 'ctrl'],
  '[8^': ['end', 'ctrl'], '[Z': ['tab', 'shift'],
  '[[A': ['f1'], '[[B': ['f2'], '[[C': ['f3'], '[[D': ['f4'], '[[E': ['f5'],
};

function newKey(sequence) {
  return { sequence, name: undefined, ctrl: false, meta: false, shift: false };
}

// Reads one escape sequence after ESC at s[start]. Returns { key, end } or null when the
// sequence is not complete yet.
function parseEscape(s, start) {
  let i = start + 1;
  if (i >= s.length) return null;
  if (s[i] === ESC) {
    // ESC ESC [ A is read as ESC [ A; ESC ESC x as ESC x.
    i++;
    if (i >= s.length) return null;
  }
  if (s[i] !== '[' && s[i] !== 'O') {
    // ESC (or ESC ESC) + one character: meta + that character.
    const cp = s.codePointAt(i);
    const chLen = cp >= 0x10000 ? 2 : 1;
    const ch = s.slice(i, i + chLen);
    const key = parsePlain(ch);
    key.sequence = s.slice(start, i + chLen);
    key.meta = true;
    if (ch === '\x1b') key.name = 'escape';
    return { key, end: i + chLen };
  }
  const introducer = s[i];
  i++;
  if (i >= s.length) return null;
  // Parameters: digits and ';', then one final character (or ~ $ ^).
  let codeStart = i;
  if (introducer === '[' && s[i] === '[') {
    i++;
    if (i >= s.length) return null;
    const code = `[[${s[i]}`;
    return finishSequence(s, start, i + 1, code, rxvtKeys[code]?.[0], 0);
  }
  while (i < s.length && /[0-9;]/.test(s[i])) i++;
  if (i >= s.length) return null;
  const params = s.slice(codeStart, i);
  const final = s[i];
  i++;
  let modifier = 0;
  let name;
  let code = introducer + params + final;
  const parts = params.split(';');
  if (final === '~' || final === '$' || final === '^') {
    const rxvt = rxvtKeys[introducer + params + final];
    if (rxvt) {
      name = rxvt[0];
      if (rxvt[1] === 'shift') modifier = 1;
      if (rxvt[1] === 'ctrl') modifier = 4;
    } else {
      name = tildeKeys[parts[0]];
      if (parts[1]) modifier = (Number(parts[1]) || 1) - 1;
      code = `${introducer}${parts[0]}${final}`;
    }
  } else if (rxvtKeys[introducer + final] && params === '') {
    const rxvt = rxvtKeys[introducer + final];
    name = rxvt[0];
    modifier = rxvt[1] === 'shift' ? 1 : rxvt[1] === 'ctrl' ? 4 : 0;
  } else {
    name = letterKeys[final];
    // ESC [ 1 ; 5 C: ctrl + right.
    const mod = parts.length > 1 ? parts[1] : (introducer === 'O' ? params : '');
    if (mod) modifier = (Number(mod) || 1) - 1;
    code = introducer + final;
  }
  return finishSequence(s, start, i, code, name, modifier);
}

function finishSequence(s, start, end, code, name, modifier) {
  const key = newKey(s.slice(start, end));
  key.code = code;
  key.name = name;
  /* eslint-disable no-bitwise */
  key.ctrl = Boolean(modifier & 4);
  // As in Node, only the modifier parameter sets meta here: ESC ESC [ A is a plain up.
  key.meta = Boolean(modifier & 10);
  key.shift = Boolean(modifier & 1);
  /* eslint-enable no-bitwise */
  return { key, end };
}

// A key that is one character.
function parsePlain(ch) {
  const key = newKey(ch);
  if (ch === '\r') {
    key.name = 'return';
  } else if (ch === '\n') {
    key.name = 'enter';
  } else if (ch === '\t') {
    key.name = 'tab';
  } else if (ch === '\b' || ch === '\x7f') {
    key.name = 'backspace';
  } else if (ch === ESC) {
    key.name = 'escape';
  } else if (ch === ' ') {
    key.name = 'space';
  } else if (ch.length === 1 && ch <= '\x1a') {
    key.name = String.fromCharCode(ch.charCodeAt(0) + 'a'.charCodeAt(0) - 1);
    key.ctrl = true;
  } else if (/^[0-9A-Za-z]$/.test(ch)) {
    key.name = ch.toLowerCase();
    key.shift = /^[A-Z]$/.test(ch);
  }
  return key;
}

// Splits input text into keys. Returns { keys, rest }: rest is an unfinished escape
// sequence to keep for the next chunk.
function parseKeys(s) {
  const keys = [];
  let i = 0;
  while (i < s.length) {
    if (s[i] === ESC) {
      const parsed = parseEscape(s, i);
      if (parsed === null) return { keys, rest: s.slice(i) };
      keys.push(parsed.key);
      i = parsed.end;
      continue;
    }
    const cp = s.codePointAt(i);
    const len = cp >= 0x10000 ? 2 : 1;
    keys.push(parsePlain(s.slice(i, i + len)));
    i += len;
  }
  return { keys, rest: '' };
}

// What an unfinished sequence means when no more input came in time.
function flushKeys(rest) {
  if (rest === ESC) {
    // The Escape key on its own: Node reports it with meta set.
    const key = newKey(ESC);
    key.name = 'escape';
    key.meta = true;
    return [key];
  }
  if (rest === `${ESC}${ESC}`) {
    const key = newKey(rest);
    key.name = 'escape';
    key.meta = true;
    return [key];
  }
  // ESC [ ... never finished: ESC as escape, the rest as plain characters.
  const first = newKey(ESC);
  first.name = 'escape';
  return [first, ...parseKeys(rest.slice(1)).keys];
}

module.exports = {
  CSI,
  charLengthAt,
  charLengthLeft,
  commonPrefix,
  parseKeys,
  flushKeys,
};
