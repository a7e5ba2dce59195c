'use strict';
// Which read/write positions fs accepts: FileHandle.read reads from the current
// position for anything but a safe integer; fs.read/readSync take any int64 BigInt;
// writes treat NaN, Infinity, fractions and 2 ** 53 as "the current position".
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('abc.txt');
fs.writeFileSync(file, 'abcdefghij');

(async () => {
  const fh = await fs.promises.open(file);
  const seen = [];
  for (const position of [-5, 1.5, NaN, Infinity, 2 ** 53, 2n, '3']) {
    const { bytesRead, buffer } = await fh.read({ buffer: Buffer.alloc(1), position });
    assert.strictEqual(bytesRead, 1);
    seen.push(buffer.toString());
  }
  // Seven reads one after another from where the file position was.
  assert.strictEqual(seen.join(''), 'abcdefg');
  const { buffer } = await fh.read(Buffer.alloc(2), 0, 2, 4);
  assert.strictEqual(buffer.toString(), 'ef');
  await fh.close();
})().then(common.mustCall());

{
  const fd = fs.openSync(file);
  assert.strictEqual(fs.readSync(fd, Buffer.alloc(2), 0, 2, -2n), 2);
  const buf = Buffer.alloc(2);
  fs.readSync(fd, buf, 0, 2, 3n);
  assert.strictEqual(buf.toString(), 'de');
  const range = {
    code: 'ERR_OUT_OF_RANGE',
    message: 'The value of "position" is out of range. It must be >= -9223372036854775808 && ' +
             '<= 9223372036854775807. Received -9_223_372_036_854_775_809n',
  };
  assert.throws(() => fs.readSync(fd, Buffer.alloc(2), 0, 2, -(2n ** 63n) - 1n), range);
  assert.throws(() => fs.read(fd, Buffer.alloc(2), 0, 2, -(2n ** 63n) - 1n, common.mustNotCall()),
                range);
  fs.read(fd, Buffer.alloc(2), 0, 2, -1n, common.mustSucceed((n) => {
    assert.strictEqual(n, 2);
    fs.closeSync(fd);
  }));
}

{
  const out = tmpdir.resolve('out.txt');
  const fd = fs.openSync(out, 'w');
  for (const position of [NaN, Infinity, 1.5, 2 ** 53]) {
    assert.strictEqual(fs.writeSync(fd, 'ab', position), 2);
    assert.strictEqual(fs.writeSync(fd, Buffer.from('cd'), 0, 2, position), 2);
  }
  fs.closeSync(fd);
  assert.strictEqual(fs.readFileSync(out, 'utf8'), 'abcd'.repeat(4));
}
