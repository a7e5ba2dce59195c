'use strict';

// The `repl` module: REPLServer, a readline Interface that evaluates each line in the
// main context and prints the result with util.inspect. Incomplete input continues on
// the next line ('... '), `await` works at the top level, `_` and `_error` hold the
// last result and error, and dot-commands (.help, .exit, .break, .clear, .load, .save,
// .editor) act on the session. `rt` with no script on a terminal runs startCliRepl.

const fs = require('fs');
const { Interface } = require('readline');
const { inspect } = require('internal/util/inspect');
const { BuiltinModule } = require('internal/bootstrap/realm');
const {
  codes: { ERR_INVALID_REPL_EVAL_CONFIG, ERR_SCRIPT_EXECUTION_INTERRUPTED },
} = require('internal/errors');
const { validateFunction } = require('internal/validators');
const {
  syntaxErrorOf,
  isRecoverableError,
  isTopLevelAwaitError,
  trimReplStack,
} = require('internal/repl/utils');
const { processTopLevelAwait } = require('internal/repl/await');
const { complete } = require('internal/repl/completion');

const { runScript } = internalBinding('contextify');
const { getErrorSourceArrow } = internalBinding('errors');

const REPL_MODE_SLOPPY = Symbol('repl-sloppy');
const REPL_MODE_STRICT = Symbol('repl-strict');
const kStandaloneREPL = Symbol('kStandaloneREPL');
const kBufferedCommand = Symbol('bufferedCommand');
const kSawSigint = Symbol('sawSigint');

let resourceNumber = 0;
function nextResourceName() {
  return `REPL${++resourceNumber}`;
}

const builtinModules = [];
for (const id of BuiltinModule.builtinIds) {
  if (BuiltinModule.canBeRequiredByUsers(id) && !id.startsWith('_') && !id.startsWith('internal/')) {
    builtinModules.push(id);
  }
}

function writer(obj) {
  return inspect(obj, writer.options);
}
writer.options = { ...inspect.defaultOptions, showProxy: true };

// Thrown by eval functions to ask for more input.
class Recoverable extends SyntaxError {
  constructor(err) {
    super();
    this.err = err;
  }
}

// Top-level declarations, so that completion can offer them.
function collectLexicalNames(repl, code) {
  const re = /(?:^|[;\n])\s*(?:let|const|class|var|function\*?|async\s+function\*?)\s+([A-Za-z_$][\w$]*)/g;
  let match;
  while ((match = re.exec(code)) !== null) repl.lexicalNames.add(match[1]);
}

// The built-in modules as globals (`fs`, `path`, ...), loaded on first use.
function addBuiltinLibsToObject(object) {
  for (const name of builtinModules) {
    if (name.includes('/') || Object.prototype.hasOwnProperty.call(object, name)) continue;
    Object.defineProperty(object, name, {
      __proto__: null,
      configurable: true,
      enumerable: false,
      get() {
        const lib = require(name);
        Object.defineProperty(object, name, {
          __proto__: null, value: lib, writable: true, configurable: true, enumerable: false,
        });
        return lib;
      },
      set(value) {
        Object.defineProperty(object, name, {
          __proto__: null, value, writable: true, configurable: true, enumerable: true,
        });
      },
    });
  }
}

