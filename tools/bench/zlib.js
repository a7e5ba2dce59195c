'use strict';

// zlib throughput on 1 MiB of text (ZLIB_MIB=100: 100 MiB), rt against node: gzip/gunzip
// in the Sync, callback and stream forms (and deflate/inflate Sync, Brotli at quality 4).
//   node tools/bench/zlib.js [path/to/rt]     runs both and prints MB/s and rt/node
//   <runtime> tools/bench/zlib.js --worker    measures the runtime it runs in (JSON lines)
// A ratio above 1 means rt is faster than node. The compression itself is zlib's
// (node bundles Chromium's zlib, rt links the system's), so the ratio also shows
// the difference between those two builds of zlib.

const zlib = require('zlib');

const SIZE = Number(process.env.ZLIB_MIB || 1) * 1024 * 1024;
const TARGET_MS = Number(process.env.BENCH_MS || 1000);

function now() {
  return Number(process.hrtime.bigint()) / 1e6;
}

// Text-like input: words in varying order, so it compresses about like HTML or JSON.
function sampleText(size) {
  const words = ('the quick brown fox jumps over lazy dog server request response header ' +
    'content type length cache control json html body div span class id value').split(' ');
  let seed = 12345;
  const parts = [];
  let length = 0;
  while (length < size) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const word = words[seed % words.length] + ((seed >> 8) % 7 === 0 ? '.\n' : ' ');
    parts.push(word);
    length += word.length;
  }
  return Buffer.from(parts.join('')).subarray(0, size);
}

function measureSync(fn) {
  let iterations = 1;
  for (;;) {
    const start = now();
    for (let i = 0; i < iterations; i++) fn();
    const elapsed = now() - start;
    if (elapsed >= TARGET_MS) return iterations / (elapsed / 1000);
    iterations = Math.ceil(iterations * Math.min(10, (TARGET_MS * 1.1) / Math.max(elapsed, 1)));
  }
}

// fn(done) runs one operation; operations run one after another for TARGET_MS.
function measureAsync(fn) {
  return new Promise((resolve) => {
    let count = 0;
    const start = now();
    const next = () => {
      if (now() - start >= TARGET_MS) {
        resolve(count / ((now() - start) / 1000));
        return;
      }
      count++;
      fn(next);
    };
    next();
  });
}

// The input through a stream in 64 KiB writes, output collected.
function throughStream(create, input, done) {
  const stream = create();
  let total = 0;
  stream.on('data', (chunk) => { total += chunk.length; });
  stream.on('end', () => done(total));
  for (let i = 0; i < input.length; i += 65536) stream.write(input.subarray(i, i + 65536));
  stream.end();
}

async function worker() {
  const text = sampleText(SIZE);
  const gz = zlib.gzipSync(text);
  const deflated = zlib.deflateSync(text);
  const brotliOpts = { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } };
  const br = zlib.brotliCompressSync(text, brotliOpts);
  if (!zlib.gunzipSync(gz).equals(text)) throw new Error('gzip round trip failed');
  const report = (name, ops) => console.log(JSON.stringify({ name, ops }));

  report('gzipSync', measureSync(() => zlib.gzipSync(text)));
  report('gunzipSync', measureSync(() => zlib.gunzipSync(gz)));
  report('deflateSync level 1', measureSync(() => zlib.deflateSync(text, { level: 1 })));
  report('inflateSync', measureSync(() => zlib.inflateSync(deflated)));
  report('brotliCompressSync q4', measureSync(() => zlib.brotliCompressSync(text, brotliOpts)));
  report('brotliDecompressSync', measureSync(() => zlib.brotliDecompressSync(br)));
  report('gzip (callback)', await measureAsync((done) => zlib.gzip(text, done)));
  report('gunzip (callback)', await measureAsync((done) => zlib.gunzip(gz, done)));
  report('createGzip stream', await measureAsync((done) => {
    throughStream(zlib.createGzip, text, done);
  }));
  report('createGunzip stream', await measureAsync((done) => {
    throughStream(zlib.createGunzip, gz, done);
  }));
}

function run(runtime) {
  const { execFileSync } = require('child_process');
  const out = execFileSync(runtime, [__filename, '--worker'], { encoding: 'utf8' });
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
  const rtResults = run(rt);
  const nodeResults = run(process.execPath);
  const mbps = (ops) => (ops * SIZE / 1e6).toFixed(1);
  const title = `${SIZE / 1048576} MiB of text`;
  console.log(`${title.padEnd(24)}${'rt MB/s'.padStart(10)}${'node MB/s'.padStart(11)}` +
              `${'rt/node'.padStart(9)}`);
  let logSum = 0;
  for (const [name, rtOps] of rtResults) {
    const nodeOps = nodeResults.get(name);
    const ratio = rtOps / nodeOps;
    logSum += Math.log(ratio);
    console.log(`${name.padEnd(24)}${mbps(rtOps).padStart(10)}${mbps(nodeOps).padStart(11)}` +
                `${ratio.toFixed(2).padStart(9)}`);
  }
  console.log(`geometric mean rt/node: ${Math.exp(logSum / rtResults.size).toFixed(2)}`);
}

if (process.argv.includes('--worker')) {
  worker();
} else {
  driver();
}
