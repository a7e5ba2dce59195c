// Resolution failures carry Node's codes and messages.
import '../common/index.js';
import assert from 'node:assert';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(import.meta.url);
const fixtures = path.join(path.dirname(here), '..', 'fixtures', 'esm');

await assert.rejects(import('../fixtures/esm/does-not-exist.mjs'), {
  name: 'Error',
  code: 'ERR_MODULE_NOT_FOUND',
  message: `Cannot find module '${path.join(fixtures, 'does-not-exist.mjs')}' imported from ${here}`,
  url: pathToFileURL(path.join(fixtures, 'does-not-exist.mjs')).href,
});
// No extension probing or directory indexes. (Node may add a "Did you mean"
// line whose path depends on the working directory: only the first line is checked.)
function firstLine(code, message) {
  return (err) => {
    assert.strictEqual(err.code, code);
    assert.strictEqual(err.message.split('\n')[0], message);
    return true;
  };
}
await assert.rejects(import('../fixtures/esm/dep-js'), firstLine(
  'ERR_MODULE_NOT_FOUND',
  `Cannot find module '${path.join(fixtures, 'dep-js')}' imported from ${here}`));
await assert.rejects(import('../fixtures/esm/directory'), firstLine(
  'ERR_UNSUPPORTED_DIR_IMPORT',
  `Directory import '${path.join(fixtures, 'directory')}' is not supported ` +
    `resolving ES modules imported from ${here}`));
await assert.rejects(import('../fixtures/esm/unknown.ext'), {
  name: 'TypeError',
  code: 'ERR_UNKNOWN_FILE_EXTENSION',
  message: `Unknown file extension ".ext" for ${path.join(fixtures, 'unknown.ext')}`,
});
await assert.rejects(import('https://example.com/x.mjs'), {
  code: 'ERR_UNSUPPORTED_ESM_URL_SCHEME',
  message: 'Only URLs with a scheme in: file, data, and node are supported by the default ' +
    "ESM loader. Received protocol 'https:'",
});
await assert.rejects(import('no-such-package-anywhere'), {
  code: 'ERR_MODULE_NOT_FOUND',
  message: `Cannot find package 'no-such-package-anywhere' imported from ${here}`,
});
await assert.rejects(import('#no-imports-here'), { code: 'ERR_PACKAGE_IMPORT_NOT_DEFINED' });
await assert.rejects(import('../fixtures/esm/%2fcounter.mjs'), {
  code: 'ERR_INVALID_MODULE_SPECIFIER',
});

// file: URLs and absolute paths reach the same module.
const byUrl = await import(pathToFileURL(path.join(fixtures, 'no-default.mjs')).href);
const byPath = await import(path.join(fixtures, 'no-default.mjs'));
assert.strictEqual(byUrl, byPath);
assert.strictEqual(byUrl.only, 'named only');

// data: URLs.
const data = await import('data:text/javascript,export default 6 * 7');
assert.strictEqual(data.default, 42);

// Link errors: a missing named export is a SyntaxError.
await assert.rejects(import('../fixtures/esm/missing-export.mjs'), {
  name: 'SyntaxError',
  message: "The requested module './counter.mjs' does not provide an export named 'nope'",
});
await assert.rejects(import('../fixtures/esm/syntax-error.mjs'), {
  name: 'SyntaxError',
  message: "Unexpected token ';'",
});
delete globalThis.esmCounterEvaluations;
