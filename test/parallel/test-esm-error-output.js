'use strict';
// How uncaught ES module errors print, as in Node: a link error's stack starts with
// its source arrow (no blank line between), and `require is not defined` in an ES
// module explains why the file is one.
require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const dir = tmpdir.resolve('pkg');
fs.mkdirSync(dir);
fs.writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}');
fs.writeFileSync(path.join(dir, 'lib.js'), 'export const x = 1;\n');
fs.writeFileSync(path.join(dir, 'bad-name.js'), 'import { nope } from "./lib.js";\n');
fs.writeFileSync(path.join(dir, 'uses-require.js'), 'const x = require("./lib.js");\n');
fs.writeFileSync(path.join(dir, 'uses-dirname.mjs'), 'console.log(__dirname);\n');

function stderrOf(file) {
  const { stderr, status } = spawnSync(process.execPath, [path.join(dir, file)], { encoding: 'utf8' });
  assert.strictEqual(status, 1);
  return stderr.split('\n');
}

const link = stderrOf('bad-name.js');
assert.deepStrictEqual(link.slice(0, 4), [
  `${require('node:url').pathToFileURL(path.join(dir, 'bad-name.js'))}:1`,
  'import { nope } from "./lib.js";',
  '         ^^^^',
  "SyntaxError: The requested module './lib.js' does not provide an export named 'nope'",
]);

const req = stderrOf('uses-require.js');
assert.strictEqual(req[3], '');
assert.strictEqual(req[4],
                   'ReferenceError: require is not defined in ES module scope, you can use import instead');
assert.strictEqual(req[5],
                   "This file is being treated as an ES module because it has a '.js' file extension " +
                   `and '${path.join(dir, 'package.json')}' contains "type": "module". To treat it as ` +
                   "a CommonJS script, rename it to use the '.cjs' file extension.");

const mjs = stderrOf('uses-dirname.mjs');
assert.strictEqual(mjs[4], 'ReferenceError: __dirname is not defined in ES module scope');
assert.match(mjs[5], /^ {4}at /);
