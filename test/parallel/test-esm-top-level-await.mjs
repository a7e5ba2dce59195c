// Top-level await in the entry and in dependencies: importers wait for the
// awaited value; a sibling without await may run while the dependency waits;
// a rejection after await rejects the import.
import '../common/index.js';
import assert from 'node:assert';
import { value } from '../fixtures/esm/tla-main.mjs';

assert.strictEqual(value, 42);
assert.deepStrictEqual(globalThis.esmTla, ['dep start', 'sibling', 'dep end', 'main 42']);

const awaited = await new Promise((resolve) => setImmediate(() => resolve('entry awaited')));
assert.strictEqual(awaited, 'entry awaited');

await assert.rejects(import('../fixtures/esm/tla-throws.mjs'), {
  name: 'Error',
  message: 'thrown after await',
});
// The failure is cached with the module: importing again gives the same error.
const first = await import('../fixtures/esm/tla-throws.mjs').catch((err) => err);
const second = await import('../fixtures/esm/tla-throws.mjs').catch((err) => err);
assert.strictEqual(first, second);

delete globalThis.esmTla;
