'use strict';

// The global console: a Console bound to process.stdout and process.stderr,
// which are looked up on first write (no I/O when this module loads).
// `require('console').Console` is the class, as in Node.

const {
  Console,
  kBindStreamsLazy,
  kBindProperties,
} = require('internal/console/constructor');

const globalConsole = { __proto__: {} };

// Copy every method (and the internal symbol-keyed helpers) from the
// prototype, bound to this object so that `const { log } = console` works.
for (const prop of Reflect.ownKeys(Console.prototype)) {
  if (prop === 'constructor') continue;
  const desc = Reflect.getOwnPropertyDescriptor(Console.prototype, prop);
  if (typeof desc.value === 'function') {
    desc.value = desc.value.bind(globalConsole);
    Reflect.defineProperty(desc.value, 'name', { __proto__: null, value: prop });
  }
  Reflect.defineProperty(globalConsole, prop, desc);
}

globalConsole[kBindStreamsLazy]({
  get stdout() {
    return process.stdout;
  },
  get stderr() {
    return process.stderr;
  },
});
globalConsole[kBindProperties](true, 'auto');

// Legacy: the class hangs off the global instance.
globalConsole.Console = Console;

// The inspector-only methods come from V8's console, as in Node; without an inspector
// they do nothing (and context() gives an object of such methods).
const { consoleFromVM } = require('internal/console/from_vm');
for (const name of ['profile', 'profileEnd', 'timeStamp', 'context']) {
  globalConsole[name] = typeof consoleFromVM?.[name] === 'function' ?
    consoleFromVM[name] : { [name]() {} }[name];
}

// V8 10.2 has no console.createTask; its task only runs the callback.
globalConsole.createTask = function createTask(...args) {
  const name = args[0];
  if (typeof name !== 'string' || name === '') {
    throw new Error('First argument must be a non-empty string.');
  }
  return {
    run(...runArgs) {
      const fn = runArgs[0];
      if (typeof fn !== 'function') throw new Error('First argument must be a function.');
      return fn();
    },
  };
};

module.exports = globalConsole;
