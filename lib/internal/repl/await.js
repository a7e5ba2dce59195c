'use strict';

// Top-level await in the REPL: code with `await` outside any function runs as
//
//   let x; var f;                      (declarations hoisted, so they persist)
//   (async () => { void (x = await y); f = function f() {}; return (lastExpr); })()
//
// The code is split with a small tokenizer (strings, templates, comments, regular
// expressions, brackets); only top-level statements are rewritten. The REPL asks for
// this only after V8 refused the code because of a top-level await.

const keywordsBeforeExpression = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case',
  'do', 'else', 'yield', 'await', 'extends',
]);

const statementKeywords = new Set([
  'if', 'for', 'while', 'do', 'try', 'switch', 'return', 'throw', 'break', 'continue',
  'import', 'export', 'debugger', 'with',
]);

// Tokens that cannot end an expression: after them a newline does not end a statement.
const continuingPuncts = new Set([
  ',', '=', '+', '-', '*', '/', '%', '**', '(', '[', '{', '.', '?.', '?', ':', '&&', '||',
  '??', '&', '|', '^', '<', '>', '<=', '>=', '==', '===', '!=', '!==', '=>', '!', '~',
  '+=', '-=', '*=', '/=', '%=', '**=', '&=', '|=', '^=', '<<', '>>', '>>>', '<<=', '>>=',
  '>>>=', '&&=', '||=', '??=', '...',
]);

// Tokens that cannot start a statement: before them a newline does not end one.
const continuingStarts = new Set([
  ',', '.', '?.', '?', ':', ')', ']', '}', '=', '==', '===', '!=', '!==', '&&', '||', '??',
  '*', '/', '%', '**', '<', '>', '<=', '>=', '&', '|', '^', '=>', '+=', '-=', '*=', '/=',
  'in', 'instanceof', 'of',
]);

const puncts = [
  '>>>=', '...', '===', '!==', '**=', '<<=', '>>=', '>>>', '&&=', '||=', '??=',
  '=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '++', '--', '+=', '-=', '*=', '/=',
  '%=', '&=', '|=', '^=', '**', '<<', '>>',
];

class Tokenizer {
  constructor(code) {
    this.code = code;
    this.pos = 0;
    this.tokens = [];
  }

  lastSignificant() {
    return this.tokens.length > 0 ? this.tokens[this.tokens.length - 1] : null;
  }

  regexAllowed() {
    const last = this.lastSignificant();
    if (last === null) return true;
    if (last.type === 'name') return keywordsBeforeExpression.has(last.value);
    if (last.type === 'punct') return last.value !== ')' && last.value !== ']' && last.value !== '}';
    return false;
  }

  // Skips a string starting at this.pos (the quote).
  skipString() {
    const quote = this.code[this.pos++];
    while (this.pos < this.code.length && this.code[this.pos] !== quote) {
      if (this.code[this.pos] === '\\') this.pos++;
      if (this.code[this.pos] === '\n') return;
      this.pos++;
    }
    this.pos++;
  }

  // Skips a template literal, including the code in its ${ } parts.
  skipTemplate() {
    this.pos++;
    while (this.pos < this.code.length) {
      const ch = this.code[this.pos];
      if (ch === '\\') {
        this.pos += 2;
      } else if (ch === '`') {
        this.pos++;
        return;
      } else if (ch === '$' && this.code[this.pos + 1] === '{') {
        this.pos += 2;
        this.skipNested('}');
      } else {
        this.pos++;
      }
    }
  }

  // Skips code up to the matching closer (for ${ } in templates).
  skipNested(closer) {
    let depth = 0;
    while (this.pos < this.code.length) {
      const ch = this.code[this.pos];
      if (ch === '"' || ch === "'") {
        this.skipString();
      } else if (ch === '`') {
        this.skipTemplate();
      } else if (ch === '/' && this.code[this.pos + 1] === '*') {
        const end = this.code.indexOf('*/', this.pos + 2);
        this.pos = end === -1 ? this.code.length : end + 2;
      } else if (ch === '/' && this.code[this.pos + 1] === '/') {
        const end = this.code.indexOf('\n', this.pos);
        this.pos = end === -1 ? this.code.length : end;
      } else if (ch === '{') {
        depth++;
        this.pos++;
      } else if (ch === closer && depth === 0) {
        this.pos++;
        return;
      } else {
        if (ch === '}') depth--;
        this.pos++;
      }
    }
  }