function REPLServer(prompt, stream, evalFn, useGlobal, ignoreUndefined, replMode) {
  if (!(this instanceof REPLServer)) {
    return new REPLServer(prompt, stream, evalFn, useGlobal, ignoreUndefined, replMode);
  }
  let options;
  if (prompt !== null && typeof prompt === 'object') {
    options = { ...prompt };
    stream = options.stream || options.socket;
    evalFn = options.eval;
    useGlobal = options.useGlobal;
    ignoreUndefined = options.ignoreUndefined;
    prompt = options.prompt;
    replMode = options.replMode;
  } else {
    options = {};
  }
  if (evalFn !== undefined) validateFunction(evalFn, 'options.eval');
  if (options.breakEvalOnSigint && evalFn) throw new ERR_INVALID_REPL_EVAL_CONFIG();

  const input = options.input || stream || process.stdin;
  const output = options.output || stream || process.stdout;
  let terminal = options.terminal;
  if (terminal === undefined) terminal = Boolean(output && output.isTTY);
  let useColors = options.useColors;
  if (useColors === undefined) {
    useColors = terminal && require('internal/util').shouldColorize(output);
  }

  this.useColors = Boolean(useColors);
  this.useGlobal = Boolean(useGlobal);
  this.ignoreUndefined = Boolean(ignoreUndefined);
  this.replMode = replMode || REPL_MODE_SLOPPY;
  this.breakEvalOnSigint = Boolean(options.breakEvalOnSigint);
  this.editorMode = false;
  this.underscoreAssigned = false;
  this.underscoreErrAssigned = false;
  this.last = undefined;
  this.lastError = undefined;
  this.lines = [];
  this.lines.level = [];
  this.lexicalNames = new Set();
  this.commands = { __proto__: null };
  this[kBufferedCommand] = '';
  this[kSawSigint] = false;
  // rt has no separate vm contexts yet: every REPL evaluates in the main context.
  this.context = globalThis;
  this._initialPrompt = prompt === undefined ? '> ' : prompt;

  let replWriter = options.writer || exports.writer;
  if (replWriter === writer) {
    writer.options.colors = this.useColors;
    if (options[kStandaloneREPL]) {
      Object.defineProperty(inspect, 'replDefaults', {
        __proto__: null, get: () => writer.options, configurable: true, enumerable: true,
      });
    }
  }
  this.writer = replWriter;
  this.eval = evalFn || defaultEval;

  const self = this;
  const userCompleter = options.completer;
  const completer = userCompleter || function replCompleter(line, callback) {
    self.complete(line, callback);
  };

  Interface.call(this, {
    input,
    output,
    completer,
    terminal,
    historySize: options.historySize,
    prompt: this._initialPrompt,
  });

  defineDefaultCommands(this);
  defineUnderscore(this);
  addBuiltinLibsToObject(this.context);

  this.on('line', (cmd) => this.onLine(cmd));
  this.on('SIGINT', () => this.onSigint());
  this.once('close', () => this.emit('exit'));

  // Errors thrown later by code typed here (timers, promises) print and the session
  // goes on. (Node scopes this to the REPL's code with domains; rt has none.)
  const onUncaught = (err) => {
    this.printError(err);
    this.displayPrompt();
  };
  process.on('uncaughtException', onUncaught);
  this.once('exit', () => process.removeListener('uncaughtException', onUncaught));

  this.displayPrompt();
}
Object.setPrototypeOf(REPLServer.prototype, Interface.prototype);
Object.setPrototypeOf(REPLServer, Interface);

function defineUnderscore(repl) {
  const context = repl.context;
  Object.defineProperty(context, '_', {
    __proto__: null,
    configurable: true,
    get: () => repl.last,
    set: (value) => {
      repl.last = value;
      if (!repl.underscoreAssigned) {
        repl.underscoreAssigned = true;
        repl.output.write('Expression assignment to _ now disabled.\n');
      }
    },
  });
  Object.defineProperty(context, '_error', {
    __proto__: null,
    configurable: true,
    get: () => repl.lastError,
    set: (value) => {
      repl.lastError = value;
      if (!repl.underscoreErrAssigned) {
        repl.underscoreErrAssigned = true;
        repl.output.write('Expression assignment to _error now disabled.\n');
      }
    },
  });
}

