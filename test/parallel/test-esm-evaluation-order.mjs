// Dependencies evaluate before their importers, depth first in source order, each
// once; cycles see hoisted functions and a TDZ for bindings not yet initialised.
import '../common/index.js';
import assert from 'node:assert';
import '../fixtures/esm/order-main.mjs';
import { a, getB, seenFromB } from '../fixtures/esm/cycle-a.mjs';
import { b, early } from '../fixtures/esm/cycle-b.mjs';

assert.deepStrictEqual(globalThis.esmOrder, ['c', 'a', 'b', 'main']);

// cycle-a imports cycle-b first, so b runs before a and cannot read `a` yet.
assert.deepStrictEqual(globalThis.esmCycle, ['b', 'a']);
assert.strictEqual(early, 'ReferenceError');
assert.strictEqual(a, 'a');
assert.strictEqual(b, 'b');
assert.strictEqual(getB(), 'b');
assert.strictEqual(seenFromB, 'a');

delete globalThis.esmOrder;
delete globalThis.esmCycle;
