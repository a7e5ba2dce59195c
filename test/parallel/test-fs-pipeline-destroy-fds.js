'use strict';
// A file-to-file pipeline stopped midway (an AbortSignal, a failing transform,
// a destroyed source, a failing destination) destroys every stream, reports
// the error, and leaves no file descriptor open (counted in /proc/self/fd).
const common = require('../common');
const assert = require('node:assert');
const fs = require('node:fs');
const zlib = require('node:zlib');
const { PassThrough, Transform } = require('node:stream');
const { pipeline } = require('node:stream/promises');
const tmpdir = require('../common/tmpdir');

if (!fs.existsSync('/proc/self/fd')) common.skip('no /proc/self/fd');

tmpdir.refresh();
const source = tmpdir.resolve('source.bin');
fs.writeFileSync(source, Buffer.alloc(8 * 1024 * 1024, 'q'));

function openFds() {
  return fs.readdirSync('/proc/self/fd').length;
}

function closed(stream) {
  if (stream.closed) return Promise.resolve();
  return new Promise((resolve) => stream.once('close', resolve));
}

// Builds read -> [middle...] -> write, runs it with `stop(streams, controller)`
// called after the first chunk, and checks the aftermath.
async function stopMidway(name, makeMiddle, stop, expected) {
  const before = openFds();
  const controller = new AbortController();
  const read = fs.createReadStream(source, { highWaterMark: 64 * 1024 });
  const middle = makeMiddle();
  const write = fs.createWriteStream(tmpdir.resolve(`${name}.out`));
  const streams = [read, ...middle, write];
  let chunks = 0;
  read.on('data', () => {
    if (++chunks === 2) stop(streams, controller);
  });
  await assert.rejects(pipeline(...streams, { signal: controller.signal }), expected);
  await Promise.all(streams.map(closed));
  for (const stream of streams) assert.strictEqual(stream.destroyed, true, name);
  assert.ok(chunks >= 2, name);
  assert.ok(fs.statSync(tmpdir.resolve(`${name}.out`)).size < 8 * 1024 * 1024, name);
  assert.strictEqual(openFds(), before, `${name}: file descriptors leaked`);
}

async function main() {
  await stopMidway('abort', () => [new PassThrough()],
                   (streams, controller) => controller.abort(),
                   { name: 'AbortError', code: 'ABORT_ERR' });

  await stopMidway('transform-error', () => {
    let n = 0;
    return [new Transform({
      transform(chunk, encoding, callback) {
        if (++n === 2) return callback(new Error('transform failed'));
        callback(null, chunk);
      },
    })];
  }, () => {}, { message: 'transform failed' });

  await stopMidway('destroy-source', () => [zlib.createGzip(), zlib.createGunzip()],
                   (streams) => streams[0].destroy(new Error('source gone')),
                   { message: 'source gone' });

  await stopMidway('destroy-destination', () => [new PassThrough()],
                   (streams) => streams[streams.length - 1].destroy(new Error('disk gone')),
                   { message: 'disk gone' });

  // Premature close without an error.
  await stopMidway('premature-close', () => [new PassThrough()],
                   (streams) => streams[1].destroy(),
                   { code: 'ERR_STREAM_PREMATURE_CLOSE' });

  // A read stream destroyed before it opened still closes nothing twice and leaks nothing.
  {
    const before = openFds();
    const early = fs.createReadStream(source);
    early.destroy();
    await closed(early);
    assert.strictEqual(openFds(), before);
  }
}

main().then(common.mustCall());