// The default eval: runs code as a classic script in the main context, so `let`,
// `const` and `class` declarations stay for the next lines.
function defaultEval(code, context, file, callback) {
  if (code === '\n') {
    callback(null);
    return;
  }
  let script = code;
  // `{ a: 1 }` is an object, not a block.
  if (/^\s*\{/.test(code) && /\}\s*$/.test(code)) {
    const wrapped = `(${code.trim()})\n`;
    if (syntaxErrorOf(wrapped) === null) script = wrapped;
  }
  if (this.replMode === REPL_MODE_STRICT) script = `'use strict'; void 0;\n${script}`;

  let error = syntaxErrorOf(script);
  let awaitPromise = false;
  if (error !== null && isTopLevelAwaitError(error)) {
    const rewritten = processTopLevelAwait(script);
    if (rewritten !== null && syntaxErrorOf(rewritten) === null) {
      script = rewritten;
      error = null;
      awaitPromise = true;
    }
  }
  if (error !== null && isRecoverableError(error, code)) {
    callback(new Recoverable(error));
    return;
  }

  let result;
  try {
    result = runScript(script, file);
  } catch (err) {
    callback(decorateSyntaxError(err));
    return;
  }
  if (error === null) collectLexicalNames(this, code);
  if (!awaitPromise) {
    callback(null, result);
    return;
  }

  // Wait for the async wrapper; input waits too. Ctrl-C stops waiting.
  this.pause();
  let done = false;
  const finish = (err, value) => {
    if (done) return;
    done = true;
    this.removeListener('SIGINT', onSigint);
    this.resume();
    callback(err, value);
  };
  const onSigint = () => finish(new ERR_SCRIPT_EXECUTION_INTERRUPTED());
  this.prependListener('SIGINT', onSigint);
  Promise.resolve(result).then((value) => finish(null, value), (err) => finish(err));
}

// A syntax error in REPL input prints its source line and arrow, no stack.
function decorateSyntaxError(err) {
  if (err === null || typeof err !== 'object' || err.name !== 'SyntaxError') return err;
  const arrow = getErrorSourceArrow(err);
  if (typeof arrow !== 'string' || !/^REPL\d+:\d+\n/.test(arrow)) return err;
  const source = arrow.slice(arrow.indexOf('\n') + 1);
  Object.defineProperty(err, 'stack', {
    __proto__: null,
    value: `${source}\n${err.name}: ${err.message}`,
    writable: true,
    configurable: true,
  });
  return err;
}

REPLServer.prototype.clearBufferedCommand = function clearBufferedCommand() {
  this[kBufferedCommand] = '';
};

REPLServer.prototype.displayPrompt = function displayPrompt(preserveCursor) {
  let prompt = this._initialPrompt;
  if (this[kBufferedCommand].length > 0) prompt = '... ';
  Interface.prototype.setPrompt.call(this, prompt);
  this.prompt(preserveCursor);
};

REPLServer.prototype.setPrompt = function setPrompt(prompt) {
  this._initialPrompt = prompt;
  Interface.prototype.setPrompt.call(this, prompt);
};

REPLServer.prototype.defineCommand = function defineCommand(keyword, cmd) {
  if (typeof cmd === 'function') {
    cmd = { action: cmd };
  } else {
    validateFunction(cmd.action, 'cmd.action');
  }
  this.commands[keyword] = cmd;
};

REPLServer.prototype.complete = function complete_(line, callback) {
  let result;
  try {
    result = complete(this, line, (expr) => runScript(expr, 'REPL-completion'));
  } catch (err) {
    callback(err);
    return;
  }
  callback(null, result);
};

// Runs a dot-command; true if there was one by that name.
REPLServer.prototype.parseREPLKeyword = function parseREPLKeyword(keyword, rest) {
  const cmd = this.commands[keyword];
  if (cmd) {
    cmd.action.call(this, rest);
    return true;
  }
  return false;
};

REPLServer.prototype.onLine = function onLine(cmd) {
  this[kSawSigint] = false;
  if (this.editorMode) {
    this[kBufferedCommand] += `${cmd}\n`;
    return;
  }
  const trimmed = cmd.trim();
  if (trimmed && trimmed[0] === '.' && trimmed[1] !== '.' &&
      Number.isNaN(Number.parseFloat(trimmed))) {
    const match = /^\.([^\s]+)\s*(.*)$/.exec(trimmed);
    if (match && this.parseREPLKeyword(match[1], match[2])) return;
    if (!this[kBufferedCommand]) {
      this.lines.push(cmd);
      this.output.write('Invalid REPL keyword\n');
      this.displayPrompt();
      return;
    }
  }
  this.lines.push(cmd);
  this.evaluate(`${this[kBufferedCommand]}${cmd}\n`, cmd);
};

