'use strict';
// fs.createReadStream/createWriteStream: ranges, encodings, fds, FileHandles, events, errors.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const fsp = require('node:fs/promises');
const { pipeline } = require('node:stream');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();
const file = tmpdir.resolve('s.txt');
fs.writeFileSync(file, 'abcdefghijklmnopqrstuvwxyz');

function collect(stream, cb) {
  const chunks = [];
  stream.on('data', (c) => chunks.push(c));
  stream.on('end', common.mustCall(() => cb(chunks)));
}

const rs = fs.createReadStream(file);
assert.ok(rs instanceof fs.ReadStream);
assert.strictEqual(rs.pending, true);
assert.strictEqual(rs.path, file);
rs.on('open', common.mustCall((fd) => assert.strictEqual(typeof fd, 'number')));
rs.on('ready', common.mustCall());
rs.on('close', common.mustCall());
collect(rs, (chunks) => {
  assert.strictEqual(Buffer.concat(chunks).toString(), 'abcdefghijklmnopqrstuvwxyz');
  assert.strictEqual(rs.bytesRead, 26);
});

collect(fs.createReadStream(file, { start: 2, end: 5, encoding: 'utf8' }), (chunks) => {
  assert.deepStrictEqual(chunks, ['cdef']);
});
collect(fs.createReadStream(file, { highWaterMark: 10 }), (chunks) => {
  assert.deepStrictEqual(chunks.map((c) => c.length), [10, 10, 6]);
});
collect(fs.createReadStream(file, 'hex'), (chunks) => {
  assert.strictEqual(chunks.join('').slice(0, 6), '616263');
});

assert.throws(() => fs.createReadStream(file, { start: 5, end: 2 }), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "start" is out of range. It must be <= "end" (here: 2). Received 5',
});
assert.throws(() => fs.createReadStream(file, { start: -1 }), { code: 'ERR_OUT_OF_RANGE' });

fs.createReadStream(tmpdir.resolve('missing')).on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'open');
}));

// A given fd is read from the start position and closed at the end (autoClose).
const fd = fs.openSync(file, 'r');
const fromFd = fs.createReadStream(null, { fd, start: 20 });
assert.strictEqual(fromFd.pending, false);
collect(fromFd, (chunks) => {
  assert.strictEqual(Buffer.concat(chunks).toString(), 'uvwxyz');
});
fromFd.on('close', common.mustCall(() => {
  assert.strictEqual(fromFd.fd, null);
}));

// Writing: strings in the default encoding, Buffers, start, finish and close.
const out = tmpdir.resolve('out.txt');
const ws = fs.createWriteStream(out);
assert.ok(ws instanceof fs.WriteStream);
ws.write('héllo ');
ws.write('ab', 'hex');
ws.write(Buffer.from('world'));
ws.end('!', common.mustCall(() => {
  assert.strictEqual(ws.bytesWritten, 14);
}));
ws.on('close', common.mustCall(() => {
  assert.deepStrictEqual(fs.readFileSync(out), Buffer.from('68c3a96c6c6f20ab776f726c6421', 'hex'));
  assert.strictEqual(fs.readFileSync(out, 'utf8'), 'héllo \ufffdworld!');
  const patch = fs.createWriteStream(out, { flags: 'r+', start: 1 });
  patch.end('EE');
  patch.on('close', common.mustCall(() => {
    assert.strictEqual(fs.readFileSync(out, 'latin1'), 'hEEllo \xabworld!');
  }));
}));

fs.createWriteStream(tmpdir.resolve('no/dir/x')).on('error', common.mustCall((err) => {
  assert.strictEqual(err.code, 'ENOENT');
}));

// pipeline copies a file.
const copy = tmpdir.resolve('copy.txt');
pipeline(fs.createReadStream(file), fs.createWriteStream(copy), common.mustSucceed(() => {
  assert.strictEqual(fs.readFileSync(copy, 'utf8'), 'abcdefghijklmnopqrstuvwxyz');
}));

// FileHandle streams.
(async () => {
  const handle = await fsp.open(file);
  const stream = handle.createReadStream({ start: 23 });
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  assert.strictEqual(Buffer.concat(chunks).toString(), 'xyz');
  assert.strictEqual(handle.fd, -1);

  const wh = await fsp.open(tmpdir.resolve('fh.txt'), 'w');
  const wstream = wh.createWriteStream();
  await new Promise((resolve) => wstream.end('via handle', resolve));
  await new Promise((resolve) => wstream.on('close', resolve));
  assert.strictEqual(fs.readFileSync(tmpdir.resolve('fh.txt'), 'utf8'), 'via handle');
})().then(common.mustCall());
