'use strict';
// ES module entry points: .mjs, .js under "type": "module" (with a shebang),
// process.argv[1], uncaught errors and syntax errors printed with file:line and
// a caret, exit code 13 for an unsettled top-level await, and promise jobs
// running before process.nextTick callbacks in module code.
require('../common');
const assert = require('node:assert');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { spawnSync } = require('node:child_process');

const fixtures = path.join(__dirname, '..', 'fixtures', 'esm');

function run(file, args = []) {
  return spawnSync(process.execPath, [...args, path.join(fixtures, file)], { encoding: 'utf8' });
}

{
  const child = run(path.join('type-module', 'main.js'));
  assert.strictEqual(child.stderr, '');
  assert.strictEqual(child.stdout, 'esm in a type: module scope\n' +
    'cjs file in a type: module scope\ntrue\n');
  assert.strictEqual(child.status, 0);
}

{
  const child = run('throws.mjs');
  const url = pathToFileURL(path.join(fixtures, 'throws.mjs')).href;
  assert.strictEqual(child.status, 1);
  assert.strictEqual(child.stdout, '');
  const expected = `${url}:2\nthrow new Error(\`thrown at \${where}\`);\n      ^\n\n` +
    'Error: thrown at line two\n' +
    `    at ${url}:2:7\n`;
  assert.ok(child.stderr.startsWith(expected), child.stderr);
}

{
  const child = run('syntax-error.mjs');
  const url = pathToFileURL(path.join(fixtures, 'syntax-error.mjs')).href;
  assert.strictEqual(child.status, 1);
  const expected = `${url}:2\nexport const broken = ;\n                      ^\n\n` +
    "SyntaxError: Unexpected token ';'\n";
  assert.ok(child.stderr.startsWith(expected), child.stderr);
}

{
  const child = run('unsettled.mjs');
  assert.strictEqual(child.status, 13);
  assert.strictEqual(child.stdout, '');
}

{
  const child = run('microtask-order.mjs');
  assert.strictEqual(child.stdout, 'microtask,tick\n');
  assert.strictEqual(child.status, 0);
}
