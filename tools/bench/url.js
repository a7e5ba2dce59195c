'use strict';

// WHATWG URL parsing and reads, rt against node.
//   node tools/bench/url.js [path/to/rt]     runs both and prints ops/s and rt/node
//   <runtime> tools/bench/url.js --worker    measures the runtime it runs in (JSON lines)
// One operation is one pass over 100k mixed URLs. A ratio above 1 means rt is faster.
// BENCH_MS (default 1000) is the time per case, BENCH_ROUNDS (default 3) the runs per runtime.

const COUNT = 100000;
const TARGET_MS = Number(process.env.BENCH_MS || 1000);

// CPU time (user + system) in ms: steadier than wall time on a shared machine.
function now() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

// [input, base] pairs of the kinds a server meets, plus the rarer forms.
function sampleURLs() {
  const hosts = [
    'example.com', 'api.example.org', 'localhost', '127.0.0.1', 'Sub.Domain.Example.NET',
    '[::1]', '[2001:db8::ff00:42:8329]', '10.0.0.254',
  ];
  const paths = ['/', '/index.html', '/api/v1/users/42', '/a/b/../c/./d', '/static/js/app.min.js',
                 '/search', '/%7Euser/file%20name.txt', '/deep/nested/path/to/resource'];
  const queries = ['', '?q=1', '?page=2&sort=desc&filter=active', '?a=b%20c&d=e+f', '?x'];
  const hashes = ['', '#top', '#section-2'];
  const out = [];
  for (let i = 0; out.length < COUNT; i++) {
    const host = hosts[i % hosts.length];
    const path = paths[(i >> 3) % paths.length];
    const query = queries[(i >> 1) % queries.length];
    const hash = hashes[(i >> 2) % hashes.length];
    switch (i % 8) {
      case 0: case 1: case 2:
        out.push([`http${i & 1 ? 's' : ''}://${host}${i % 5 ? '' : ':8080'}${path}${query}${hash}`,
                  undefined]);
        break;
      case 3:
        out.push([`${path}${query}${hash}`, `https://${host}/base/dir/file`]);
        break;
      case 4:
        out.push([`../other${query}`, `http://${host}/a/b/c`]);
        break;
      case 5:
        out.push([`file:///home/user${path}`, undefined]);
        break;
      case 6:
        out.push([`git+ssh://git@github.com/org/repo${i}.git${hash}`, undefined]);
        break;
      default:
        out.push([`HTTP://User:Pass@${host}${path}${query}`, undefined]);
    }
  }
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
  const inputs = sampleURLs();
  let sink = 0;
  const parse = () => {
    for (let i = 0; i < inputs.length; i++) {
      const [input, base] = inputs[i];
      const url = base === undefined ? new URL(input) : new URL(input, base);
      sink += url.pathname.length;
    }
  };
  const urls = inputs.map(([input, base]) => new URL(input, base));
  const readHref = () => {
    for (let i = 0; i < urls.length; i++) sink += urls[i].href.length;
  };
  const readParam = () => {
    for (let i = 0; i < inputs.length; i++) {
      const [input, base] = inputs[i];
      const value = new URL(input, base).searchParams.get('page');
      if (value !== null) sink += value.length;
    }
  };
  const results = [
    ['new URL() x100k', measure(parse)],
    ['url.href x100k', measure(readHref)],
    ['new URL().searchParams.get x100k', measure(readParam)],
  ];
  for (const [name, ops] of results) console.log(JSON.stringify({ name, ops }));
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
  // Alternate the runtimes and keep each one's best figure, so that load from
  // elsewhere on the machine does not favour whichever ran at a quiet moment.
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
    ops >= 1e3 ? `${(ops / 1e3).toFixed(1)}k` : ops.toFixed(2));
  console.log(`${'case'.padEnd(36)}${'rt ops/s'.padStart(10)}${'node ops/s'.padStart(12)}` +
              `${'rt/node'.padStart(9)}`);
  for (const [name, nodeOps] of nodeResults) {
    const rtOps = rtResults.get(name);
    console.log(`${name.padEnd(36)}${fmt(rtOps).padStart(10)}${fmt(nodeOps).padStart(12)}` +
                `${(rtOps / nodeOps).toFixed(2).padStart(9)}`);
  }
}

if (process.argv.includes('--worker')) worker();
else driver();
