'use strict';
// Modules are known by their real path: requiring a file through symlinks
// gives the one cached module, whose relative requires start from the real
// folder.
require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const tmpdir = require('../common/tmpdir');

const probe = path.join(__dirname, '..', 'fixtures', 'cjs', 'probe');
tmpdir.refresh();

fs.symlinkSync(path.join(probe, 'req-a.js'), tmpdir.resolve('link-1.js'));
fs.symlinkSync(path.join(probe, 'req-a.js'), tmpdir.resolve('link-2.js'));
fs.symlinkSync(probe, tmpdir.resolve('dir-link'));

// req-a.js requires './a', found next to the real file.
assert.strictEqual(require(tmpdir.resolve('link-1.js')), 'probe/a.js');
assert.strictEqual(require.resolve(tmpdir.resolve('link-1')), path.join(probe, 'req-a.js'));
assert.strictEqual(require.resolve(tmpdir.resolve('dir-link', 'a')), path.join(probe, 'a.js'));

const real = require.cache[path.join(probe, 'req-a.js')];
assert.strictEqual(real.filename, path.join(probe, 'req-a.js'));
assert.strictEqual(require.cache[tmpdir.resolve('link-1.js')], undefined);
require(tmpdir.resolve('link-2.js'));
assert.strictEqual(require.cache[path.join(probe, 'req-a.js')], real);
