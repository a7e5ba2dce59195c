'use strict';
// os.type(), os.release(), os.version(), os.machine(), os.arch(),
// os.platform() and os.endianness() against the kernel's own answers.
require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const os = require('node:os');

const proc = (name) => fs.readFileSync(`/proc/sys/kernel/${name}`, 'utf8').trim();

assert.strictEqual(os.type(), proc('ostype'));
assert.strictEqual(os.type(), 'Linux');
assert.strictEqual(os.release(), proc('osrelease'));
assert.strictEqual(os.version(), proc('version'));
assert.strictEqual(`${os.release}`, proc('osrelease'));

const machineForArch = { x64: 'x86_64', arm64: 'aarch64', ia32: 'i686', arm: 'armv7l' };
assert.strictEqual(os.machine(), machineForArch[process.arch]);

assert.strictEqual(os.arch(), process.arch);
assert.strictEqual(os.platform(), process.platform);
assert.strictEqual(os.platform(), 'linux');
assert.strictEqual(`${os.platform}`, 'linux');

const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;
assert.strictEqual(os.endianness(), littleEndian ? 'LE' : 'BE');

assert.strictEqual(os.EOL, '\n');
assert.strictEqual(os.devNull, '/dev/null');
assert.throws(() => { 'use strict'; os.EOL = 'x'; }, TypeError);
