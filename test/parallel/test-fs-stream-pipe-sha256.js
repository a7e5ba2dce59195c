'use strict';
// A 100 MB file piped to another file through fs streams (stream.pipeline and
// readable.pipe) arrives with the same SHA-256 and size.
const common = require('../common');
const assert = require('node:assert');
const crypto = require('node:crypto');
const fs = require('node:fs');
const { pipeline } = require('node:stream/promises');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();

const size = 100 * 1024 * 1024;
const source = tmpdir.resolve('source.bin');

// 100 MB of pseudo-random bytes, written in 1 MiB blocks, hashed on the way.
function writeSource() {
  const hash = crypto.createHash('sha256');
  const fd = fs.openSync(source, 'w');
  let state = 0x12345678;
  const block = Buffer.allocUnsafe(1024 * 1024);
  for (let written = 0; written < size; written += block.length) {
    for (let i = 0; i < block.length; i += 4) {
      state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
      block.writeUInt32LE(state, i);
    }
    fs.writeSync(fd, block);
    hash.update(block);
  }
  fs.closeSync(fd);
  return hash.digest('hex');
}

function hashFile(file) {
  return new Promise((resolve, reject) => {
    const hash = crypto.createHash('sha256');
    fs.createReadStream(file)
      .on('error', reject)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')));
  });
}

async function main() {
  const expected = writeSource();
  assert.strictEqual(await hashFile(source), expected);

  const viaPipeline = tmpdir.resolve('pipeline.bin');
  await pipeline(fs.createReadStream(source), fs.createWriteStream(viaPipeline));
  assert.strictEqual(fs.statSync(viaPipeline).size, size);
  assert.strictEqual(await hashFile(viaPipeline), expected);
  fs.unlinkSync(viaPipeline);

  const viaPipe = tmpdir.resolve('pipe.bin');
  await new Promise((resolve, reject) => {
    const out = fs.createWriteStream(viaPipe);
    out.on('finish', resolve).on('error', reject);
    fs.createReadStream(source, { highWaterMark: 1024 * 1024 }).pipe(out);
  });
  assert.strictEqual(fs.statSync(viaPipe).size, size);
  assert.strictEqual(crypto.createHash('sha256').update(fs.readFileSync(viaPipe)).digest('hex'),
                     expected);
}

main().then(common.mustCall());
