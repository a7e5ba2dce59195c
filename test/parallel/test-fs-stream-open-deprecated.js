'use strict';
// ReadStream.prototype.open() and WriteStream.prototype.open() are deprecated
// no-ops (DEP0135, warned once): the streams open themselves.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
process.on('warning', common.mustCall((warning) => {
  assert.strictEqual(warning.code, 'DEP0135');
  assert.strictEqual(warning.message, 'ReadStream.prototype.open() is deprecated');
}));

const read = fs.createReadStream(__filename);
read.on('open', common.mustCall());
assert.strictEqual(read.open(), undefined);
read.resume();

const write = fs.createWriteStream(tmpdir.resolve('out.txt'));
write.on('open', common.mustCall());
assert.strictEqual(write.open(), undefined);
write.end('x');
