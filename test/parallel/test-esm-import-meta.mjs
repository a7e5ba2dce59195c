// import.meta: url, dirname, filename and resolve(), as a null-prototype object.
import '../common/index.js';
import assert from 'node:assert';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { meta, keys, resolved } from '../fixtures/esm/meta/meta.mjs';

const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'esm');
const file = path.join(fixtures, 'meta', 'meta.mjs');

assert.strictEqual(Object.getPrototypeOf(import.meta), null);
assert.deepStrictEqual(keys, ['dirname', 'filename', 'resolve', 'url']);
assert.strictEqual(meta.url, pathToFileURL(file).href);
assert.strictEqual(meta.filename, file);
assert.strictEqual(meta.dirname, path.dirname(file));
assert.strictEqual(typeof meta.resolve, 'function');
assert.strictEqual(meta.resolve.name, 'resolve');

assert.strictEqual(import.meta.filename, fileURLToPath(import.meta.url));
assert.strictEqual(import.meta.dirname, path.dirname(import.meta.filename));

assert.deepStrictEqual(resolved, {
  relative: pathToFileURL(path.join(fixtures, 'meta', 'other.mjs')).href,
  // A file that does not exist still has a URL.
  missing: pathToFileURL(path.join(fixtures, 'meta', 'does-not-exist.mjs')).href,
  builtin: 'node:fs',
  scheme: 'node:path',
  pkg: pathToFileURL(path.join(fixtures, 'node_modules', 'esm-only', 'index.js')).href,
});
// A package that does not exist has no URL to give.
assert.throws(() => meta.resolve('no-such-package'), { code: 'ERR_MODULE_NOT_FOUND' });
