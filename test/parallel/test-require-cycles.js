'use strict';
// A require() cycle returns the partly filled exports of the module that is
// still loading, and warns when a missing property of it is read.
const common = require('../common');
const assert = require('node:assert');

const a = require('../fixtures/cjs/cycle/a');
assert.deepStrictEqual(a.bSawA, { a1: 'a1' });
assert.strictEqual(a.b.aLoaded, false);
assert.strictEqual(a.a1, 'a1');
assert.strictEqual(a.a2, 'a2');
// Once loading is over the exports are a plain object again.
assert.strictEqual(Object.getPrototypeOf(a), Object.prototype);

process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.name, 'Warning');
  assert.strictEqual(warning.message, "Accessing non-existent property 'notThereYet' " +
    'of module exports inside circular dependency');
}));
const warnA = require('../fixtures/cjs/cycle/warn-a');
const warnB = require('../fixtures/cjs/cycle/warn-b');
assert.strictEqual(warnB.missing, undefined);
assert.strictEqual(warnB.present, 1);
assert.strictEqual(warnB.esModuleFlag, undefined);
assert.strictEqual(Object.getPrototypeOf(warnA), Object.prototype);
// No warning after loading finished.
assert.strictEqual(warnA.stillMissing, undefined);
