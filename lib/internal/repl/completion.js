'use strict';

// Tab completion in the REPL: .commands, module names in require('...'), and
// identifiers and properties (`process.ver` -> `process.version`, `process.versions`).

const { BuiltinModule } = require('internal/bootstrap/realm');

const keywords = [
  'async', 'await', 'break', 'case', 'catch', 'class', 'const', 'continue', 'debugger',
  'default', 'delete', 'do', 'else', 'export', 'false', 'finally', 'for', 'function', 'if',
  'import', 'in', 'instanceof', 'let', 'new', 'null', 'return', 'switch', 'this', 'throw',
  'true', 'try', 'typeof', 'var', 'void', 'while', 'with', 'yield',
];

const requireRE = /\brequire\s*\(\s*['"`]([\w@./:-]*)$/;
const propertyChainRE = /(?:[a-zA-Z_$][\w$]*\??\.)*[a-zA-Z_$][\w$]*\??\.?$/;
const simpleChainRE = /^[a-zA-Z_$][\w$]*(?:\??\.[a-zA-Z_$][\w$]*)*$/;

function builtinNames() {
  const names = [];
  for (const id of BuiltinModule.builtinIds) {
    if (BuiltinModule.canBeRequiredByUsers(id)) names.push(id);
  }
  return names.sort();
}

// Property names of obj and its prototypes, one group per level.
function propertyGroups(obj) {
  const groups = [];
  const seen = new Set();
  let level = 0;
  let current = obj;
  if (current === null || current === undefined) return groups;
  if (typeof current !== 'object' && typeof current !== 'function') current = Object(current);
  while (current !== null && level < 20) {
    const names = [];
    let own;
    try {
      own = Object.getOwnPropertyNames(current);
    } catch {
      break;
    }
    for (const name of own) {
      if (!seen.has(name) && /^[a-zA-Z_$][\w$]*$/.test(name)) {
        seen.add(name);
        names.push(name);
      }
    }
    if (names.length > 0) groups.push(names.sort());
    if (current === Object.prototype) break;
    current = Object.getPrototypeOf(current);
    level++;
  }
  return groups;
}

// Completion for `line` (text before the cursor) -> [completions, completeOn].
function complete(repl, line, evaluate) {
  const trimmed = line.trimStart();
  if (/^\.\w*$/.test(trimmed)) {
    const prefix = trimmed.slice(1);
    const names = Object.keys(repl.commands).filter((n) => n.startsWith(prefix)).sort();
    return [names, prefix];
  }

  const requireMatch = requireRE.exec(line);
  if (requireMatch) {
    const typed = requireMatch[1];
    const names = [];
    for (const name of builtinNames()) {
      if (name.startsWith(typed)) names.push(name);
      if (`node:${name}`.startsWith(typed) && typed.length > 0) names.push(`node:${name}`);
    }
    return [names, typed];
  }

  const match = propertyChainRE.exec(line);
  if (match === null) return [[], ''];
  const expr = match[0];
  const dot = expr.lastIndexOf('.');
  let groups;
  let filter;
  if (dot === -1) {
    filter = expr;
    groups = propertyGroups(globalThis);
    const declared = [...repl.lexicalNames].sort();
    if (declared.length > 0) groups.unshift(declared);
    groups.push(keywords);
  } else {
    filter = expr.slice(dot + 1);
    let objectExpr = expr.slice(0, dot);
    if (objectExpr.endsWith('?')) objectExpr = objectExpr.slice(0, -1);
    // Only plain property chains are evaluated, so completion calls nothing.
    if (!simpleChainRE.test(objectExpr)) return [[], filter];
    let value;
    try {
      value = evaluate(objectExpr);
    } catch {
      return [[], filter];
    }
    groups = propertyGroups(value);
  }
  const completions = [];
  const seen = new Set();
  for (const group of groups) {
    const hits = group.filter((name) => name.startsWith(filter) && !seen.has(name));
    if (hits.length === 0) continue;
    for (const name of hits) seen.add(name);
    if (completions.length > 0) completions.push('');
    const prefix = dot === -1 ? '' : expr.slice(0, dot + 1);
    for (const name of hits) completions.push(prefix + name);
  }
  return [completions, dot === -1 ? filter : expr];
}

module.exports = { complete, builtinNames };
