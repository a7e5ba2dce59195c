'use strict';

// REPL history on disk: ~/.rt_repl_history, newest line first, mode 0600.
// RT_REPL_HISTORY names another file ('' turns the file off); RT_REPL_HISTORY_SIZE
// caps the lines kept (1000 by default).

const path = require('path');
const os = require('os');

function historyPath(env) {
  if (env.RT_REPL_HISTORY !== undefined) {
    const value = env.RT_REPL_HISTORY.trim();
    return value === '' ? null : value;
  }
  return path.join(os.homedir(), '.rt_repl_history');
}

function setupHistory(repl, env = process.env) {
  if (!repl.terminal) return;
  const size = Number.parseInt(env.RT_REPL_HISTORY_SIZE, 10);
  repl.historySize = Number.isFinite(size) && size >= 0 ? size : 1000;
  const file = historyPath(env);
  if (file === null) return;
  const fs = require('fs');
  try {
    const text = fs.readFileSync(file, 'utf8');
    const lines = text.split(/\r?\n/).filter((l) => l !== '');
    repl.history = lines.slice(0, repl.historySize);
  } catch {
    // No file yet, or unreadable: start empty.
  }
  const save = (history) => {
    try {
      fs.writeFileSync(file, history.join('\n'), { mode: 0o600 });
    } catch (err) {
      repl.output.write(`\nError: Could not save history to ${file}: ${err.message}\n`);
      repl.removeListener('history', save);
    }
  };
  repl.on('history', save);
}

module.exports = { setupHistory, historyPath };
