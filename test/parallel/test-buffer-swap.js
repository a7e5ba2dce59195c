'use strict';
require('../common');
const assert = require('node:assert');

const seq = (n) => Buffer.from(Array.from({ length: n }, (_, i) => i + 1));

assert.strictEqual(seq(4).swap16().toString('hex'), '02010403');
assert.strictEqual(seq(8).swap32().toString('hex'), '0403020108070605');
assert.strictEqual(seq(8).swap64().toString('hex'), '0807060504030201');
assert.strictEqual(Buffer.alloc(0).swap16().length, 0);

// Large buffers go through C++; the results must agree with the small path.
for (const [size, method] of [[2, 'swap16'], [4, 'swap32'], [8, 'swap64']]) {
  const big = Buffer.alloc(1024);
  for (let i = 0; i < big.length; i++) big[i] = i & 0xff;
  const swapped = Buffer.from(big)[method]();
  for (let i = 0; i < big.length; i++) {
    const group = i - (i % size);
    assert.strictEqual(swapped[i], big[group + size - 1 - (i % size)]);
  }
  assert.ok(swapped[method]().equals(big));
}

// A view into a larger buffer swaps only its own bytes.
const outer = seq(6);
outer.subarray(1, 5).swap16();
assert.strictEqual(outer.toString('hex'), '010302050406');
const returned = seq(2);
assert.strictEqual(returned.swap16(), returned);

for (const [method, bits, length] of [['swap16', 16, 3], ['swap32', 32, 6], ['swap64', 64, 12]]) {
  assert.throws(() => Buffer.alloc(length)[method](), {
    code: 'ERR_INVALID_BUFFER_SIZE',
    name: 'RangeError',
    message: `Buffer size must be a multiple of ${bits}-bits`,
  });
}
assert.throws(() => Buffer.alloc(1026).swap32(), { code: 'ERR_INVALID_BUFFER_SIZE' });
