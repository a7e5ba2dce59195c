'use strict';

// Picks the entry point: -e/-p code, a script file, a script on stdin, or the REPL.

const options = internalBinding('options');
const { runScript } = internalBinding('contextify');
const stdio = internalBinding('stdio');

function preload(requireFn) {
  for (const id of options.requires) requireFn(id);
}

// Runs code the way `node -e` does: a classic script named [eval] (or [stdin]) with
// module, require, exports, __filename and __dirname as globals.
function evalScript(name, body, print) {
  const { createEvalModule } = require('internal/modules/cjs/loader');
  const { module, require: evalRequire } = createEvalModule(process.cwd());
  module.id = name;
  globalThis.__filename = name;
  globalThis.module = module;
  globalThis.exports = module.exports;
  globalThis.__dirname = '.';
  globalThis.require = evalRequire;
  preload(evalRequire);
  const result = runScript(body, name);
  if (print) {
    const { log } = require('console');
    log(result);
  }
  return result;
}

// `--input-type=module`: -e and stdin source is an ES module.
function evalModuleOrScript(name, body, print) {
  if (options.inputType !== 'module') return evalScript(`[${name}]`, body, print);
  if (print) throw new (require('internal/errors').codes.ERR_EVAL_ESM_CANNOT_PRINT)();
  require('internal/modules/esm/loader').evalModule(body);
}

function main() {
  // A child forked with an IPC channel (by rt or node): set up process.send & co.
  if (process.env.NODE_CHANNEL_FD) require('internal/child_process/ipc').setupChildChannel();
  // A cluster worker (cluster.fork() set NODE_UNIQUE_ID): servers listen through the primary.
  if (process.env.NODE_UNIQUE_ID) {
    require('cluster')._setupWorker();
    delete process.env.NODE_UNIQUE_ID;
  }
  require('internal/modules/esm/utils').initializeESM();
  if (process.execArgv.includes('--test')) {
    const files = options.scriptPath ? [options.scriptPath, ...process.argv.slice(2)] : [];
    require('internal/test_runner/runner').run(files);
    return;
  }
  if (options.hasEval) {
    evalModuleOrScript('eval', options.evalSource, options.printEval);
    if (options.interactive) startRepl();
    return;
  }
  if (options.scriptPath) {
    const path = require('path');
    const mainPath = path.resolve(options.scriptPath);
    process.argv[1] = mainPath;
    const { Module, runMain, initializeCJS } = require('internal/modules/cjs/loader');
    initializeCJS();
    if (options.requires.length > 0) {
      Module._preloadModules(options.requires);
    }
    if (options.checkSyntax) {
      const code = internalBinding('fs').readFileUtf8(Module._findPath(mainPath, [''], true) || mainPath, 0);
      const { stripShebang } = require('internal/modules/helpers');
      internalBinding('contextify').compileFunction(stripShebang(code), mainPath,
        ['exports', 'require', 'module', '__filename', '__dirname']);
      return;
    }
    runMain(mainPath);
    return;
  }
  if (options.readStdin || (!options.interactive && stdio.guessHandleType(0) !== 'TTY')) {
    const code = stdio.readAllSync(0);
    if (typeof code === 'number') {
      throw require('internal/errors').UVException({ errno: code, syscall: 'read' });
    }
    process.argv.splice(1, 0, '-');
    evalModuleOrScript('stdin', code, options.printEval);
    return;
  }
  startRepl();
}

// `rt` on a terminal, or `rt -i`: the REPL on stdin/stdout.
function startRepl() {
  const { createEvalModule } = require('internal/modules/cjs/loader');
  const { module, require: replRequire } = createEvalModule(process.cwd());
  module.id = '<repl>';
  module.filename = require('path').join(process.cwd(), '<repl>');
  globalThis.module = module;
  globalThis.require = replRequire;
  globalThis.exports = module.exports;
  preload(replRequire);
  require('repl').startCliRepl();
}

module.exports = { main, evalScript };
