'use strict';
// Buffer() warns (DEP0005) only when called from code outside node_modules.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const depDir = tmpdir.resolve('node_modules', 'old-dep');
fs.mkdirSync(depDir, { recursive: true });
fs.writeFileSync(path.join(depDir, 'index.js'),
                 'module.exports = (n) => new Buffer(n);\n');
const appFile = tmpdir.resolve('app.js');
fs.writeFileSync(appFile, 'module.exports = (n) => Buffer(n);\n');

const fromDependency = require(depDir);
const fromApp = require(appFile);

// A user's Error.prepareStackTrace and stackTraceLimit are left as they were.
const userPrepare = (error, frames) => 'user stack';
Error.prepareStackTrace = userPrepare;
Error.stackTraceLimit = 3;

const fromDep = fromDependency(4);
assert.strictEqual(fromDep.length, 4);
assert.strictEqual(Error.prepareStackTrace, userPrepare);
assert.strictEqual(Error.stackTraceLimit, 3);
assert.strictEqual(new Error('x').stack, 'user stack');
Error.prepareStackTrace = undefined;
Error.stackTraceLimit = 10;

let warnings = 0;
process.on('warning', common.mustCall((warning) => {
  warnings++;
  assert.strictEqual(warning.name, 'DeprecationWarning');
  assert.strictEqual(warning.code, 'DEP0005');
  assert.strictEqual(warning.message,
                     'Buffer() is deprecated due to security and usability issues. ' +
                     'Please use the Buffer.alloc(), Buffer.allocUnsafe(), or ' +
                     'Buffer.from() methods instead.');
}));

// Calls from the dependency never warn; the first call from the app does, once.
setImmediate(common.mustCall(() => {
  assert.strictEqual(warnings, 0);
  assert.deepStrictEqual([...fromApp(2)], [0, 0]);
  fromApp(1);
  fromDependency(1);
  setImmediate(common.mustCall(() => assert.strictEqual(warnings, 1)));
}));
