'use strict';

// Buffer encode/decode throughput, rt against node.
//   node tools/bench/buffer.js [path/to/rt]     runs both and prints ops/s and rt/node
//     (BENCH_ROUNDS=n alternates the runtimes n times, best run per case; BENCH_MS per case)
//   <runtime> tools/bench/buffer.js --worker    measures the runtime it runs in (JSON lines)
// A ratio above 1 means rt does more operations per second than node.

const SIZES = [['16 B', 16], ['1 KiB', 1024], ['1 MiB', 1024 * 1024]];
const ENCODINGS = ['utf8', 'hex', 'base64'];
const { measure, report, main } = require('./harness');

// CPU time (user + system) in ms: steadier than wall time on a shared machine.

// Mostly ASCII text with some two- and three-byte characters, `size` bytes of UTF-8.
function sampleBytes(size) {
  const unit = Buffer.from('The quick brown fox jumps over the lazy dog, café €5. ');
  const out = Buffer.alloc(size);
  for (let i = 0; i < size; i += unit.length) unit.copy(out, i);
  // Cut on a character boundary.
  let end = size;
  while (end > 0 && (out[end - 1] & 0xc0) === 0x80) end--;
  if (end > 0 && out[end - 1] >= 0xc0) end--;
  out.fill(0x20, end);
  return out;
}

function worker() {
  let sink = 0;
  for (const [label, size] of SIZES) {
    const bytes = sampleBytes(size);
    for (const enc of ENCODINGS) {
      const text = bytes.toString(enc);
      // Warm up, and check both directions agree.
      if (!Buffer.from(text, enc).equals(bytes)) throw new Error(`round trip failed: ${enc}`);
      const from = measure(() => { sink += Buffer.from(text, enc).length; });
      const toString = measure(() => { sink += bytes.toString(enc).length; });
      report(`Buffer.from(str, '${enc}') ${label}`, from);
      report(`buf.toString('${enc}') ${label}`, toString);
    }
  }
  if (sink === 0) console.log('');
}

main(__filename, worker);
