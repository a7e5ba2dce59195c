'use strict';

// fs, rt against node. Hot paths: readFileSync (utf8 and Buffer), writeFileSync
// (string and Buffer), statSync, existsSync, readdirSync. Bulk I/O: readFileSync /
// readFile / createReadStream of a 100 MB file and of 10 000 small files, writeFile
// of 100 MB, readdir of 10 000 entries, stat in a loop (sync and async).
//   node tools/bench/fs.js [path/to/rt]     runs both and prints ops/s and rt/node
//   <runtime> tools/bench/fs.js --worker    measures the runtime it runs in (JSON lines)
// BENCH_MS (default 300) is the time per case; BENCH_FILTER (a regular expression)
// picks cases by name; BENCH_ROUNDS (default 3) runs rt and node alternately that
// many times and keeps each case's best, so a busy moment does not decide a ratio.
// Files live under a temporary directory in BENCH_DIR (default /dev/shm when it
// exists, so the figures are the runtimes' and not the disk's; else os.tmpdir()),
// removed at the end. A ratio above 1 means rt does more operations per second;
// "cpu rt/node" compares operations per CPU second of the whole process.

const TARGET_MS = Number(process.env.BENCH_MS || 300);

function now() {
  return Number(process.hrtime.bigint()) / 1e6;
}

// Runs fn for about TARGET_MS; returns operations per wall-clock second and per
// CPU second (user + system of the whole process, thread pool included). On a
// busy machine the CPU figure is the steadier one.
function measure(fn) {
  let iterations = 1;
  for (;;) {
    const start = now();
    const cpuStart = process.cpuUsage();
    for (let i = 0; i < iterations; i++) fn();
    const elapsed = now() - start;
    if (elapsed >= TARGET_MS) return rates(iterations, elapsed, process.cpuUsage(cpuStart));
    iterations = elapsed < 1 ? iterations * 10 :
      Math.ceil(iterations * Math.min(10, (TARGET_MS * 1.1) / elapsed));
  }
}

function rates(iterations, elapsedMs, cpu) {
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  return { ops: iterations / (elapsedMs / 1000), cpuOps: iterations / Math.max(cpuSeconds, 1e-6) };
}

async function measureAsync(fn) {
  let iterations = 1;
  for (;;) {
    const start = now();
    const cpuStart = process.cpuUsage();
    for (let i = 0; i < iterations; i++) await fn();
    const elapsed = now() - start;
    if (elapsed >= TARGET_MS) return rates(iterations, elapsed, process.cpuUsage(cpuStart));
    iterations = elapsed < 1 ? iterations * 10 :
      Math.ceil(iterations * Math.min(10, (TARGET_MS * 1.1) / elapsed));
  }
}

const BIG = 100 * 1024 * 1024;
const SMALL_FILES = 10000;
const CONCURRENCY = 64;

// Runs fn over items with at most CONCURRENCY promises in flight.
async function forEachLimited(items, fn) {
  let next = 0;
  async function lane() {
    while (next < items.length) await fn(items[next++]);
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, lane));
}

function streamToEnd(fs, file) {
  return new Promise((resolve, reject) => {
    let bytes = 0;
    fs.createReadStream(file)
      .on('data', (chunk) => { bytes += chunk.length; })
      .on('error', reject)
      .on('end', () => resolve(bytes));
  });
}

// The bulk I/O cases: [name, async fn] each; one call is one operation.
function bulkCases(fs, path, dir) {
  const bigFile = path.join(dir, 'big');
  const bigData = Buffer.alloc(BIG, 'x');
  fs.writeFileSync(bigFile, bigData);
  const smallDir = path.join(dir, 'small');
  fs.mkdirSync(smallDir);
  const smallFiles = [];
  for (let i = 0; i < SMALL_FILES; i++) {
    const file = path.join(smallDir, `s${i}`);
    fs.writeFileSync(file, `small file ${i}\n`.repeat(8));
    smallFiles.push(file);
  }
  const writeTarget = path.join(dir, 'written');
  const statTarget = smallFiles[0];
  const fsp = fs.promises;
  const expect = (got, want) => {
    if (got !== want) throw new Error(`expected ${want}, got ${got}`);
  };
  return [
    ['readFileSync 100 MB', () => expect(fs.readFileSync(bigFile).length, BIG)],
    ['readFile 100 MB', () => new Promise((resolve, reject) => {
      fs.readFile(bigFile, (err, data) => (err ? reject(err) : resolve(expect(data.length, BIG))));
    })],
    ['fs.promises.readFile 100 MB', async () => expect((await fsp.readFile(bigFile)).length, BIG)],
    ['createReadStream 100 MB', async () => expect(await streamToEnd(fs, bigFile), BIG)],
    ['readFileSync 10k small files', () => {
      for (const file of smallFiles) fs.readFileSync(file);
    }],
    ['readFile 10k small files', () => forEachLimited(smallFiles, (file) => new Promise(
      (resolve, reject) => fs.readFile(file, (err) => (err ? reject(err) : resolve()))))],
    ['createReadStream 10k small files', () => forEachLimited(smallFiles,
                                                              (file) => streamToEnd(fs, file))],
    ['writeFile 100 MB', () => new Promise((resolve, reject) => {
      fs.writeFile(writeTarget, bigData, (err) => (err ? reject(err) : resolve()));
    })],
    ['writeFileSync 100 MB', () => fs.writeFileSync(writeTarget, bigData)],
    ['readdirSync 10k entries', () => expect(fs.readdirSync(smallDir).length, SMALL_FILES)],
    ['readdir 10k entries', () => new Promise((resolve, reject) => {
      fs.readdir(smallDir, (err, names) => (err ? reject(err) :
        resolve(expect(names.length, SMALL_FILES))));
    })],
    ['readdir withFileTypes 10k', () => new Promise((resolve, reject) => {
      fs.readdir(smallDir, { withFileTypes: true }, (err, entries) => (err ? reject(err) :
        resolve(expect(entries.length, SMALL_FILES))));
    })],
    ['statSync x1000', () => {
      for (let i = 0; i < 1000; i++) fs.statSync(statTarget);
    }],
    ['stat 10k files (callback)', () => forEachLimited(smallFiles, (file) => new Promise(
      (resolve, reject) => fs.stat(file, (err, st) => (err ? reject(err) : resolve(st)))))],
    ['fs.promises.stat 10k files', () => forEachLimited(smallFiles, (file) => fsp.stat(file))],
  ];
}

