// JSON modules: default export only, and the import attribute is required.
import '../common/index.js';
import assert from 'node:assert';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'esm');
const jsonURL = pathToFileURL(path.join(fixtures, 'data.json')).href;

const viaAssert = await import('../fixtures/esm/json-assert.mjs');
const viaWith = await import('../fixtures/esm/json-with.mjs');
assert.deepStrictEqual(viaAssert.default, { name: 'data', list: [1, 2, 3] });
// One module instance per URL.
assert.strictEqual(viaWith.default, viaAssert.default);

const ns = await import('../fixtures/esm/data.json', { assert: { type: 'json' } });
assert.deepStrictEqual(Object.keys(ns), ['default']);
assert.strictEqual(ns.default, viaAssert.default);

await assert.rejects(import('../fixtures/esm/data.json'), {
  name: 'TypeError',
  code: 'ERR_IMPORT_ASSERTION_TYPE_MISSING',
  message: `Module "${jsonURL}" needs an import attribute of type "json"`,
});
await assert.rejects(import('../fixtures/esm/counter.mjs', { assert: { type: 'json' } }), {
  code: 'ERR_IMPORT_ASSERTION_TYPE_FAILED',
});
await assert.rejects(import('../fixtures/esm/data.json', { assert: { type: 'css' } }), {
  code: 'ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED',
  message: 'Import attribute type "css" is unsupported',
});
await assert.rejects(import('../fixtures/esm/bad.json', { assert: { type: 'json' } }), (err) => {
  assert.strictEqual(err.name, 'SyntaxError');
  assert.ok(err.message.startsWith(`${path.join(fixtures, 'bad.json')}: `), err.message);
  return true;
});
delete globalThis.esmCounterEvaluations;
