'use strict';
// require() of an ES module graph without top-level await returns its namespace
// (Node 20.19+ behaviour): the module evaluates once, shares the ESM cache, adds
// __esModule when there is a default export, honours a 'module.exports' export,
// and refuses graphs with top-level await.
require('../common');
const assert = require('node:assert');
const path = require('node:path');

const fixtures = path.join(__dirname, '..', 'fixtures', 'esm');

const ns = require('../fixtures/esm/require-target.mjs');
assert.strictEqual(ns.named, 'named');
assert.strictEqual(ns.default, 'the default');
assert.strictEqual(ns.__esModule, true);
assert.strictEqual(Object.prototype.toString.call(ns), '[object Module]');
assert.deepStrictEqual(Object.keys(ns), ['__esModule', 'default', 'named']);
assert.strictEqual(require('../fixtures/esm/require-target.mjs'), ns);
assert.strictEqual(globalThis.requireTargetEvaluations, 1);
delete globalThis.requireTargetEvaluations;

const noDefault = require('../fixtures/esm/no-default.mjs');
assert.deepStrictEqual(Object.keys(noDefault), ['only']);
assert.strictEqual('__esModule' in noDefault, false);

assert.deepStrictEqual(require('../fixtures/esm/module-exports-name.mjs'), { custom: true });

const typeModule = require('../fixtures/esm/type-module/esm.js');
assert.strictEqual(typeModule.kind, 'esm in a type: module scope');

const hasTla = path.join(fixtures, 'has-tla.mjs');
assert.throws(() => require(hasTla), {
  code: 'ERR_REQUIRE_ASYNC_MODULE',
});

(async () => {
  // import() then sees the same instance require() evaluated.
  const imported = await import('../fixtures/esm/no-default.mjs');
  assert.strictEqual(imported, noDefault);
})().then(require('../common').mustCall());
