// Static import/export: named, default, namespace, renamed re-exports,
// `export * from`, live bindings, and one instance per resolved URL.
import '../common/index.js';
import assert from 'node:assert';
import counterDefault, { count, increment } from '../fixtures/esm/counter.mjs';
import * as counterNs from '../fixtures/esm/counter.mjs';
import * as re from '../fixtures/esm/reexport.mjs';
import { renamedCount, counterName, counterNamespace } from '../fixtures/esm/reexport.mjs';

assert.strictEqual(counterDefault, 'counter');
assert.strictEqual(count, 0);
increment();
// Live bindings: every importer sees the new value.
assert.strictEqual(count, 1);
assert.strictEqual(counterNs.count, 1);
assert.strictEqual(renamedCount, 1);
assert.strictEqual(re.count, 1);
assert.strictEqual(counterName, 'counter');
assert.strictEqual(counterNamespace, counterNs);

// `export *` does not re-export the default.
assert.deepStrictEqual(Object.keys(re),
                       ['count', 'counterName', 'counterNamespace', 'increment', 'own',
                        'renamedCount']);
assert.strictEqual(Object.prototype.toString.call(counterNs), '[object Module]');
assert.strictEqual(Object.getPrototypeOf(counterNs), null);
assert.throws(() => { counterNs.count = 5; }, TypeError);

// The same URL evaluates once, whichever specifier reaches it.
const again = await import('../fixtures/esm/counter.mjs');
const viaOtherPath = await import('../fixtures/esm/meta/../counter.mjs');
assert.strictEqual(again, counterNs);
assert.strictEqual(viaOtherPath, counterNs);
assert.strictEqual(globalThis.esmCounterEvaluations, 1);
// A query string makes another URL: another instance.
const withQuery = await import('../fixtures/esm/counter.mjs?second');
assert.notStrictEqual(withQuery, counterNs);
assert.strictEqual(withQuery.count, 0);
assert.strictEqual(globalThis.esmCounterEvaluations, 2);

// Module code is strict and `this` is undefined at the top level.
assert.strictEqual(this, undefined);
assert.strictEqual(typeof require, 'undefined');
assert.strictEqual(typeof module, 'undefined');
assert.strictEqual(typeof __filename, 'undefined');

delete globalThis.esmCounterEvaluations;
