'use strict';
// A file read through fs.createReadStream by a consumer slower than the disk
// (backpressure through a small-highWaterMark Writable) receives every byte in
// order; and a WriteStream fed faster than it drains writes every byte in order.
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const { Writable, Readable } = require('node:stream');
const { pipeline } = require('node:stream/promises');
const tmpdir = require('../common/tmpdir');

tmpdir.refresh();

// Bytes whose value depends on their position, so a lost, repeated or
// reordered chunk changes the content.
function pattern(size) {
  const data = Buffer.allocUnsafe(size);
  for (let i = 0; i < size; i++) data[i] = (i * 31 + (i >> 8)) & 0xff;
  return data;
}

async function main() {
  const size = 3 * 1024 * 1024 + 12345;
  const data = pattern(size);
  const file = tmpdir.resolve('source.bin');
  fs.writeFileSync(file, data);

  // Slow consumer: each chunk is acknowledged on a later timer tick.
  {
    const received = [];
    let writes = 0;
    let paused = 0;
    const source = fs.createReadStream(file, { highWaterMark: 16 * 1024 });
    source.on('pause', () => paused++);
    await pipeline(source, new Writable({
      highWaterMark: 1024,
      write(chunk, encoding, callback) {
        writes++;
        received.push(chunk);
        setTimeout(callback, writes % 16 === 0 ? 1 : 0);
      },
    }));
    const all = Buffer.concat(received);
    assert.strictEqual(all.length, size);
    assert.ok(all.equals(data));
    assert.ok(paused > 0, 'the read stream was never paused by backpressure');
  }

  // Odd start/end ranges and tiny highWaterMarks still give exactly those bytes.
  {
    const chunks = [];
    const range = fs.createReadStream(file, { start: 7, end: 70006, highWaterMark: 333 });
    for await (const chunk of range) {
      chunks.push(chunk);
    }
    assert.ok(Buffer.concat(chunks).equals(data.subarray(7, 70007)));
  }

  // A fast producer into a WriteStream: write() returns false, 'drain' follows,
  // and the file holds every byte in order.
  {
    const target = tmpdir.resolve('target.bin');
    const out = fs.createWriteStream(target, { highWaterMark: 8 * 1024 });
    let sawFalse = false;
    let offset = 0;
    await new Promise((resolve, reject) => {
      out.on('error', reject);
      const writeMore = () => {
        while (offset < size) {
          const end = Math.min(size, offset + 1000 + (offset % 777));
          const ok = out.write(data.subarray(offset, end));
          offset = end;
          if (!ok) {
            sawFalse = true;
            out.once('drain', common.mustCall(writeMore));
            return;
          }
        }
        out.end(resolve);
      };
      writeMore();
    });
    assert.strictEqual(sawFalse, true);
    assert.ok(fs.readFileSync(target).equals(data));
  }

  // Readable.from -> WriteStream with async generator pacing.
  {
    const target = tmpdir.resolve('generated.bin');
    async function* produce() {
      for (let i = 0; i < size; i += 4096) {
        if (i % (64 * 4096) === 0) await new Promise((resolve) => setImmediate(resolve));
        yield data.subarray(i, i + 4096);
      }
    }
    await pipeline(Readable.from(produce()), fs.createWriteStream(target));
    assert.ok(fs.readFileSync(target).equals(data));
  }
}

main().then(common.mustCall());
