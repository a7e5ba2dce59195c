'use strict';
// What an uncaught throw of something that is not an Error prints, as Node prints it:
// a blank line, the arrow, then an object inspected or a primitive as its string and
// the --trace-uncaught hint.
require('../common');
const assert = require('assert');
const path = require('path');
const fs = require('fs');
const { spawnSync } = require('child_process');
const tmpdir = require('../common/tmpdir');
tmpdir.refresh();

const runtime = path.basename(process.execPath);
let count = 0;
function stderrOf(code) {
  const file = tmpdir.resolve(`throw-${count++}.js`);
  fs.writeFileSync(file, `${code}\n`);
  const child = spawnSync(process.execPath, [file], { encoding: 'utf8' });
  assert.strictEqual(child.status, 1);
  return child.stderr.slice(0, child.stderr.lastIndexOf('\n\n')).split(file).join('FILE');
}
const hint = `(Use \`${runtime} --trace-uncaught ...\` to show where the exception was thrown)`;

assert.strictEqual(stderrOf("throw 'str'"), `\nFILE:1\nthrow 'str'\n^\nstr\n${hint}`);
assert.strictEqual(stderrOf('throw 10n'), `\nFILE:1\nthrow 10n\n^\n10\n${hint}`);
assert.strictEqual(stderrOf("throw Symbol('s')"), `\nFILE:1\nthrow Symbol('s')\n^\n\n${hint}`);
assert.strictEqual(stderrOf("throw { stack: 'S', message: 'M' }"),
                   "\nFILE:1\nthrow { stack: 'S', message: 'M' }\n^\n{ stack: 'S', message: 'M' }");
assert.strictEqual(
  stderrOf("throw Object.assign(Object.create(Error.prototype), { message: 'fake' })"),
  "\nFILE:1\nthrow Object.assign(Object.create(Error.prototype), { message: 'fake' })\n^\n" +
  '[Error: fake]');
