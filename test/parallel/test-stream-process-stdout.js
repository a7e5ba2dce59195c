'use strict';
// process.stdout and process.stderr are Writable streams that write at once.
const common = require('../common');
const assert = require('assert');
const { Writable } = require('stream');

for (const [name, fd] of [['stdout', 1], ['stderr', 2]]) {
  const s = process[name];
  assert.ok(s instanceof Writable, name);
  assert.strictEqual(s.fd, fd);
  assert.strictEqual(s._isStdio, true);
  assert.strictEqual(s.writable, true);
  assert.strictEqual(s.readable, false);
  assert.strictEqual(s.writableObjectMode, false);
  assert.strictEqual(s.writableHighWaterMark, 16384);
  assert.strictEqual(typeof s.destroySoon, 'function');
  assert.strictEqual(s, process[name]);
}

// Writing: string, string with encoding, and bytes; the callback runs once per write.
assert.strictEqual(process.stdout.write('one\n', common.mustCall((err) => {
  assert.ok(err === null || err === undefined);
})), true);
process.stdout.write('74776f0a', 'hex', common.mustCall());
process.stdout.write(new Uint8Array([0x33, 0x0a]), common.mustCall());

assert.throws(() => process.stdout.write(42), {
  code: 'ERR_INVALID_ARG_TYPE',
  name: 'TypeError',
});

// Piping a readable into stdout does not end it.
const { Readable } = require('stream');
Readable.from(['piped\n']).pipe(process.stdout);
process.on('exit', () => {
  assert.strictEqual(process.stdout.writableEnded, false);
});
