'use strict';
// import() from CommonJS, from -e and piped code (resolved from the working
// directory), and --input-type=module for -e and stdin.
require('../common');
const assert = require('node:assert');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { spawnSync } = require('node:child_process');

const fixtures = path.join(__dirname, '..', 'fixtures', 'esm');

function run(args, input) {
  return spawnSync(process.execPath, args, { cwd: fixtures, encoding: 'utf8', input });
}

(async () => {
  const ns = await import('../fixtures/esm/no-default.mjs');
  assert.strictEqual(ns.only, 'named only');
  const cjs = await import('../fixtures/esm/cjs/named.cjs');
  assert.strictEqual(cjs.a, 1);
})().then(require('../common').mustCall());

const importFromCwd = 'import("./no-default.mjs").then((ns) => console.log(ns.only))';
{
  const child = run(['-e', importFromCwd]);
  assert.strictEqual(child.stderr, '');
  assert.strictEqual(child.stdout, 'named only\n');
}
{
  const child = run([], importFromCwd);
  assert.strictEqual(child.stderr, '');
  assert.strictEqual(child.stdout, 'named only\n');
}

const moduleSource = 'import { only } from "./no-default.mjs";\n' +
  'const { default: data } = await import("./data.json", { assert: { type: "json" } });\n' +
  'console.log(only, data.name, import.meta.url, typeof require);';
const evalURL = (name) => `${pathToFileURL(fixtures).href}/${name}`;
{
  const child = run(['--input-type=module', '-e', moduleSource]);
  assert.strictEqual(child.stdout, `named only data ${evalURL('[eval1]')} undefined\n`);
  assert.strictEqual(child.status, 0);
}
{
  const child = run(['--input-type=module'], moduleSource);
  assert.strictEqual(child.stdout, `named only data ${evalURL('[eval1]')} undefined\n`);
  assert.strictEqual(child.status, 0);
}
{
  const child = run(['--input-type=module', '-p', '1']);
  assert.strictEqual(child.status, 1);
  assert.match(child.stderr, /Error \[ERR_EVAL_ESM_CANNOT_PRINT\]: --print cannot be used with ESM input/);
}
