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

// Profiling hooks belong to the inspector, which rt does not have: accept
// the calls and do nothing.
for (const name of ['profile', 'profileEnd', 'timeStamp']) {
  globalConsole[name] = { [name]() {} }[name];
}

// Legacy: the class hangs off the global instance.
globalConsole.Console = Console;

module.exports = globalConsole;
