'use strict';
// module.syncBuiltinESMExports() copies changes to a built-in's CommonJS exports
// into the named exports of its ES module facade (live bindings included); a
// deleted export becomes undefined and names added later stay out.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const { syncBuiltinESMExports } = require('node:module');
const { pathToFileURL } = require('node:url');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('probe.mjs');
fs.writeFileSync(file, `
import { readFileSync } from 'node:fs';
import * as ns from 'fs';
export function current() { return readFileSync; }
export { ns };
`);

(async () => {
  const { current, ns } = await import(pathToFileURL(file));
  const original = fs.readFileSync;
  const patched = () => 'patched';
  fs.readFileSync = patched;
  fs.addedLater = 1;
  assert.strictEqual(current(), original);
  syncBuiltinESMExports();
  assert.strictEqual(current(), patched);
  assert.strictEqual(ns.readFileSync, patched);
  assert.strictEqual('addedLater' in ns, false);
  assert.strictEqual(ns.default, fs);

  delete fs.readFileSync;
  syncBuiltinESMExports();
  assert.strictEqual(current(), undefined);

  fs.readFileSync = original;
  delete fs.addedLater;
  syncBuiltinESMExports();
  assert.strictEqual(current(), original);
})().then(common.mustCall());