  skipRegex() {
    this.pos++;
    let inClass = false;
    while (this.pos < this.code.length) {
      const ch = this.code[this.pos];
      if (ch === '\\') {
        this.pos += 2;
        continue;
      }
      if (ch === '\n') return;
      this.pos++;
      if (ch === '[') inClass = true;
      else if (ch === ']') inClass = false;
      else if (ch === '/' && !inClass) break;
    }
    while (/[a-z]/i.test(this.code[this.pos] || '')) this.pos++;
  }

  run() {
    const code = this.code;
    let newlineBefore = false;
    while (this.pos < code.length) {
      const ch = code[this.pos];
      const start = this.pos;
      if (ch === '\n') {
        newlineBefore = true;
        this.pos++;
        continue;
      }
      if (/\s/.test(ch)) {
        this.pos++;
        continue;
      }
      if (ch === '/' && code[this.pos + 1] === '/') {
        const end = code.indexOf('\n', this.pos);
        this.pos = end === -1 ? code.length : end;
        continue;
      }
      if (ch === '/' && code[this.pos + 1] === '*') {
        const end = code.indexOf('*/', this.pos + 2);
        const text = code.slice(this.pos, end === -1 ? code.length : end);
        if (text.includes('\n')) newlineBefore = true;
        this.pos = end === -1 ? code.length : end + 2;
        continue;
      }
      let type;
      if (ch === '"' || ch === "'") {
        this.skipString();
        type = 'string';
      } else if (ch === '`') {
        this.skipTemplate();
        type = 'template';
      } else if (/[\p{ID_Start}$_\\]/u.test(ch) || ch.charCodeAt(0) >= 0xd800) {
        while (this.pos < code.length && /[\p{ID_Continue}$\u200c\u200d\\]/u.test(code[this.pos]) ||
               (this.pos < code.length && code.charCodeAt(this.pos) >= 0xd800 &&
                code.charCodeAt(this.pos) <= 0xdfff)) {
          this.pos++;
        }
        type = 'name';
      } else if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(code[this.pos + 1]))) {
        while (this.pos < code.length && /[0-9a-zA-Z_.]/.test(code[this.pos])) this.pos++;
        type = 'number';
      } else if (ch === '/' && this.regexAllowed()) {
        this.skipRegex();
        type = 'regex';
      } else {
        type = 'punct';
        const op = puncts.find((p) => code.startsWith(p, this.pos));
        this.pos += op ? op.length : 1;
      }
      this.tokens.push({ type, value: code.slice(start, this.pos), start, end: this.pos,
                         newlineBefore });
      newlineBefore = false;
    }
    return this.tokens;
  }
}

function isOpener(token) {
  return token.type === 'punct' && (token.value === '(' || token.value === '[' ||
                                    token.value === '{');
}

function isCloser(token) {
  return token.type === 'punct' && (token.value === ')' || token.value === ']' ||
                                    token.value === '}');
}

// Top-level statements as [first, last] token indexes (a trailing ';' included).
function splitStatements(tokens) {
  const statements = [];
  let depth = 0;
  let first = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (depth === 0 && i > first && token.newlineBefore) {
      const prev = tokens[i - 1];
      const prevContinues = (prev.type === 'punct' && continuingPuncts.has(prev.value)) ||
        (prev.type === 'name' && keywordsBeforeExpression.has(prev.value));
      const nextContinues = continuingStarts.has(token.value) ||
        (token.type === 'punct' && (token.value === '(' || token.value === '[')) ||
        token.type === 'template';
      if (!prevContinues && !nextContinues) {
        statements.push([first, i - 1]);
        first = i;
      }
    }
    if (isOpener(token)) depth++;
    else if (isCloser(token)) depth--;
    if (depth === 0 && token.type === 'punct' && token.value === ';') {
      statements.push([first, i]);
      first = i + 1;
    }
  }
  if (first < tokens.length) statements.push([first, tokens.length - 1]);
  return statements;
}

// Names bound by a declarator's target (an identifier or a destructuring pattern)
// from tokens[i]; returns the index after the target.
function collectBindingNames(tokens, i, names) {
  const token = tokens[i];
  if (token.type === 'name') {
    names.push(token.value);
    return i + 1;
  }
  // A pattern: names are identifiers followed by , } ] or = (a default), not by ':'.
  let depth = 0;
  let j = i;
  for (; j < tokens.length; j++) {
    const t = tokens[j];
    if (isOpener(t)) {
      depth++;
    } else if (isCloser(t)) {
      depth--;
      if (depth === 0) return j + 1;
    } else if (t.type === 'punct' && t.value === '=') {
      // Skip a default value up to the next , or closer at this depth.
      let inner = 0;
      j++;
      for (; j < tokens.length; j++) {
        if (isOpener(tokens[j])) inner++;
        else if (isCloser(tokens[j])) {
          if (inner === 0) {
            j--;
            break;
          }
          inner--;
        } else if (inner === 0 && tokens[j].value === ',') {
          break;
        }
      }
    } else if (t.type === 'name') {
      const next = tokens[j + 1];
      const prev = tokens[j - 1];
      const isKey = next && next.value === ':';
      const afterSpread = prev && prev.value === '...';
      if (!isKey && (afterSpread || (next && [',', '}', ']', '='].includes(next.value)))) {
        names.push(t.value);
      }
    }
  }
  return j;
}