async function worker() {
  const filter = process.env.BENCH_FILTER ? new RegExp(process.env.BENCH_FILTER) : null;
  const fs = require('fs');
  const os = require('os');
  const path = require('path');
  const base = process.env.BENCH_DIR ||
    (fs.existsSync('/dev/shm') && fs.statSync('/dev/shm').isDirectory() ? '/dev/shm' : os.tmpdir());
  const dir = fs.mkdtempSync(path.join(base, 'rt-bench-fs-'));
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
      if (filter && !filter.test(name)) continue;
      fn();
      const result = measure(() => { sink += fn() ? 1 : 0; });
      console.log(JSON.stringify({ name, ...result }));
    }
    if (sink < 0) console.log('');
    const bulk = bulkCases(fs, path, dir).filter(([name]) => !filter || filter.test(name));
    for (const [name, fn] of bulk) {
      await fn();
      const result = await measureAsync(fn);
      console.log(JSON.stringify({ name, ...result }));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function run(runtime, env) {
  const { execFileSync } = require('child_process');
  const out = execFileSync(runtime, [__filename, '--worker'], {
    env, encoding: 'utf8', maxBuffer: 1 << 24,
  });
  const results = new Map();
  for (const line of out.split('\n')) {
    if (line.startsWith('{')) {
      const { name, ops, cpuOps } = JSON.parse(line);
      results.set(name, { ops, cpuOps });
    }
  }
  return results;
}

function driver() {
  const path = require('path');
  const rt = process.argv[2] || path.join(__dirname, '..', '..', 'out', 'Release', 'rt');
  const rounds = Number(process.env.BENCH_ROUNDS || 3);
  // Each case keeps its best wall-clock and best CPU rate over the rounds.
  const best = (into, results) => {
    for (const [name, { ops, cpuOps }] of results) {
      const old = into.get(name) ?? { ops: 0, cpuOps: 0 };
      into.set(name, { ops: Math.max(old.ops, ops), cpuOps: Math.max(old.cpuOps, cpuOps) });
    }
  };
  const rtResults = new Map();
  const nodeResults = new Map();
  for (let round = 0; round < rounds; round++) {
    best(rtResults, run(rt, process.env));
    best(nodeResults, run(process.execPath, process.env));
  }
  const fmt = (ops) => (ops >= 1e6 ? `${(ops / 1e6).toFixed(2)}M` :
    ops >= 1e3 ? `${(ops / 1e3).toFixed(1)}k` : ops.toFixed(1));
  console.log(`${'case'.padEnd(36)}${'rt ops/s'.padStart(10)}${'node ops/s'.padStart(12)}` +
              `${'rt/node'.padStart(9)}${'cpu rt/node'.padStart(13)}`);
  let logSum = 0;
  let cpuLogSum = 0;
  for (const [name, nodeResult] of nodeResults) {
    const rtResult = rtResults.get(name);
    const ratio = rtResult.ops / nodeResult.ops;
    const cpuRatio = rtResult.cpuOps / nodeResult.cpuOps;
    logSum += Math.log(ratio);
    cpuLogSum += Math.log(cpuRatio);
    console.log(`${name.padEnd(36)}${fmt(rtResult.ops).padStart(10)}` +
                `${fmt(nodeResult.ops).padStart(12)}${ratio.toFixed(2).padStart(9)}` +
                `${cpuRatio.toFixed(2).padStart(13)}`);
  }
  console.log(`geometric mean rt/node: ${Math.exp(logSum / nodeResults.size).toFixed(2)} ` +
              `(cpu: ${Math.exp(cpuLogSum / nodeResults.size).toFixed(2)})`);
}

if (process.argv.includes('--worker')) {
  worker().catch((err) => {
    console.error(err);
    process.exitCode = 1;
  });
}
else driver();
