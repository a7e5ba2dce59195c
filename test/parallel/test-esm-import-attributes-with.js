'use strict';
// Import attributes written with `with` (Node 20's syntax) work in static imports,
// re-exports and import(specifier, { with }) from ES modules and CommonJS; a JSON
// module imported without the attribute still fails.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const { pathToFileURL } = require('node:url');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
fs.writeFileSync(tmpdir.resolve('data.json'), '{"k":1}');
fs.writeFileSync(tmpdir.resolve('reexport.mjs'),
                 "export { default } from './data.json' with { type: 'json' };\n");
fs.writeFileSync(tmpdir.resolve('main.mjs'), `
import data from './data.json' with { type: 'json' };
import again from './reexport.mjs';
const dynamic = await import('./data.json', { with: { type: 'json' } });
export default [data, again, dynamic.default];
`);

(async () => {
  const { default: [data, again, dynamic] } = await import(pathToFileURL(tmpdir.resolve('main.mjs')));
  assert.deepStrictEqual(data, { k: 1 });
  assert.strictEqual(again, data);
  assert.strictEqual(dynamic, data);

  const fromCjs = await import(pathToFileURL(tmpdir.resolve('data.json')), { with: { type: 'json' } });
  assert.strictEqual(fromCjs.default, data);
  const withAssert = await import(pathToFileURL(tmpdir.resolve('data.json')), { assert: { type: 'json' } });
  assert.strictEqual(withAssert.default, data);

  await assert.rejects(import(pathToFileURL(tmpdir.resolve('data.json'))),
                       { code: 'ERR_IMPORT_ASSERTION_TYPE_MISSING' });
  await assert.rejects(import('data:application/json,{}', { with: { type: 'css' } }),
                       { code: 'ERR_IMPORT_ASSERTION_TYPE_UNSUPPORTED' });
})().then(common.mustCall());