// Rewrites one `let|const|var` statement; returns [hoisted, replacement].
function rewriteDeclaration(code, tokens, first, last) {
  const kind = tokens[first].value;
  const names = [];
  const assignments = [];
  let i = first + 1;
  const end = tokens[last].value === ';' ? last : last + 1;
  while (i < end) {
    const targetStart = tokens[i].start;
    const afterTarget = collectBindingNames(tokens, i, names);
    const targetEnd = tokens[afterTarget - 1].end;
    i = afterTarget;
    if (i < end && tokens[i].value === '=') {
      // The initializer runs to the next top-level ','.
      let depth = 0;
      let j = i + 1;
      for (; j < end; j++) {
        if (isOpener(tokens[j])) depth++;
        else if (isCloser(tokens[j])) depth--;
        else if (depth === 0 && tokens[j].value === ',') break;
      }
      assignments.push(`${code.slice(targetStart, targetEnd)} = ` +
                       code.slice(tokens[i + 1].start, tokens[j - 1].end));
      i = j;
    }
    if (i < end && tokens[i].value === ',') i++;
  }
  const hoistKind = kind === 'var' ? 'var' : 'let';
  const hoisted = names.length > 0 ? `${hoistKind} ${names.join(', ')}; ` : '';
  const body = assignments.length > 0 ? `void (${assignments.map((a) => `(${a})`).join(', ')});` :
    '';
  return [hoisted, body];
}

function isDeclarationStart(tokens, first) {
  const token = tokens[first];
  if (token.type !== 'name') return false;
  if (token.value === 'var' || token.value === 'const') return true;
  if (token.value !== 'let') return false;
  const next = tokens[first + 1];
  return next !== undefined && (next.type === 'name' || next.value === '[' || next.value === '{');
}

// Returns the rewritten code, or null when there is nothing to rewrite.
function processTopLevelAwait(code) {
  let tokens;
  try {
    tokens = new Tokenizer(code).run();
  } catch {
    return null;
  }
  if (!/\bawait\b/.test(code)) return null;
  const statements = splitStatements(tokens);
  let hoisted = '';
  let body = '';
  let cursor = 0;
  for (let s = 0; s < statements.length; s++) {
    const [first, last] = statements[s];
    const start = tokens[first].start;
    const end = tokens[last].end;
    body += code.slice(cursor, start);
    cursor = end;
    const head = tokens[first];
    const isLast = s === statements.length - 1;
    if (isDeclarationStart(tokens, first)) {
      const [h, b] = rewriteDeclaration(code, tokens, first, last);
      hoisted += h;
      body += b;
    } else if (head.value === 'function' ||
               (head.value === 'async' && tokens[first + 1]?.value === 'function' &&
                !tokens[first + 1].newlineBefore)) {
      const nameToken = tokens.slice(first, last + 1).find((t, k) =>
        k > 0 && t.type === 'name' && t.value !== 'function');
      if (nameToken) {
        hoisted += `var ${nameToken.value}; `;
        body += `${nameToken.value} = ${code.slice(start, end)};`;
      } else {
        body += code.slice(start, end);
      }
    } else if (head.value === 'class' && tokens[first + 1]?.type === 'name' &&
               tokens[first + 1].value !== 'extends') {
      const name = tokens[first + 1].value;
      hoisted += `let ${name}; `;
      body += `${name} = ${code.slice(start, end)};`;
    } else if (isLast && !(head.type === 'name' && statementKeywords.has(head.value)) &&
               !(head.type === 'punct' && head.value === '{')) {
      const exprEnd = tokens[last].value === ';' ? tokens[last].start : end;
      body += `return (${code.slice(start, exprEnd)});`;
    } else {
      body += code.slice(start, end);
    }
  }
  body += code.slice(cursor);
  return `${hoisted}(async () => { ${body}\n})()`;
}

module.exports = { processTopLevelAwait };
