'use strict';
// The entry script: how it is found (extension probing, directories,
// symlinks), what it sees (require.main, module.id '.'), the error when it or
// one of its dependencies is missing, and require() in `-e` code.
require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const tmpdir = require('../common/tmpdir');

const fx = path.join(__dirname, '..', 'fixtures', 'cjs');
const printMain = path.join(fx, 'main', 'print-main.js');

function run(args, options) {
  return spawnSync(process.execPath, args, { encoding: 'utf8', ...options });
}

function runMain(entry) {
  const child = run([entry]);
  assert.strictEqual(child.stderr, '');
  assert.strictEqual(child.status, 0);
  return JSON.parse(child.stdout);
}

const expected = {
  isMain: true,
  mainModule: true,
  id: '.',
  filename: printMain,
  argv1: printMain,
  parent: null,
  paths0: path.join(fx, 'main', 'node_modules'),
};
assert.deepStrictEqual(runMain(printMain), expected);
// process.argv[1] keeps what was given (made absolute); __filename is the file found.
assert.deepStrictEqual(runMain(path.join(fx, 'main', 'print-main')),
                       { ...expected, argv1: path.join(fx, 'main', 'print-main') });
assert.deepStrictEqual(runMain(path.join(fx, 'main', 'pkg')),
                       { ...expected, argv1: path.join(fx, 'main', 'pkg') });
assert.deepStrictEqual(run([path.relative(process.cwd(), printMain)]).stdout,
                       `${JSON.stringify(expected)}\n`);

// A symlinked entry runs as the file it points to.
tmpdir.refresh();
const link = tmpdir.resolve('link.js');
fs.symlinkSync(printMain, link);
assert.deepStrictEqual(runMain(link), { ...expected, argv1: link });

// A missing entry: no require stack.
{
  const missing = path.join(fx, 'main', 'no-such-entry.js');
  const child = run([missing]);
  assert.strictEqual(child.status, 1);
  assert.strictEqual(child.stdout, '');
  assert.match(child.stderr, new RegExp(`^Error: Cannot find module '${missing}'\n`, 'm'));
  assert.match(child.stderr, /^ {2}code: 'MODULE_NOT_FOUND',\n {2}requireStack: \[\]\n}$/m);
}

// A missing dependency of the entry names the entry in the require stack.
{
  const entry = path.join(fx, 'main', 'requires-missing.js');
  const child = run([entry]);
  assert.strictEqual(child.status, 1);
  assert.match(child.stderr, new RegExp(
    `^Error: Cannot find module './missing-dependency'\nRequire stack:\n- ${entry}\n`, 'm'));
}

// `-e`: require() resolves from the working directory; there is no main module.
{
  const code = 'console.log(JSON.stringify([require.resolve("./main/print-main"), ' +
    'require("pkg-top"), require.main === undefined, require.resolve.paths("x")[0]]))';
  const child = run(['-e', code], { cwd: fx });
  assert.strictEqual(child.stderr, '');
  assert.deepStrictEqual(JSON.parse(child.stdout), [
    printMain,
    'cjs/node_modules/pkg-top',
    true,
    path.join(fx, 'node_modules'),
  ]);
}