REPLServer.prototype.evaluate = function evaluate(code, cmd) {
  this.eval(code, this.context, nextResourceName(), (err, result) => {
    if (err instanceof Recoverable) {
      this[kBufferedCommand] += `${cmd}\n`;
      this.displayPrompt();
      return;
    }
    this.clearBufferedCommand();
    if (err) {
      // Like Node, .save leaves out the line that failed at run time.
      if (!(err !== null && typeof err === 'object' && err.name === 'SyntaxError')) this.lines.pop();
      this.printError(err);
    } else if (code !== '\n' && (!this.ignoreUndefined || result !== undefined)) {
      if (!this.underscoreAssigned) this.last = result;
      this.output.write(`${this.writer(result)}\n`);
    }
    this.displayPrompt();
  });
};

// Prints `Uncaught <error>` the way Node's REPL does, without the REPL's own frames.
REPLServer.prototype.printError = function printError(err) {
  if (!this.underscoreErrAssigned) this.lastError = err;
  if (err !== null && typeof err === 'object' && typeof err.stack === 'string' &&
      err.name !== 'SyntaxError') {
    const trimmed = trimReplStack(err.stack);
    if (trimmed !== err.stack) {
      Object.defineProperty(err, 'stack', {
        __proto__: null, value: trimmed, writable: true, configurable: true,
      });
    }
  }
  let text = this.writer(err);
  // A stack without frames prints as [Error: message]: drop the brackets.
  if (err !== null && typeof err === 'object' && text[0] === '[' && text[text.length - 1] === ']') {
    text = text.slice(1, -1);
  }
  const lines = text.split(/(?<=\n)/);
  let out = '';
  let matched = false;
  for (const line of lines) {
    if (!matched && /^\[?([A-Z][a-z0-9_]*)*Error/.test(line)) {
      const width = writer.options.breakLength ?? 80;
      out += width >= line.length ? `Uncaught ${line}` : `Uncaught:\n${line}`;
      matched = true;
    } else {
      out += line;
    }
  }
  if (!matched) out = `Uncaught${lines.length === 1 ? ' ' : ':\n'}${out}`;
  if (!out.endsWith('\n')) out += '\n';
  this.output.write(out);
  this.clearBufferedCommand();
};

REPLServer.prototype.onSigint = function onSigint() {
  if (this.editorMode) {
    this.editorMode = false;
    this.clearBufferedCommand();
    this.clearLine();
    this.displayPrompt();
    return;
  }
  const empty = this.line.length === 0;
  this.clearLine();
  const buffered = this[kBufferedCommand];
  if (!(buffered && buffered.length > 0) && empty) {
    if (this[kSawSigint]) {
      this.close();
      this[kSawSigint] = false;
      return;
    }
    this.output.write('(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n');
    this[kSawSigint] = true;
  } else {
    this[kSawSigint] = false;
  }
  this.clearBufferedCommand();
  this.displayPrompt();
};

// In editor mode Ctrl-D runs what was typed.
REPLServer.prototype._ttyWrite = function _ttyWrite(s, key) {
  if (this.editorMode && key && key.ctrl && key.name === 'd') {
    const code = this[kBufferedCommand] + this.line;
    this.editorMode = false;
    this.clearLine();
    this.clearBufferedCommand();
    if (code.trim() === '') {
      this.displayPrompt();
      return;
    }
    this.lines.push(...code.split('\n'));
    this.evaluate(code.endsWith('\n') ? code : `${code}\n`, code);
    return;
  }
  if (key && !(key.ctrl && key.name === 'c')) this[kSawSigint] = false;
  // Ctrl-D on an empty line exits: end the line first.
  if (key && key.ctrl && key.name === 'd' && this.cursor === 0 && this.line.length === 0) {
    this.clearLine();
  }
  Interface.prototype._ttyWrite.call(this, s, key);
};

function defineDefaultCommands(repl) {
  repl.defineCommand('break', {
    help: 'Sometimes you get stuck, this gets you out',
    action() {
      this.clearBufferedCommand();
      this.displayPrompt();
    },
  });
  repl.defineCommand('clear', {
    help: repl.useGlobal ? 'Alias for .break' : 'Break, and also clear the local context',
    action() {
      this.clearBufferedCommand();
      this.lines = [];
      this.lines.level = [];
      this.emit('reset', this.context);
      this.displayPrompt();
    },
  });
  repl.defineCommand('exit', {
    help: 'Exit the REPL',
    action() {
      this.close();
    },
  });
  repl.defineCommand('help', {
    help: 'Print this help message',
    action() {
      const names = Object.keys(this.commands).sort();
      const width = Math.max(...names.map((n) => n.length)) + 3;
      for (const name of names) {
        const cmd = this.commands[name];
        this.output.write(`.${name.padEnd(width)}${cmd.help || ''}\n`);
      }
      this.output.write('\nPress Ctrl+C to abort current expression, ' +
                        'Ctrl+D to exit the REPL\n');
      this.displayPrompt();
    },
  });
  repl.defineCommand('save', {
    help: 'Save all evaluated commands in this REPL session to a file',
    action(file) {
      try {
        fs.writeFileSync(file, this.lines.join('\n'));
        this.output.write(`Session saved to: ${file}\n`);
      } catch {
        this.output.write(`Failed to save: ${file}\n`);
      }
      this.displayPrompt();
    },
  });
  repl.defineCommand('load', {
    help: 'Load JS from a file into the REPL session',
    action(file) {
      let data;
      try {
        if (!fs.statSync(file).isFile()) {
          this.output.write(`Failed to load: ${file} is not a valid file\n`);
          this.displayPrompt();
          return;
        }
        data = fs.readFileSync(file, 'utf8');
      } catch {
        this.output.write(`Failed to load: ${file}\n`);
        this.displayPrompt();
        return;
      }
      this.clearBufferedCommand();
      this.lines.push(...data.split('\n'));
      this.evaluate(data.endsWith('\n') ? data : `${data}\n`, data);
      this.displayPrompt();
    },
  });
  if (repl.terminal) {
    repl.defineCommand('editor', {
      help: 'Enter editor mode',
      action() {
        this.editorMode = true;
        this.clearBufferedCommand();
        this.output.write('// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)\n');
        Interface.prototype.setPrompt.call(this, '');
      },
    });
  }
}

function start(prompt, source, evalFn, useGlobal, ignoreUndefined, replMode) {
  return new REPLServer(prompt, source, evalFn, useGlobal, ignoreUndefined, replMode);
}

// `rt` with no script on a terminal (or `rt -i`): a REPL on stdin/stdout with the
// built-in modules as globals and history in ~/.rt_repl_history.
function startCliRepl() {
  const { setupHistory } = require('internal/repl/history');
  const terminal = Boolean(process.stdout.isTTY) && process.env.TERM !== 'dumb' &&
    Boolean(process.stdin.isTTY);
  if (terminal || process.stdin.isTTY) {
    process.stdout.write(`Welcome to rt ${process.version}.\n` +
                         'Type ".help" for more information.\n');
  }
  const repl = new REPLServer({
    prompt: '> ',
    input: process.stdin,
    output: process.stdout,
    terminal,
    useGlobal: true,
    ignoreUndefined: false,
    [kStandaloneREPL]: true,
  });
  setupHistory(repl);
  repl.on('exit', () => process.exit());
  return repl;
}

module.exports = exports = {
  start,
  writer,
  REPLServer,
  REPL_MODE_SLOPPY,
  REPL_MODE_STRICT,
  Recoverable,
  builtinModules,
};

Object.defineProperty(module.exports, 'startCliRepl', {
  __proto__: null, value: startCliRepl, enumerable: false,
});
