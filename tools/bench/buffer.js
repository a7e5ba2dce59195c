'use strict';

// Buffer encode/decode throughput, rt against node.
//   node tools/bench/buffer.js [path/to/rt]     runs both and prints ops/s and rt/node
//     (BENCH_ROUNDS=n alternates the runtimes n times, best run per case; BENCH_MS per case)
//   <runtime> tools/bench/buffer.js --worker    measures the runtime it runs in (JSON lines)
// A ratio above 1 means rt does more operations per second than node.

const SIZES = [['16 B', 16], ['1 KiB', 1024], ['1 MiB', 1024 * 1024]];
const ENCODINGS = ['utf8', 'hex', 'base64'];
const TARGET_MS = Number(process.env.BENCH_MS || 300);

// CPU time (user + system) in ms: steadier than wall time on a shared machine.
function now() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

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

function measure(fn) {
  let iterations = 1;
  for (;;) {
    const start = now();
    for (let i = 0; i < iterations; i++) fn();
    const elapsed = now() - start;
    if (elapsed >= TARGET_MS) return iterations / (elapsed / 1000);
    iterations = elapsed < 1 ? iterations * 10 :
      Math.ceil(iterations * Math.min(10, (TARGET_MS * 1.1) / elapsed));
  }
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
      console.log(JSON.stringify({ name: `Buffer.from(str, '${enc}') ${label}`, ops: from }));
      console.log(JSON.stringify({ name: `buf.toString('${enc}') ${label}`, ops: toString }));
    }
  }
  if (sink === 0) console.log('');
}

function run(runtime, env) {
  const { execFileSync } = require('child_process');
  const out = execFileSync(runtime, [__filename, '--worker'], { env, encoding: 'utf8' });
  const results = new Map();
  for (const line of out.split('\n')) {
    if (line.startsWith('{')) {
      const { name, ops } = JSON.parse(line);
      results.set(name, ops);
    }
  }
  return results;
}

function driver() {
  const path = require('path');
  const rt = process.argv[2] || path.join(__dirname, '..', '..', 'out', 'Release', 'rt');
  // Alternate the runtimes for BENCH_ROUNDS rounds and keep each case's best run, so
  // that load from other processes on the machine skews the ratio less.
  const rounds = Number(process.env.BENCH_ROUNDS || 3);
  const rtResults = new Map();
  const nodeResults = new Map();
  const keepBest = (into, from) => {
    for (const [name, ops] of from) into.set(name, Math.max(into.get(name) || 0, ops));
  };
  for (let i = 0; i < rounds; i++) {
    keepBest(rtResults, run(rt, process.env));
    keepBest(nodeResults, run(process.execPath, process.env));
  }
  const fmt = (ops) => (ops >= 1e6 ? `${(ops / 1e6).toFixed(2)}M` :
    ops >= 1e3 ? `${(ops / 1e3).toFixed(1)}k` : ops.toFixed(1));
  console.log(`${'case'.padEnd(34)}${'rt ops/s'.padStart(12)}${'node ops/s'.padStart(12)}` +
              `${'rt/node'.padStart(9)}`);
  let logSum = 0;
  for (const [name, nodeOps] of nodeResults) {
    const rtOps = rtResults.get(name);
    const ratio = rtOps / nodeOps;
    logSum += Math.log(ratio);
    console.log(`${name.padEnd(34)}${fmt(rtOps).padStart(12)}${fmt(nodeOps).padStart(12)}` +
                `${ratio.toFixed(2).padStart(9)}`);
  }
  console.log(`geometric mean rt/node: ${Math.exp(logSum / nodeResults.size).toFixed(2)}`);
}

if (process.argv.includes('--worker')) worker();
else driver();
