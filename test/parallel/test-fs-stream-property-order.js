'use strict';
// fs streams' own properties come in Node's order, so inspecting a stream (as error
// messages do) starts the same way.
require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const write = fs.createWriteStream(tmpdir.resolve('out.txt'));
assert.deepStrictEqual(Object.keys(write).slice(0, 8),
                       ['fd', 'path', 'flags', 'mode', 'flush', 'start', 'pos', 'bytesWritten']);
write.destroy();

const read = fs.createReadStream(__filename);
assert.deepStrictEqual(Object.keys(read).slice(0, 8),
                       ['fd', 'path', 'flags', 'mode', 'start', 'end', 'pos', 'bytesRead']);
read.destroy();
