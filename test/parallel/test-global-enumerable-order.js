'use strict';
// The enumerable globals, in Node 20's order (scripts print Object.keys(globalThis)).
const assert = require('assert');

assert.deepStrictEqual(Object.keys(globalThis), [
  'global', 'clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout', 'setInterval',
  'setTimeout', 'queueMicrotask', 'structuredClone', 'atob', 'btoa', 'performance', 'fetch',
  'crypto',
]);
