'use strict';
// randomBytes, randomFill(Sync), randomInt, randomUUID: sizes, ranges, callbacks, errors.
const common = require('../common');
const assert = require('node:assert');
const crypto = require('node:crypto');

// randomBytes
for (const size of [0, 1, 16, 1000, 65537]) {
  const b = crypto.randomBytes(size);
  assert.ok(Buffer.isBuffer(b));
  assert.strictEqual(b.length, size);
}
assert.notDeepStrictEqual(crypto.randomBytes(32), crypto.randomBytes(32));
crypto.randomBytes(24, common.mustSucceed((buf) => {
  assert.ok(Buffer.isBuffer(buf));
  assert.strictEqual(buf.length, 24);
}));
crypto.randomBytes(0, common.mustSucceed((buf) => assert.strictEqual(buf.length, 0)));
assert.throws(() => crypto.randomBytes(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "size" is out of range. It must be >= 0 && <= 2147483647. Received -1',
});
assert.throws(() => crypto.randomBytes(2 ** 31), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => crypto.randomBytes('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "size" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => crypto.randomBytes(1, 'cb'), { code: 'ERR_INVALID_ARG_TYPE' });

// randomFillSync fills only the requested range, in elements for typed arrays.
{
  const buf = Buffer.alloc(64);
  assert.strictEqual(crypto.randomFillSync(buf, 16, 32), buf);
  assert.ok(buf.subarray(0, 16).equals(Buffer.alloc(16)));
  assert.ok(buf.subarray(48).equals(Buffer.alloc(16)));
  assert.ok(!buf.subarray(16, 48).equals(Buffer.alloc(32)));

  const u32 = new Uint32Array(8);
  crypto.randomFillSync(u32, 2, 2);
  assert.deepStrictEqual([u32[0], u32[1], u32[4], u32[5], u32[6], u32[7]], [0, 0, 0, 0, 0, 0]);
  assert.ok(u32[2] !== 0 || u32[3] !== 0);

  const ab = new ArrayBuffer(32);
  crypto.randomFillSync(ab);
  assert.ok(!Buffer.from(ab).equals(Buffer.alloc(32)));
  const dv = new DataView(new ArrayBuffer(8), 4);
  crypto.randomFillSync(dv);
  assert.strictEqual(new Uint8Array(dv.buffer, 0, 4).join(), '0,0,0,0');
}
assert.throws(() => crypto.randomFillSync(Buffer.alloc(4), 5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "offset" is out of range. It must be >= 0 && <= 4. Received 5',
});
assert.throws(() => crypto.randomFillSync(Buffer.alloc(4), 1, 4), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "size + offset" is out of range. It must be <= 4. Received 5',
});
assert.throws(() => crypto.randomFillSync('x'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buf" argument must be an instance of ArrayBuffer or ArrayBufferView. ' +
    "Received type string ('x')",
});

// randomFill (async) with each argument shape.
{
  const buf = Buffer.alloc(32);
  crypto.randomFill(buf, common.mustSucceed((b) => {
    assert.strictEqual(b, buf);
    assert.ok(!buf.equals(Buffer.alloc(32)));
  }));
  const buf2 = Buffer.alloc(32);
  crypto.randomFill(buf2, 30, common.mustSucceed(() => {
    assert.ok(buf2.subarray(0, 30).equals(Buffer.alloc(30)));
  }));
  const buf3 = new Uint16Array(8);
  crypto.randomFill(buf3, 1, 2, common.mustSucceed(() => {
    assert.deepStrictEqual([buf3[0], buf3[3], buf3[7]], [0, 0, 0]);
  }));
  crypto.randomFill(Buffer.alloc(4), 4, common.mustSucceed((b) => assert.strictEqual(b.length, 4)));
  assert.throws(() => crypto.randomFill(Buffer.alloc(4), 0, 4), { code: 'ERR_INVALID_ARG_TYPE' });
}

// randomInt
{
  for (let i = 0; i < 1000; i++) {
    const n = crypto.randomInt(-3, 3);
    assert.ok(Number.isInteger(n) && n >= -3 && n < 3);
    assert.ok(crypto.randomInt(1) === 0);
  }
  const seen = new Set();
  for (let i = 0; i < 200; i++) seen.add(crypto.randomInt(4));
  assert.deepStrictEqual([...seen].sort(), [0, 1, 2, 3]);
  crypto.randomInt(10, common.mustSucceed((n) => assert.ok(n >= 0 && n < 10)));
  crypto.randomInt(5, 6, common.mustSucceed((n) => assert.strictEqual(n, 5)));
  assert.ok(crypto.randomInt(2 ** 48 - 1) < 2 ** 48 - 1);
}
assert.throws(() => crypto.randomInt(10, 5), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "max" is out of range. It must be greater than the value of "min" ' +
    '(10). Received 5',
});
assert.throws(() => crypto.randomInt(2 ** 48), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "max" is out of range. It must be <= 281474976710655. ' +
    'Received 281_474_976_710_656',
});
assert.throws(() => crypto.randomInt(-1, 2 ** 48), {
  message: /^The value of "max - min" is out of range/,
});
assert.throws(() => crypto.randomInt(1.5), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "max" argument must be a safe integer. Received type number (1.5)',
});
assert.throws(() => crypto.randomInt('1', 5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => crypto.randomInt(1, 5, 'cb'), { code: 'ERR_INVALID_ARG_TYPE' });

// randomUUID: version 4, variant 10xx, no repeats.
{
  const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
  const seen = new Set();
  for (let i = 0; i < 300; i++) {
    const uuid = crypto.randomUUID();
    assert.match(uuid, re);
    seen.add(uuid);
  }
  assert.strictEqual(seen.size, 300);
  assert.match(crypto.randomUUID({ disableEntropyCache: true }), re);
  assert.throws(() => crypto.randomUUID({ disableEntropyCache: 1 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.disableEntropyCache" property must be of type boolean. ' +
      'Received type number (1)',
  });
  assert.throws(() => crypto.randomUUID(1), { code: 'ERR_INVALID_ARG_TYPE' });
}
