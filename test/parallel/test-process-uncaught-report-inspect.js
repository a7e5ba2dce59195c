'use strict';
// How an uncaught error's report inspects it: without its custom inspect function, to a
// depth of at least 5; one whose stack cannot be read prints as `name: message` with the
// --trace-uncaught hint, exit code 1.
require('../common');
const assert = require('assert');
const path = require('path');
const { spawnSync } = require('child_process');

const runtime = path.basename(process.execPath);
const hint = `(Use \`${runtime} --trace-uncaught ...\` to show where the exception was thrown)`;

function stderrOf(code) {
  const child = spawnSync(process.execPath, ['-e', code], { encoding: 'utf8' });
  assert.strictEqual(child.status, 1);
  return child.stderr.slice(0, child.stderr.lastIndexOf('\n\n'));
}

{
  const stderr = stderrOf("const e = new Error('deep'); e.data = { a: { b: { c: { d: { e: 1 } } } } };" +
                          "e[Symbol.for('nodejs.util.inspect.custom')] = () => 'CUSTOM'; throw e;");
  assert.doesNotMatch(stderr, /^CUSTOM$/m);
  assert.match(stderr, /\nError: deep\n/);
  assert.match(stderr, /\n {2}data: {\n {4}a: {\n {6}b: { c: { d: { e: 1 } } }\n {4}}\n {2}},\n/);
}

{
  const stderr = stderrOf("require('assert').deepStrictEqual({ a: 1 }, { a: 2 })");
  assert.match(stderr, /\n {2}actual: { a: 1 },\n {2}expected: { a: 2 },\n/);
}

{
  const code = "const e = new Error('gs'); Object.defineProperty(e, 'stack', " +
               "{ get() { throw new Error('no'); } }); throw e;";
  assert.strictEqual(stderrOf(code),
                     `[eval]:1\n${code}\n${' '.repeat(code.indexOf('throw e'))}^\n\n` +
                     `Error: gs\n${hint}`);
}
