'use strict';
// gunzip and unzip read every member of a multi-member gzip file, also when members
// are split across writes; zero padding after a member is ignored, other trailing
// bytes are a header error. Inflate stops at the end of its stream.
const common = require('../common');
const assert = require('node:assert');
const zlib = require('node:zlib');

const abc = zlib.gzipSync('abc');
const def = zlib.gzipSync('def');
const both = Buffer.concat([abc, def]);

assert.strictEqual(zlib.gunzipSync(both).toString(), 'abcdef');
assert.strictEqual(zlib.unzipSync(both).toString(), 'abcdef');
assert.strictEqual(zlib.gunzipSync(Buffer.concat([abc, def, abc])).toString(), 'abcdefabc');
zlib.gunzip(both, common.mustSucceed((out) => assert.strictEqual(out.toString(), 'abcdef')));
zlib.unzip(both, common.mustSucceed((out) => assert.strictEqual(out.toString(), 'abcdef')));

// An empty member in between.
assert.strictEqual(zlib.gunzipSync(Buffer.concat([abc, zlib.gzipSync(''), def])).toString(),
                   'abcdef');

// Zero padding after the last member.
assert.strictEqual(zlib.gunzipSync(Buffer.concat([abc, Buffer.alloc(20)])).toString(), 'abc');

// Other bytes after a member are read as the next header.
assert.throws(() => zlib.gunzipSync(Buffer.concat([abc, Buffer.from('trailing')])), {
  name: 'Error',
  message: 'incorrect header check',
  code: 'Z_DATA_ERROR',
  errno: -3,
});
zlib.gunzip(Buffer.concat([abc, Buffer.from('trailing')]), common.mustCall((err) => {
  assert.strictEqual(err.code, 'Z_DATA_ERROR');
  assert.strictEqual(err.message, 'incorrect header check');
}));

// Inflate ignores what follows its stream.
assert.strictEqual(
  zlib.inflateSync(Buffer.concat([zlib.deflateSync('abc'), Buffer.from('junk')])).toString(),
  'abc');

// Members split at every byte boundary, one write per byte.
for (const Class of [zlib.Gunzip, zlib.Unzip]) {
  const gunzip = new Class();
  const out = [];
  gunzip.on('data', (chunk) => out.push(chunk));
  gunzip.on('end', common.mustCall(() => {
    assert.strictEqual(Buffer.concat(out).toString(), 'abcdefabcdef');
  }));
  const input = Buffer.concat([both, both]);
  for (let i = 0; i < input.length; i++) gunzip.write(input.subarray(i, i + 1));
  gunzip.end();
}

// Large members: the second starts in the middle of a write.
const big1 = Buffer.alloc(100000, 'a');
const big2 = Buffer.alloc(100000, 'b');
const joined = Buffer.concat([zlib.gzipSync(big1), zlib.gzipSync(big2)]);
const expected = Buffer.concat([big1, big2]);
assert.ok(zlib.gunzipSync(joined).equals(expected));
const stream = zlib.createGunzip({ chunkSize: 1024 });
const parts = [];
stream.on('data', (chunk) => parts.push(chunk));
stream.on('end', common.mustCall(() => assert.ok(Buffer.concat(parts).equals(expected))));
stream.write(joined.subarray(0, 100));
stream.end(joined.subarray(100));
