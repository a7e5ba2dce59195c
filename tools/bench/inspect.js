'use strict';

// util.inspect of large values, rt against node.
//   node tools/bench/inspect.js [path/to/rt]     runs both and prints ops/s and rt/node
//   <runtime> tools/bench/inspect.js --worker    measures the runtime it runs in (JSON lines)
// Before timing, the driver checks that both runtimes print the same text for every
// case. A ratio above 1 means rt is faster. BENCH_MS (default 500) is the time per
// case, BENCH_ROUNDS (default 3) the alternating runs per runtime (best kept).

const TARGET_MS = Number(process.env.BENCH_MS || 500);

function now() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

// A large object of the kinds a program logs: records with nested objects, arrays,
// dates, maps, sets, long strings, numbers and booleans.
function largeObject() {
  const out = {};
  for (let i = 0; i < 500; i++) {
    out[`record_${i}`] = {
      id: i,
      name: `user ${i} with a longer display name`,
      active: i % 3 === 0,
      score: i * 1.25,
      created: new Date(Date.UTC(2024, 0, 1 + (i % 28))),
      tags: ['alpha', 'beta', `tag${i % 7}`],
      nested: { level: 1, inner: { level: 2, values: [i, i + 1, i + 2] } },
      lookup: new Map([['a', i], ['b', i * 2]]),
      seen: new Set([i % 5, i % 11]),
      big: BigInt(i) * 1000000007n,
    };
  }
  return out;
}

function cases() {
  const util = require('util');
  const big = largeObject();
  const numbers = Array.from({ length: 10000 }, (_, i) => i * 3.5);
  const text = 'x'.repeat(1000);
  const strings = Array.from({ length: 2000 }, (_, i) => `${text.slice(0, i % 50)}'"\n${i}`);
  return [
    ['util.inspect(large object)', () => util.inspect(big)],
    ['util.inspect(large object, depth: Infinity)', () => util.inspect(big, { depth: Infinity })],
    ['util.inspect(10k numbers, maxArrayLength: Infinity)',
     () => util.inspect(numbers, { maxArrayLength: Infinity })],
    ['util.inspect(2k strings, maxArrayLength: Infinity)',
     () => util.inspect(strings, { maxArrayLength: Infinity })],
    ['util.format(%s %o of records)', () => util.format('%s %o', big.record_1, big.record_2)],
  ];
}

function measure(fn) {
  let iterations = 1;
  let sink = 0;
  for (;;) {
    const start = now();
    for (let i = 0; i < iterations; i++) sink += fn().length;
    const elapsed = now() - start;
    if (sink === 0) throw new Error('empty output');
    if (elapsed >= TARGET_MS) return iterations / (elapsed / 1000);
    iterations = elapsed < 1 ? iterations * 10 :
      Math.ceil(iterations * Math.min(10, (TARGET_MS * 1.1) / elapsed));
  }
}

function digest(text) {
  return require('crypto').createHash('sha256').update(text).digest('hex').slice(0, 16);
}

function worker() {
  const check = process.argv.includes('--check');
  for (const [name, fn] of cases()) {
    if (check) console.log(JSON.stringify({ name, digest: digest(fn()) }));
    else console.log(JSON.stringify({ name, ops: measure(fn) }));
  }
}

function run(runtime, args) {
  const { execFileSync } = require('child_process');
  const out = execFileSync(runtime, [__filename, '--worker', ...args], { encoding: 'utf8' });
  const results = new Map();
  for (const line of out.split('\n')) {
    if (line.startsWith('{')) {
      const { name, ops, digest } = JSON.parse(line);
      results.set(name, ops ?? digest);
    }
  }
  return results;
}

function driver() {
  const path = require('path');
  const rt = process.argv[2] || path.join(__dirname, '..', '..', 'out', 'Release', 'rt');
  const rtCheck = run(rt, ['--check']);
  const nodeCheck = run(process.execPath, ['--check']);
  for (const [name, value] of nodeCheck) {
    if (rtCheck.get(name) !== value) console.log(`warning: output differs from node: ${name}`);
  }
  const rounds = Number(process.env.BENCH_ROUNDS || 3);
  const rtResults = new Map();
  const nodeResults = new Map();
  const keepBest = (into, from) => {
    for (const [name, ops] of from) into.set(name, Math.max(into.get(name) || 0, ops));
  };
  for (let i = 0; i < rounds; i++) {
    keepBest(rtResults, run(rt, []));
    keepBest(nodeResults, run(process.execPath, []));
  }
  const fmt = (ops) => (ops >= 1e3 ? `${(ops / 1e3).toFixed(1)}k` : ops.toFixed(1));
  console.log(`${'case'.padEnd(52)}${'rt ops/s'.padStart(10)}${'node ops/s'.padStart(12)}` +
              `${'rt/node'.padStart(9)}`);
  for (const [name, nodeOps] of nodeResults) {
    const rtOps = rtResults.get(name);
    console.log(`${name.padEnd(52)}${fmt(rtOps).padStart(10)}${fmt(nodeOps).padStart(12)}` +
                `${(rtOps / nodeOps).toFixed(2).padStart(9)}`);
  }
}

if (process.argv.includes('--worker')) worker();
else driver();
