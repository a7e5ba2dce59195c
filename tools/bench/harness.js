'use strict';

// What the micro-benchmarks (buffer.js, crypto.js, url.js) share: a script is run as
// `node tools/bench/x.js [path/to/rt]` (the driver) and runs itself under each runtime with
// `--worker`, which prints one JSON line `{ name, ops }` per case. The driver alternates the
// runtimes BENCH_ROUNDS times (default 3), keeps each case's best ops/s, and prints a table
// of rt/node ratios (above 1: rt does more per second) with their geometric mean.

const path = require('path');

function now() {
  return Number(process.hrtime.bigint()) / 1e6;
}

// Operations per second of fn, run in batches until one batch takes targetMs.
function measure(fn, targetMs = Number(process.env.BENCH_MS || 300)) {
  let iterations = 1;
  for (;;) {
    const start = now();
    for (let i = 0; i < iterations; i++) fn();
    const elapsed = now() - start;
    if (elapsed >= targetMs) return iterations / (elapsed / 1000);
    iterations = elapsed < 1 ? iterations * 10 :
      Math.ceil(iterations * Math.min(10, (targetMs * 1.1) / elapsed));
  }
}

// For the worker: prints one case's result.
function report(name, ops) {
  console.log(JSON.stringify({ name, ops }));
}

function runWorker(runtime, script) {
  const { execFileSync } = require('child_process');
  const out = execFileSync(runtime, [script, '--worker'], { env: process.env, encoding: 'utf8' });
  const results = new Map();
  for (const line of out.split('\n')) {
    if (line.startsWith('{')) {
      const { name, ops } = JSON.parse(line);
      results.set(name, ops);
    }
  }
  return results;
}

function drive(script) {
  const rt = process.argv[2] || path.join(__dirname, '..', '..', 'out', 'Release', 'rt');
  const rounds = Number(process.env.BENCH_ROUNDS || 3);
  const rtResults = new Map();
  const nodeResults = new Map();
  const keepBest = (into, from) => {
    for (const [name, ops] of from) into.set(name, Math.max(into.get(name) || 0, ops));
  };
  for (let i = 0; i < rounds; i++) {
    keepBest(rtResults, runWorker(rt, script));
    keepBest(nodeResults, runWorker(process.execPath, script));
  }
  const fmt = (ops) => (ops >= 1e6 ? `${(ops / 1e6).toFixed(2)}M` :
    ops >= 1e3 ? `${(ops / 1e3).toFixed(1)}k` : ops.toFixed(1));
  const width = Math.max(30, ...[...nodeResults.keys()].map((name) => name.length + 2));
  console.log(`${'case'.padEnd(width)}${'rt ops/s'.padStart(12)}${'node ops/s'.padStart(12)}` +
              `${'rt/node'.padStart(9)}`);
  let logSum = 0;
  let count = 0;
  for (const [name, nodeOps] of nodeResults) {
    const rtOps = rtResults.get(name);
    if (rtOps === undefined) {
      console.log(`${name.padEnd(width)}${'-'.padStart(12)}${fmt(nodeOps).padStart(12)}`);
      continue;
    }
    const ratio = rtOps / nodeOps;
    logSum += Math.log(ratio);
    count++;
    console.log(`${name.padEnd(width)}${fmt(rtOps).padStart(12)}${fmt(nodeOps).padStart(12)}` +
                `${ratio.toFixed(2).padStart(9)}`);
  }
  console.log(`geometric mean rt/node: ${Math.exp(logSum / count).toFixed(2)}`);
}

// The entry point of a benchmark script: its worker under --worker, else the driver.
function main(script, worker) {
  if (process.argv.includes('--worker')) worker();
  else drive(script);
}

module.exports = { now, measure, report, main };
