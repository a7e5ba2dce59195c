'use strict';

// fs synchronous hot paths, rt against node: readFileSync (utf8 and Buffer),
// writeFileSync (string and Buffer), statSync, existsSync and readdirSync.
//   node tools/bench/fs.js [path/to/rt]     runs both and prints ops/s and rt/node
//   <runtime> tools/bench/fs.js --worker    measures the runtime it runs in (JSON lines)
// A ratio above 1 means rt does more operations per second than node.

const TARGET_MS = Number(process.env.BENCH_MS || 300);

function now() {
  return Number(process.hrtime.bigint()) / 1e6;
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
  const fs = require('fs');
  const os = require('os');
  const path = require('path');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rt-bench-fs-'));
  try {
    const cases = [];
    for (const [label, size] of [['1 KiB', 1024], ['1 MiB', 1024 * 1024]]) {
      const file = path.join(dir, `f${size}`);
      const text = 'abcdefghijklmnopqrstuvwxyz0123456789\n'.repeat(Math.ceil(size / 37)).slice(0, size);
      const bytes = Buffer.from(text);
      fs.writeFileSync(file, text);
      cases.push([`readFileSync utf8 ${label}`, () => fs.readFileSync(file, 'utf8').length]);
      cases.push([`readFileSync buffer ${label}`, () => fs.readFileSync(file).length]);
      cases.push([`writeFileSync string ${label}`, () => fs.writeFileSync(file, text)]);
      cases.push([`writeFileSync buffer ${label}`, () => fs.writeFileSync(file, bytes)]);
    }
    const small = path.join(dir, 'f1024');
    for (let i = 0; i < 100; i++) fs.writeFileSync(path.join(dir, `e${i}`), '');
    cases.push(['statSync', () => fs.statSync(small).size]);
    cases.push(['statSync bigint', () => fs.statSync(small, { bigint: true }).size]);
    cases.push(['statSync missing (no throw)',
                () => fs.statSync(path.join(dir, 'none'), { throwIfNoEntry: false })]);
    cases.push(['lstatSync', () => fs.lstatSync(small).size]);
    cases.push(['existsSync', () => fs.existsSync(small)]);
    cases.push(['readdirSync 100 entries', () => fs.readdirSync(dir).length]);
    cases.push(['open+read+close', () => {
      const fd = fs.openSync(small, 'r');
      const n = fs.readSync(fd, Buffer.allocUnsafe(64), 0, 64, 0);
      fs.closeSync(fd);
      return n;
    }]);
    let sink = 0;
    for (const [name, fn] of cases) {
      fn();
      const ops = measure(() => { sink += fn() ? 1 : 0; });
      console.log(JSON.stringify({ name, ops }));
    }
    if (sink < 0) console.log('');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
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
  const rtResults = run(rt, process.env);
  const nodeResults = run(process.execPath, process.env);
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
