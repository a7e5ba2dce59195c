// Importing CommonJS: default is module.exports, named exports are the names a
// static analysis of the source finds (including re-exports of another file);
// the file runs once and shares require()'s cache. Also createRequire().
import '../common/index.js';
import assert from 'node:assert';
import { createRequire } from 'node:module';
import named, { a, b, c, fn, notThere } from '../fixtures/esm/cjs/named.cjs';
import * as namedNs from '../fixtures/esm/cjs/named.cjs';
import * as reexportNs from '../fixtures/esm/cjs/reexport.cjs';
import esModule, * as esModuleNs from '../fixtures/esm/cjs/esmodule.cjs';
import callable, { extra } from '../fixtures/esm/cjs/function.cjs';
import defaultCjs from '../fixtures/esm/cjs/type-module-free.js';

assert.strictEqual(a, 1);
assert.strictEqual(b, 2);
assert.strictEqual(c, 3);
assert.strictEqual(fn(), 'fn');
assert.strictEqual(notThere, undefined);
assert.strictEqual(named.late, 5);
// `default` is always module.exports, never exports.default.
assert.strictEqual(named.default, 'not the default export');
assert.strictEqual(namedNs.default, named);
assert.strictEqual(namedNs['quoted-name'], 4);
assert.strictEqual('late' in namedNs, false);
assert.deepStrictEqual(Object.keys(namedNs),
                       ['a', 'b', 'c', 'default', 'fn', 'notThere', 'quoted-name']);

// module.exports = require('./named.cjs') re-exports that file's names.
assert.deepStrictEqual(Object.keys(reexportNs), Object.keys(namedNs));
assert.strictEqual(reexportNs.default, named);

assert.strictEqual(esModule.default, 'transpiled default');
assert.strictEqual(esModuleNs.x, 'x');
assert.strictEqual(esModuleNs.__esModule, true);

assert.strictEqual(callable(), 'called');
assert.strictEqual(extra, 'extra');
assert.strictEqual(defaultCjs.kind, 'commonjs by default');

// createRequire(import.meta.url) shares the CommonJS cache with imports.
const require = createRequire(import.meta.url);
assert.strictEqual(require('../fixtures/esm/cjs/named.cjs'), named);
const first = require('../fixtures/esm/cjs/counter.cjs');
const imported = await import('../fixtures/esm/cjs/counter.cjs');
assert.strictEqual(imported.default, first);
assert.strictEqual(first.evaluated, 1);
delete globalThis.cjsCounterEvaluations;

// import() from CommonJS resolves against the CommonJS file.
const importFromCjs = require('../fixtures/esm/cjs/imports-esm.cjs');
const counter = await importFromCjs();
assert.strictEqual(counter.default, 'counter');
delete globalThis.esmCounterEvaluations;

// A name the analysis cannot see is a link error with advice.
await assert.rejects(import('../fixtures/esm/cjs-missing-named.mjs'), {
  name: 'SyntaxError',
  message: "Named export 'late' not found. The requested module './cjs/named.cjs' is a " +
    'CommonJS module, which may not support all module.exports as named exports.\n' +
    'CommonJS modules can always be imported via the default export, for example using:\n\n' +
    "import pkg from './cjs/named.cjs';\nconst { a, late: renamed } = pkg;\n",
});
