'use strict';
// fs streams' autoClose is an accessor over the stream's autoDestroy, as in Node:
// not an own property, changeable after construction, and throwing on the prototype.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();

const read = fs.createReadStream(__filename, { autoClose: false });
assert.strictEqual(read.autoClose, false);
assert.ok(!Object.keys(read).includes('autoClose'));
read.autoClose = true;
assert.strictEqual(read._readableState.autoDestroy, true);
read.resume();
read.on('close', common.mustCall(() => assert.strictEqual(read.fd, null)));

const write = fs.createWriteStream(tmpdir.resolve('out.txt'));
assert.strictEqual(write.autoClose, true);
write.autoClose = false;
write.on('close', common.mustNotCall());
write.end('x', common.mustCall(() => {
  setImmediate(common.mustCall(() => {
    assert.strictEqual(write.closed, false);
    assert.notStrictEqual(write.fd, null);
    fs.closeSync(write.fd);
  }));
}));

assert.throws(() => fs.ReadStream.prototype.autoClose, TypeError);
assert.throws(() => fs.WriteStream.prototype.autoClose, TypeError);
