'use strict';
require('../common');
const assert = require('node:assert');

const a = Buffer.from('abc');
const b = Buffer.from('abd');
const c = Buffer.from('ab');

// Buffer.compare and buf.compare.
assert.strictEqual(Buffer.compare(a, b), -1);
assert.strictEqual(Buffer.compare(b, a), 1);
assert.strictEqual(Buffer.compare(a, Buffer.from('abc')), 0);
assert.strictEqual(Buffer.compare(c, a), -1);
assert.strictEqual(Buffer.compare(a, c), 1);
assert.strictEqual(Buffer.compare(Buffer.alloc(0), Buffer.alloc(0)), 0);
assert.strictEqual(Buffer.compare(new Uint8Array([1]), new Uint8Array([2])), -1);
assert.deepStrictEqual([b, c, a].sort(Buffer.compare), [c, a, b]);
assert.strictEqual(a.compare(b), -1);
assert.strictEqual(a.compare(b, 0, 2), 1);
assert.strictEqual(a.compare(b, 0, 2, 0, 2), 0);
assert.strictEqual(a.compare(b, 2, 3, 2, 3), -1);
assert.strictEqual(a.compare(b, 1, 1), 1);
assert.strictEqual(a.compare(b, 0, 3, 1, 1), -1);
assert.strictEqual(a.compare(b, 1, 1, 2, 2), 0);
assert.strictEqual(a.compare(b, undefined, undefined, 2), 1);

// equals.
assert.strictEqual(a.equals(Buffer.from('abc')), true);
assert.strictEqual(a.equals(b), false);
assert.strictEqual(a.equals(c), false);
assert.strictEqual(a.equals(a), true);
assert.strictEqual(Buffer.alloc(0).equals(new Uint8Array(0)), true);

assert.throws(() => Buffer.compare('a', a), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf1" argument must be an instance of Buffer or Uint8Array. ' +
    'Received type string (\'a\')',
});
assert.throws(() => Buffer.compare(a, 1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf2" argument must be an instance of Buffer or Uint8Array. ' +
    'Received type number (1)',
});
assert.throws(() => a.compare('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "target" argument must be an instance of Buffer or Uint8Array. ' +
    'Received type string (\'x\')',
});
assert.throws(() => a.compare(b, 0, 4), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "targetEnd" is out of range. It must be >= 0 && <= 3. Received 4',
});
assert.throws(() => a.compare(b, -1), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => a.compare(b, 0, 3, 0, 5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => a.equals('abc'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "otherBuffer" argument must be an instance of Buffer or Uint8Array. ' +
    'Received type string (\'abc\')',
});

// concat.
assert.strictEqual(Buffer.concat([a, c, b]).toString(), 'abcababd');
assert.strictEqual(Buffer.concat([a, new Uint8Array([0x7a])]).toString(), 'abcz');
assert.strictEqual(Buffer.concat([]).length, 0);
assert.strictEqual(Buffer.concat([a, b], 4).toString(), 'abca');
assert.strictEqual(Buffer.concat([a], 5).toString('hex'), '6162630000');
assert.ok(Buffer.concat([a]) !== a);
assert.ok(Buffer.concat([a]) instanceof Buffer);
assert.strictEqual(Buffer.concat([Buffer.alloc(5000, 1), Buffer.alloc(5000, 2)]).length, 10000);
assert.throws(() => Buffer.concat('abc'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "list" argument must be an instance of Array. Received type string (\'abc\')',
});
assert.throws(() => Buffer.concat([a, 'b']), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "list[1]" argument must be an instance of Buffer or Uint8Array. ' +
    'Received type string (\'b\')',
});
assert.throws(() => Buffer.concat([a], -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "length" is out of range. It must be >= 0 && <= 4294967296. Received -1',
});

// copy.
const target = Buffer.alloc(6, 0x2e);
assert.strictEqual(a.copy(target), 3);
assert.strictEqual(target.toString(), 'abc...');
assert.strictEqual(a.copy(target, 4), 2);
assert.strictEqual(target.toString(), 'abc.ab');
assert.strictEqual(a.copy(target, 0, 1, 2), 1);
assert.strictEqual(target.toString(), 'bbc.ab');
assert.strictEqual(a.copy(target, 10), 0);
assert.strictEqual(a.copy(target, 0, 2, 1), 0);
assert.strictEqual(a.copy(target, 1.5, '1'), 2);
assert.strictEqual(target.toString(), 'bbc.ab');
const self = Buffer.from('abcdef');
assert.strictEqual(self.copy(self, 2), 4);
assert.strictEqual(self.toString(), 'ababcd');
assert.throws(() => a.copy('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "target" argument must be an instance of Buffer or Uint8Array. ' +
    'Received type string (\'x\')',
});
assert.throws(() => a.copy(target, -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "targetStart" is out of range. It must be >= 0. Received -1',
});
assert.throws(() => a.copy(target, 0, 4), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "sourceStart" is out of range. It must be >= 0 && <= 3. Received 4',
});
assert.throws(() => a.copy(target, 0, 0, -1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "sourceEnd" is out of range. It must be >= 0. Received -1',
});
