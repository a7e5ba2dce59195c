'use strict';

// node:test/reporters — the built-in reporters: dot and tap are async generator
// functions over test events, spec is a Transform stream class.

const reporters = {
  dot: 'internal/test_runner/reporter/dot',
  spec: 'internal/test_runner/reporter/spec',
  tap: 'internal/test_runner/reporter/tap',
};

for (const name of Object.keys(reporters)) {
  Object.defineProperty(module.exports, name, {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() {
      return require(reporters[name]);
    },
  });
}
