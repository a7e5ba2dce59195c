'use strict';

// REPL helpers: whether a syntax error means "type more", and how errors print.

const { compileFunction } = internalBinding('contextify');

// Compiles code as a function body (nothing runs). Returns the SyntaxError or null.
function syntaxErrorOf(code) {
  try {
    compileFunction(code, 'REPL', []);
    return null;
  } catch (err) {
    return err;
  }
}

// Whether code failed only because it is not finished yet: an open bracket, template
// literal, block comment or argument list, or a string ending in a backslash.
function isRecoverableError(err, code) {
  if (err === null || typeof err !== 'object' || err.name !== 'SyntaxError') return false;
  const message = err.message;
  if (message === 'Unexpected end of input' || message === 'Unterminated template literal') {
    return true;
  }
  if (message === 'missing ) after argument list') {
    const again = syntaxErrorOf(`${code})`);
    return again === null || again.message === 'Unexpected end of input';
  }
  if (message === 'Invalid or unexpected token') {
    if (code.lastIndexOf('/*') > code.lastIndexOf('*/')) return true;
    if (/['"][^'"\n]*\\$/.test(code.trimEnd()) && code.endsWith('\\')) return true;
  }
  return false;
}

// Whether V8 refused code because of an await outside a function.
function isTopLevelAwaitError(err) {
  return err !== null && typeof err === 'object' && err.name === 'SyntaxError' &&
    (err.message.startsWith('await is only valid') || err.message === 'Unexpected reserved word' ||
     err.message.includes('await'));
}

// Frames below the REPL input's own top level are the REPL's machinery: drop them.
function trimReplStack(stack) {
  const lines = stack.split('\n');
  let cut = -1;
  for (let i = lines.length - 1; i > 0; i--) {
    if (/^\s+at (?:async )?REPL\d+:\d+:\d+$/.test(lines[i]) ||
        /^\s+at (?:async )?(?:Object\.)?<anonymous> \(REPL\d+:\d+:\d+\)$/.test(lines[i])) {
      cut = i;
      break;
    }
  }
  if (cut === -1) {
    // Not called from REPL input (a timer, a callback): no frames, like Node.
    cut = lines.findIndex((line) => /^\s+at /.test(line));
    if (cut === -1) return stack;
  }
  return lines.slice(0, cut).join('\n');
}

module.exports = { syntaxErrorOf, isRecoverableError, isTopLevelAwaitError, trimReplStack };
